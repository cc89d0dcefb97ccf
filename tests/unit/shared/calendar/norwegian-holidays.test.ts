import { describe, expect, it } from 'vitest';
import { addDays, weekdayOf } from '../../../../shared/domain/calendar/dates';
import {
  easterSunday,
  holidayKeys,
  holidayNamesNb,
  norwegianPublicHolidays,
} from '../../../../shared/domain/calendar/norwegian-holidays';

/** Easter Sunday per year, from published church calendars (and python-dateutil). */
const easterDates: Record<number, string> = {
  1900: '1900-04-15', 1913: '1913-03-23', 1943: '1943-04-25', 1954: '1954-04-18', 2000: '2000-04-23',
  2008: '2008-03-23', 2011: '2011-04-24', 2019: '2019-04-21', 2024: '2024-03-31', 2025: '2025-04-20',
  2026: '2026-04-05', 2027: '2027-03-28', 2028: '2028-04-16', 2029: '2029-04-01', 2030: '2030-04-21',
  2038: '2038-04-25', 2049: '2049-04-18', 2100: '2100-03-28', 2160: '2160-03-23', 2200: '2200-04-06',
};

describe('Norwegian public holidays', () => {
  it.each(Object.entries(easterDates))('Easter Sunday %s is %s', (year, date) => {
    expect(easterSunday(Number(year))).toBe(date);
  });

  it('puts Easter on a Sunday between 22 March and 25 April every year 1900–2200', () => {
    for (let year = 1900; year <= 2200; year += 1) {
      const easter = easterSunday(year);
      expect(weekdayOf(easter), easter).toBe('sun');
      expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25', easter).toBe(true);
      expect(norwegianPublicHolidays(year)).toHaveLength(12);
    }
  });

  it('lists the twelve holidays of 2027 in date order', () => {
    expect(norwegianPublicHolidays(2027)).toEqual([
      { date: '2027-01-01', key: 'newYearsDay' },
      { date: '2027-03-25', key: 'maundyThursday' },
      { date: '2027-03-26', key: 'goodFriday' },
      { date: '2027-03-28', key: 'easterSunday' },
      { date: '2027-03-29', key: 'easterMonday' },
      { date: '2027-05-01', key: 'labourDay' },
      { date: '2027-05-06', key: 'ascensionDay' },
      { date: '2027-05-16', key: 'whitSunday' },
      { date: '2027-05-17', key: 'constitutionDay' },
      { date: '2027-05-17', key: 'whitMonday' },
      { date: '2027-12-25', key: 'christmasDay' },
      { date: '2027-12-26', key: 'boxingDay' },
    ]);
  });

  it('keeps Easter-based holidays at fixed offsets', () => {
    for (const year of [2024, 2025, 2026, 2038]) {
      const easter = easterSunday(year);
      const byKey = new Map(norwegianPublicHolidays(year).map((holiday) => [holiday.key, holiday.date]));
      expect(byKey.get('maundyThursday')).toBe(addDays(easter, -3));
      expect(byKey.get('goodFriday')).toBe(addDays(easter, -2));
      expect(byKey.get('easterMonday')).toBe(addDays(easter, 1));
      expect(byKey.get('ascensionDay')).toBe(addDays(easter, 39));
      expect(weekdayOf(byKey.get('ascensionDay')!)).toBe('thu');
      expect(byKey.get('whitSunday')).toBe(addDays(easter, 49));
      expect(byKey.get('whitMonday')).toBe(addDays(easter, 50));
    }
    expect(norwegianPublicHolidays(2025).find((h) => h.key === 'ascensionDay')?.date).toBe('2025-05-29');
    expect(norwegianPublicHolidays(2026).find((h) => h.key === 'whitMonday')?.date).toBe('2026-05-25');
  });

  it('keeps 17 May on a Sunday (2026) and Ascension on 1 May (2008) as holidays', () => {
    const may2026 = norwegianPublicHolidays(2026).filter((holiday) => holiday.date.startsWith('2026-05'));
    expect(may2026).toContainEqual({ date: '2026-05-17', key: 'constitutionDay' });
    expect(weekdayOf('2026-05-17')).toBe('sun');
    const may2008 = norwegianPublicHolidays(2008).filter((holiday) => holiday.date === '2008-05-01');
    expect(may2008.map((holiday) => holiday.key).sort()).toEqual(['ascensionDay', 'labourDay']);
  });

  it('leaves out Christmas Eve and New Year’s Eve', () => {
    const dates = norwegianPublicHolidays(2026).map((holiday) => holiday.date);
    expect(dates).not.toContain('2026-12-24');
    expect(dates).not.toContain('2026-12-31');
  });

  it('refuses years outside 1900–2200 (2285 has the earliest possible Easter, but is out of range)', () => {
    expect(() => norwegianPublicHolidays(2285)).toThrow(RangeError);
    expect(() => norwegianPublicHolidays(1899)).toThrow(RangeError);
    expect(() => norwegianPublicHolidays(2026.5)).toThrow(RangeError);
    expect(easterSunday(2285)).toBe('2285-03-22');
  });

  it('has a Bokmål name for every key', () => {
    for (const key of holidayKeys) expect(holidayNamesNb[key].length).toBeGreaterThan(0);
  });
});
