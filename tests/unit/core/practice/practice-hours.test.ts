import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCourse } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';
import { addPlacement } from './helpers';

let api: TestApi;
beforeEach(() => (api = createTestApi()));
afterEach(() => api.db.close());

const week = (hours: { weeks: { isoYear: number; isoWeek: number; practiceDays: string[]; closedDays: { date: string }[]; followedUp: boolean; events: { kind: string }[] }[] }) =>
  hours.weeks.map((w) => ({
    week: `${w.isoYear}-${w.isoWeek}`,
    days: w.practiceDays,
    closed: w.closedDays.map((day) => day.date),
    followedUp: w.followedUp,
    kinds: w.events.map((event) => event.kind),
  }));

describe('language-practice hours', () => {
  it('counts the placement weekdays that are school days, skips the autumn break, and follows up per ISO week', () => {
    const { placement } = addPlacement(api, { startDate: '2026-09-28', endDate: '2026-10-20', weekdays: ['mon', 'tue'] });
    const year = api.value('calendar.schoolYears.create', { name: '2026/2027', startDate: '2026-08-17', endDate: '2027-06-18' });
    api.value('calendar.closures.create', { schoolYearId: year.id, startDate: '2026-10-05', endDate: '2026-10-09', kind: 'break', name: 'Høstferie' });
    api.value('buddyTasks.create', { placementId: placement.id, text: 'Lær bort ord for leker', givenOn: '2026-10-01' });
    api.value('siteVisits.create', { placementId: placement.id, date: '2026-10-14', observed: 'Samlingsstund' });
    const dropped = api.value('buddyTasks.create', { placementId: placement.id, text: 'Ble ikke noe av', givenOn: '2026-10-19' });
    api.value('buddyTasks.update', { id: dropped.id, status: 'dropped' });

    const hours = api.value('practiceFollowUp.hours', { placementId: placement.id, today: '2026-10-13' });
    expect(hours).toMatchObject({
      hoursPerDay: 6, totalDays: 6, daysSoFar: 4, totalHours: 36, hoursSoFar: 24, followedUpDays: 4, followedUpHours: 24,
    });
    expect(week(hours)).toEqual([
      { week: '2026-40', days: ['2026-09-28', '2026-09-29'], closed: [], followedUp: true, kinds: ['task'] },
      { week: '2026-41', days: [], closed: ['2026-10-05', '2026-10-06'], followedUp: false, kinds: [] },
      { week: '2026-42', days: ['2026-10-12', '2026-10-13'], closed: [], followedUp: true, kinds: ['visit'] },
      { week: '2026-43', days: ['2026-10-19', '2026-10-20'], closed: [], followedUp: false, kinds: [] },
    ]);
    expect(hours.weeks.map((w) => w.started)).toEqual([true, true, true, false]);

    api.value('placements.update', { id: placement.id, hoursPerDay: 4.5 });
    expect(api.value('practiceFollowUp.hours', { placementId: placement.id, today: '2026-10-13' })).toMatchObject({ totalHours: 27, followedUpHours: 18 });
  });

  it('skips public holidays across the year end, with ISO week 53 of 2026, and counts an answer in the week it came back', () => {
    const { placement } = addPlacement(api, { startDate: '2026-12-21', endDate: '2027-01-08', weekdays: ['fri'] });
    const task = api.value('buddyTasks.create', { placementId: placement.id, text: 'Spør om vaktlista', givenOn: '2026-12-18' });
    api.value('buddyTasks.update', { id: task.id, status: 'answered', answeredOn: '2027-01-05' });
    const hours = api.value('practiceFollowUp.hours', { placementId: placement.id, today: '2027-01-08' });
    expect(week(hours)).toEqual([
      { week: '2026-52', days: [], closed: ['2026-12-25'], followedUp: false, kinds: [] },
      { week: '2026-53', days: [], closed: ['2027-01-01'], followedUp: false, kinds: [] },
      { week: '2027-1', days: ['2027-01-08'], closed: [], followedUp: true, kinds: ['task'] },
    ]);
    expect(hours).toMatchObject({ totalDays: 1, daysSoFar: 1, totalHours: 6, followedUpHours: 6 });
  });

  it('counts a lesson that uses material from the placement, in the week it is held, and not once the lesson is cancelled', () => {
    const { placement, participant, site } = addPlacement(api, { startDate: '2026-09-28', endDate: '2026-10-13', weekdays: ['mon'] });
    const course = addCourse(api, { startDate: '2026-08-17', endDate: '2027-06-18' });
    // Material is imported through the file route, not a contract call, so the row is made directly.
    const insertMaterial = api.db.prepare(
      `INSERT INTO material (id, sha256, kind, media_type, original_name, size, participant_id, placement_id, site_id, created_at, updated_at)
       VALUES (?, ?, 'image', 'image/jpeg', 'bilde.jpg', 10, ?, ?, ?, '2026-09-28T10:00:00.000Z', '2026-09-28T10:00:00.000Z')`,
    );
    const fromPlacement = '01900000-0000-7000-8000-0000000000b1';
    const fromSiteOnly = '01900000-0000-7000-8000-0000000000b2';
    insertMaterial.run(fromPlacement, 'b'.repeat(64), participant.id, placement.id, site.id);
    insertMaterial.run(fromSiteOnly, 'c'.repeat(64), participant.id, null, site.id);
    const lesson = (date: string, materialId: string) =>
      api.value('lessons.create', {
        courseId: course.id,
        date,
        startTime: '09:00',
        endTime: '10:30',
        title: 'Ord fra barnehagen',
        bodyHtml: `<p>Se bildet:</p><img src="/media/materials/${materialId}/original" alt="">`,
      });
    lesson('2026-09-30', fromPlacement);
    const second = lesson('2026-10-08', fromSiteOnly);

    const kinds = () => week(api.value('practiceFollowUp.hours', { placementId: placement.id, today: '2026-10-13' })).map((w) => [w.week, w.kinds]);
    expect(kinds()).toEqual([
      ['2026-40', ['lesson']],
      ['2026-41', ['lesson']],
      ['2026-42', []],
    ]);
    api.value('lessons.update', { id: second.id, status: 'cancelled' });
    expect(kinds()[1]).toEqual(['2026-41', []]);
  });
});
