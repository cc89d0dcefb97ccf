import { describe, expect, it } from 'vitest';
import { parseNorwegianDate } from '../../renderer/src/i18n/parse-date';

describe('parseNorwegianDate', () => {
  it.each([
    ['17.08.2026', '2026-08-17'],
    ['17.8.2026', '2026-08-17'],
    ['1.2.27', '2027-02-01'],
    ['17/8/2026', '2026-08-17'],
    ['17 8 2026', '2026-08-17'],
    [' 2026-08-17 ', '2026-08-17'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseNorwegianDate(text)).toBe(iso);
  });

  it.each(['', '17.08', '30.02.2026', '32.01.2026', '2026-13-01', 'i morgen', '17.08.202'])('refuses %s', (text) => {
    expect(parseNorwegianDate(text)).toBeNull();
  });
});
