import { describe, expect, it } from 'vitest';
import { suggestBreaks } from '../../../../shared/domain/calendar/suggest-breaks';

const periods = (start: string, end: string) =>
  suggestBreaks(start, end).map((proposal) => `${proposal.key} ${proposal.startDate}–${proposal.endDate}`);

describe('suggestBreaks', () => {
  it('follows the school year 2027/2028: week 40, Christmas, week 8 and Holy Week', () => {
    expect(periods('2027-08-16', '2028-06-20')).toEqual([
      'autumn 2027-10-04–2027-10-08',
      'christmas 2027-12-21–2028-01-02',
      'winter 2028-02-21–2028-02-25',
      'easter 2028-04-10–2028-04-17',
    ]);
  });

  it('puts the Easter break before an early Easter (2029: Easter Sunday 1 April)', () => {
    expect(periods('2028-08-14', '2029-06-19').at(-1)).toBe('easter 2029-03-26–2029-04-02');
  });

  it('proposes nothing for a summer course and clips a break cut by the year', () => {
    expect(periods('2027-06-21', '2027-08-13')).toEqual([]);
    expect(periods('2026-08-17', '2026-12-23')).toEqual(['autumn 2026-09-28–2026-10-02', 'christmas 2026-12-21–2026-12-23']);
  });
});
