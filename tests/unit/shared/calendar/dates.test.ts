import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayNumber,
  daysBetween,
  eachDay,
  fromDayNumber,
  isoOf,
  isoWeekOf,
  isoWeeksInYear,
  isoWeekYear,
  isWeekend,
  mondayOf,
  mondayOfIsoWeek,
  weekdayOf,
} from '../../../../shared/domain/calendar/dates';

describe('calendar dates', () => {
  it('adds days across months, leap days and years', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30'); // the night clocks go forward in Norway
    expect(addDays('1900-01-01', 0)).toBe('1900-01-01');
    expect(daysBetween('2026-08-17', '2027-06-18')).toBe(305);
  });

  it('round-trips day numbers for every day 1900–2200', () => {
    const first = dayNumber('1900-01-01');
    const last = dayNumber('2200-12-31');
    const wrong: number[] = [];
    for (let day = first; day <= last; day += 1) if (dayNumber(fromDayNumber(day)) !== day) wrong.push(day);
    expect(wrong).toEqual([]);
    expect(isoOf(2026, 13, 1)).toBe('2027-01-01');
  });

  it('names the weekday, Monday first', () => {
    expect(weekdayOf('2026-08-17')).toBe('mon');
    expect(weekdayOf('2026-05-17')).toBe('sun');
    expect(weekdayOf('2027-05-06')).toBe('thu');
    expect(weekdayOf('1970-01-01')).toBe('thu');
    expect(weekdayOf('1900-01-01')).toBe('mon');
    expect(weekdayOf('2200-12-31')).toBe('wed');
    expect(isWeekend('2026-08-22')).toBe(true);
    expect(isWeekend('2026-08-21')).toBe(false);
    expect(mondayOf('2026-08-23')).toBe('2026-08-17');
    expect(mondayOf('2026-08-17')).toBe('2026-08-17');
  });

  it('numbers ISO weeks, including week 53 years', () => {
    expect([isoWeekYear('2026-12-31'), isoWeekOf('2026-12-31')]).toEqual([2026, 53]);
    expect([isoWeekYear('2027-01-01'), isoWeekOf('2027-01-01')]).toEqual([2026, 53]);
    expect([isoWeekYear('2027-01-03'), isoWeekOf('2027-01-03')]).toEqual([2026, 53]);
    expect([isoWeekYear('2027-01-04'), isoWeekOf('2027-01-04')]).toEqual([2027, 1]);
    expect([isoWeekYear('2021-01-03'), isoWeekOf('2021-01-03')]).toEqual([2020, 53]);
    expect([isoWeekYear('2032-12-31'), isoWeekOf('2032-12-31')]).toEqual([2032, 53]);
    expect([isoWeekYear('2024-12-30'), isoWeekOf('2024-12-30')]).toEqual([2025, 1]);
    expect([isoWeekYear('2026-08-17'), isoWeekOf('2026-08-17')]).toEqual([2026, 34]);
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(isoWeeksInYear(2027)).toBe(52);
    expect(isoWeeksInYear(2032)).toBe(53);
    expect([2020, 2021, 2026, 2032, 2037, 2043].map(isoWeeksInYear)).toEqual([53, 52, 53, 53, 53, 53]);
  });

  it('finds the Monday of an ISO week', () => {
    expect(mondayOfIsoWeek(2026, 1)).toBe('2025-12-29');
    expect(mondayOfIsoWeek(2026, 53)).toBe('2026-12-28');
    expect(mondayOfIsoWeek(2027, 1)).toBe('2027-01-04');
    expect(mondayOfIsoWeek(2020, 53)).toBe('2020-12-28');
    expect(mondayOfIsoWeek(2026, 34)).toBe('2026-08-17');
  });

  it('keeps week numbers consistent for every day 1900–2200', () => {
    let day = '1900-01-01';
    let previous = { year: isoWeekYear(day), week: isoWeekOf(day) };
    expect(previous).toEqual({ year: 1900, week: 1 });
    const wrong: string[] = [];
    while (day < '2200-12-31') {
      day = addDays(day, 1);
      const year = isoWeekYear(day);
      const week = isoWeekOf(day);
      if (weekdayOf(day) === 'mon') {
        const rolled = previous.week === isoWeeksInYear(previous.year);
        const expected = rolled ? { year: previous.year + 1, week: 1 } : { year: previous.year, week: previous.week + 1 };
        if (year !== expected.year || week !== expected.week || mondayOfIsoWeek(year, week) !== day) wrong.push(day);
      } else if (year !== previous.year || week !== previous.week) {
        wrong.push(day);
      }
      previous = { year, week };
    }
    expect(wrong).toEqual([]);
  });

  it('lists each day of a range, inclusive', () => {
    expect(eachDay('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(eachDay('2026-05-17', '2026-05-17')).toEqual(['2026-05-17']);
    expect(eachDay('2026-05-18', '2026-05-17')).toEqual([]);
  });
});
