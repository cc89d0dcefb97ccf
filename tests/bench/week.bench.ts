import { test } from 'vitest';
import { createApi } from '../../electron/core/api/dispatch';
import { openDatabase } from '../../electron/core/db/connection';
import { addDays } from '../../shared/domain/calendar/dates';

/*
 * The week view at the scale of ten years of a large centre: 500 classes (50 a year), each
 * with a full school year of lessons from its pattern (about 95,000 lessons), themes, goal
 * links and the centre's breaks. Target (issue 4): one class's week answered under 30 ms.
 * Run with `npm run bench`.
 */
const db = openDatabase(':memory:');
const api = createApi({ db, mode: 'test', version: 'bench' });
const caller = { role: 'teacher' as const };
const must = <T>(result: { ok: true; value: unknown } | { ok: false; error: unknown }): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
};
const patterns = [
  { mon: 'school', tue: 'school', wed: 'school', thu: 'school', fri: 'school' },
  { mon: 'school', tue: 'practice', wed: 'school', thu: 'practice', fri: 'school' },
] as const;

const courseIds: string[] = [];
db.transaction(() => {
  const goal = must<{ id: string }>(api.call('goals.create', { level: 'A2', skill: 'lese', domain: 'arbeidsliv', textNb: 'Kan lese en vaktliste' }, caller));
  for (let year = 2017; year < 2027; year += 1) {
    const schoolYear = must<{ id: string }>(
      api.call('calendar.schoolYears.create', { name: `${year}/${year + 1}`, startDate: `${year}-08-01`, endDate: `${year + 1}-07-31` }, caller),
    );
    api.call('calendar.closures.create', { schoolYearId: schoolYear.id, startDate: `${year}-10-05`, endDate: `${year}-10-09`, kind: 'break', name: 'Høstferie' }, caller);
    api.call('calendar.closures.create', { schoolYearId: schoolYear.id, startDate: `${year}-12-21`, endDate: `${year + 1}-01-01`, kind: 'break', name: 'Juleferie' }, caller);
  }
  for (let c = 0; c < 500; c += 1) {
    const year = 2017 + (c % 10);
    const course = must<{ id: string }>(api.call('courses.create', {
      name: `Klasse ${c}`, startDate: `${year}-08-17`, endDate: `${year + 1}-06-18`, levelFrom: 'A1', levelTo: 'A2', track: 2,
      weekPattern: patterns[c % 2]!,
    }, caller));
    courseIds.push(course.id);
    const start = `${year}-08-17`;
    for (let t = 0; t < 8; t += 1) {
      api.call('themes.create', { courseId: course.id, name: `Tema ${t}`, startDate: addDays(start, t * 35), endDate: addDays(start, t * 35 + 34), goalIds: [goal.id] }, caller);
    }
    // The whole year from the pattern, in two calls (a call covers at most 400 days).
    for (const [from, to] of [[start, `${year}-12-31`], [`${year + 1}-01-01`, `${year + 1}-06-18`]] as const) {
      api.call('lessons.generate', { courseId: course.id, from, to, startTime: '09:00', endTime: '14:00', confirm: true }, caller);
    }
  }
  db.prepare(
    `INSERT INTO lesson_goal (lesson_id, goal_id, position, created_at, updated_at)
     SELECT id, ?, 0, created_at, created_at FROM lesson WHERE rowid % 3 = 0`,
  ).run(goal.id);
})();
const lessonCount = db.prepare('SELECT count(*) FROM lesson').pluck().get() as number;
if (lessonCount < 80_000) throw new Error(`the generated centre has only ${lessonCount} lessons`);

test('week view at centre scale (500 classes, ~95,000 lessons)', async ({ bench }) => {
  const classId = courseIds[257]!;
  await bench.compare(
    bench('lessons.week, one class, a school week', () => {
      api.call('lessons.week', { courseId: classId, isoYear: 2024, isoWeek: 10 }, caller);
    }),
    bench('lessons.week, one class, a week with a break (week 41)', () => {
      api.call('lessons.week', { courseId: classId, isoYear: 2024, isoWeek: 41 }, caller);
    }),
    bench('themes.list, one class', () => {
      api.call('themes.list', { courseId: classId }, caller);
    }),
    { time: 1000 },
  );
});
