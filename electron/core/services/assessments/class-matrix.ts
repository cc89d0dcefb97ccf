import type { Database } from 'better-sqlite3';
import { assessmentSkills, levelChange, type AssessmentSkill, type AssessmentSource, type Level } from '../../../../shared/domain/assessment-levels';
import type { ClassMatrix, MatrixCell } from '../../../../shared/domain/assessments';
import { levelAtStart, skillStanding, type LevelRecord } from '../../../../shared/domain/assessment-standings';
import { participantDisplayName } from '../../../../shared/domain/participants';
import { compareText } from '../../db/collate';
import { notFound } from '../../db/errors';

interface LevelRow {
  participant_id: string;
  skill: AssessmentSkill;
  level: Level;
  source: AssessmentSource;
  date: string;
  created_at: string;
}

/**
 * Participants × skills for one class: each participant's current level, official best and
 * self-assessment per skill, with the change since the course started. Two queries for
 * the whole class, however long the histories are.
 */
export function classMatrix(db: Database, courseId: string): ClassMatrix {
  const course = db
    .prepare('SELECT id, name, start_date, end_date FROM course WHERE id = ? AND deleted_at IS NULL')
    .get(courseId) as { id: string; name: string; start_date: string; end_date: string } | undefined;
  if (!course) throw notFound();
  const people = db
    .prepare(
      `SELECT p.id, p.given_name, p.family_name FROM enrolment e
       JOIN participant p ON p.id = e.participant_id AND p.deleted_at IS NULL
       WHERE e.course_id = ? AND e.deleted_at IS NULL`,
    )
    .all(courseId) as { id: string; given_name: string; family_name: string }[];
  const rows = db
    .prepare(
      `SELECT a.participant_id, a.skill, a.level, a.source, a.date, a.created_at
       FROM enrolment e
       JOIN assessment a ON a.participant_id = e.participant_id AND a.deleted_at IS NULL
       LEFT JOIN norskproven_sitting ns ON ns.id = a.sitting_id
       WHERE e.course_id = ? AND e.deleted_at IS NULL AND (a.sitting_id IS NULL OR ns.deleted_at IS NULL)`,
    )
    .all(courseId) as LevelRow[];
  const byParticipant = new Map<string, LevelRecord[]>();
  for (const row of rows) {
    const records = byParticipant.get(row.participant_id) ?? [];
    records.push({ skill: row.skill, level: row.level, source: row.source, date: row.date, createdAt: row.created_at });
    byParticipant.set(row.participant_id, records);
  }
  const cell = (skill: AssessmentSkill, records: readonly LevelRecord[]): MatrixCell => {
    const standing = skillStanding(skill, records);
    const atStart = levelAtStart(skill, records, course.start_date, course.end_date);
    const current = standing.current?.level ?? null;
    return { current, official: standing.official?.level ?? null, self: standing.self?.level ?? null, atStart, change: levelChange(atStart, current) };
  };
  return {
    courseId: course.id,
    courseName: course.name,
    startDate: course.start_date,
    endDate: course.end_date,
    rows: people
      .map((person) => {
        const records = byParticipant.get(person.id) ?? [];
        const skills = Object.fromEntries(assessmentSkills.map((skill) => [skill, cell(skill, records)])) as Record<AssessmentSkill, MatrixCell>;
        return { participantId: person.id, name: participantDisplayName({ givenName: person.given_name, familyName: person.family_name }), skills };
      })
      .sort((a, b) => compareText(a.name, b.name) || (a.participantId < b.participantId ? -1 : 1)),
  };
}
