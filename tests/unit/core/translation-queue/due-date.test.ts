import { describe, expect, it } from 'vitest';
import { dueDateFor } from '../../../../electron/core/services/translation-queue/due-date';

describe('due date of a translation task', () => {
  it('is the lead days before the lesson, in calendar days', () => {
    expect(dueDateFor('2026-09-23', 7)).toBe('2026-09-16'); // Wednesday → Wednesday the week before
    expect(dueDateFor('2026-09-23', 2)).toBe('2026-09-21');
    expect(dueDateFor('2026-09-23', 0)).toBe('2026-09-23');
  });

  it('moves back to the Friday before when it falls on a weekend', () => {
    expect(dueDateFor('2026-09-21', 2)).toBe('2026-09-18'); // Monday − 2 = Saturday → Friday
    expect(dueDateFor('2026-09-21', 1)).toBe('2026-09-18'); // Sunday → Friday
    expect(dueDateFor('2026-09-21', 3)).toBe('2026-09-18'); // Friday stays
  });

  it('does not skip holidays (a clear date to aim for is enough)', () => {
    // 17 May 2027 is a Monday and a public holiday; the task is still due that day.
    expect(dueDateFor('2027-05-24', 7)).toBe('2027-05-17');
  });

  it('crosses months and years', () => {
    expect(dueDateFor('2027-01-04', 7)).toBe('2026-12-28');
  });
});
