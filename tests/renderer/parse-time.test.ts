import { describe, expect, it } from 'vitest';
import { parseClockTime } from '../../renderer/src/i18n/parse-time';

describe('parseClockTime', () => {
  it.each([
    ['9', '09:00'],
    ['09:00', '09:00'],
    ['9.30', '09:30'],
    ['0930', '09:30'],
    ['14 15', '14:15'],
    ['23:59', '23:59'],
    ['930', '09:30'],
  ])('reads %s as %s', (text, time) => {
    expect(parseClockTime(text)).toBe(time);
  });

  it.each(['', '24:00', '9:60', '9:5', 'ni', '09:00 AM', '12345'])('refuses %s', (text) => {
    expect(parseClockTime(text)).toBeNull();
  });
});
