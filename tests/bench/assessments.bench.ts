import { test } from 'vitest';
import { createApi } from '../../electron/core/api/dispatch';
import { openDatabase } from '../../electron/core/db/connection';
import { newId } from '../../electron/core/db/ids';
import { assessmentSkills, observationLevels, officialResults, partSkill, norskprovenParts } from '../../shared/domain/assessment-levels';

/*
 * Levels at the scale of a large centre over the years: 4,000 fictional participants in
 * 200 classes of 20, each with a history of teacher judgements, mock tests, Norskprøven
 * sittings and self-assessments (about 60,000 levels). Targets from the issue: the class
 * matrix for 20 participants under 20 ms, a participant's full history under 10 ms.
 */
const db = openDatabase(':memory:');
const api = createApi({ db, mode: 'test', version: 'bench' });
const caller = { role: 'teacher' as const };
const stamp = '2026-01-01T00:00:00.000Z';

const classCount = 200;
const perClass = 20;
const courseIds: string[] = [];
const participantIds: string[] = [];
let levelCount = 0;

db.transaction(() => {
  const course = db.prepare(
    `INSERT INTO course (id, name, start_date, end_date, level_from, level_to, track, week_pattern, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'A1', 'B1', 2, '{}', ?, ?)`,
  );
  const person = db.prepare(`INSERT INTO participant (id, given_name, family_name, programme, created_at, updated_at) VALUES (?, ?, ?, 'introduction', ?, ?)`);
  const enrol = db.prepare('INSERT INTO enrolment (id, course_id, participant_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const sitting = db.prepare(`INSERT INTO norskproven_sitting (id, participant_id, date, test, created_at, updated_at) VALUES (?, ?, ?, 'a1-b2', ?, ?)`);
  const level = db.prepare(
    `INSERT INTO assessment (id, participant_id, skill, level, source, date, sitting_id, level_pair, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const audit = db.prepare(
    `INSERT INTO level_audit (id, assessment_id, participant_id, action, new_level, new_date, changed_at) VALUES (?, ?, ?, 'create', ?, ?, ?)`,
  );
  const addLevel = (participantId: string, skill: string, value: string, source: string, date: string, sittingId: string | null, pair: string | null) => {
    const id = newId();
    level.run(id, participantId, skill, value, source, date, sittingId, pair, stamp, stamp);
    audit.run(newId(), id, participantId, value, date, stamp);
    levelCount += 1;
  };
  for (let c = 0; c < classCount; c += 1) {
    const year = 2016 + (c % 10);
    const courseId = newId();
    course.run(courseId, `Klasse ${c}`, `${year}-08-17`, `${year + 1}-06-18`, stamp, stamp);
    courseIds.push(courseId);
    for (let p = 0; p < perClass; p += 1) {
      const id = newId();
      person.run(id, `Deltaker ${c}-${p}`, 'Eksempel', stamp, stamp);
      enrol.run(newId(), courseId, id, stamp, stamp);
      participantIds.push(id);
      // Three judgements per skill over the year, a mock test, one self-assessment.
      assessmentSkills.forEach((skill, s) => {
        for (let k = 0; k < 3; k += 1) {
          const value = observationLevels[Math.min((c + p + s + k) % 6, observationLevels.length - 1)]!;
          addLevel(id, skill, value, 'observation', `${year}-${String(9 + k).padStart(2, '0')}-15`, null, null);
        }
        addLevel(id, skill, 'A2', 'mock', `${year + 1}-02-10`, null, null);
        addLevel(id, skill, 'A1', 'self', `${year}-09-01`, null, null);
      });
      // Two sittings with all four sub-tests.
      for (let k = 0; k < 2; k += 1) {
        const sittingId = newId();
        const date = `${year + 1 + k}-03-10`;
        sitting.run(sittingId, id, date, stamp, stamp);
        norskprovenParts.forEach((part, i) => {
          const value = officialResults[(p + i + k) % officialResults.length]!;
          const pair = part === 'skriftlig' || part === 'muntlig' ? 'B1-B2' : null;
          addLevel(id, partSkill[part], value, 'official', date, sittingId, pair);
        });
      }
    }
  }
})();

const timeOf = (run: () => void, rounds = 200): number => {
  for (let i = 0; i < 20; i += 1) run();
  const start = performance.now();
  for (let i = 0; i < rounds; i += 1) run();
  return (performance.now() - start) / rounds;
};

test(`levels at centre scale (${participantIds.length} participants, ${courseIds.length} classes)`, async ({ bench }) => {
  const classId = courseIds[57]!;
  const participantId = participantIds[1234]!;
  const matrix = () => {
    const result = api.call('assessments.classMatrix', { courseId: classId }, caller);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
  };
  const profile = () => {
    const result = api.call('assessments.profile', { participantId }, caller);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
  };
  // Printed so the numbers can be read against the targets without the table.
  console.log(
    `${levelCount} levels: class matrix (20 participants) ${timeOf(matrix).toFixed(2)} ms (target < 20 ms), ` +
      `full history of one participant ${timeOf(profile).toFixed(2)} ms (target < 10 ms)`,
  );
  await bench.compare(
    bench('class matrix, 20 participants', matrix),
    bench('participant profile: full history, sittings, targets', profile),
    bench('level audit trail of one participant', () => {
      api.call('assessments.audit', { participantId }, caller);
    }),
    { time: 1000 },
  );
});
