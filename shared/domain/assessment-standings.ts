import {
  assessmentSkills,
  bestOfSittings,
  higherLevel,
  levelRank,
  type AssessmentSkill,
  type AssessmentSource,
  type Level,
} from './assessment-levels';
import type { DatedLevel, SkillStanding } from './assessments';

/** What the standings need of a recorded level; Assessment has all of it. */
export interface LevelRecord {
  skill: AssessmentSkill;
  level: Level;
  source: AssessmentSource;
  date: string;
  createdAt: string;
}

const later = (a: LevelRecord, b: LevelRecord): boolean => a.date > b.date || (a.date === b.date && a.createdAt > b.createdAt);
const dated = (record: LevelRecord | null): DatedLevel | null =>
  record ? { level: record.level, date: record.date, source: record.source } : null;

/** Judgements by a teacher or a test that say something about the level (not «ikke nok grunnlag»). */
const isJudgement = (record: LevelRecord): boolean => record.source !== 'self' && levelRank(record.level) !== null;

/**
 * Where a participant stands in one skill: the latest judgement by teacher or test, the
 * best official result over all sittings, and the latest self-assessment. The three are
 * kept apart: a self-assessment is shown beside the teacher's level, never averaged with it.
 */
export function skillStanding(skill: AssessmentSkill, records: readonly LevelRecord[]): SkillStanding {
  let current: LevelRecord | null = null;
  let self: LevelRecord | null = null;
  const official: LevelRecord[] = [];
  for (const record of records) {
    if (record.skill !== skill) continue;
    if (record.source === 'official') official.push(record);
    if (record.source === 'self') {
      if (!self || later(record, self)) self = record;
    } else if (isJudgement(record) && (!current || later(record, current))) {
      current = record;
    }
  }
  return { skill, current: dated(current), official: dated(bestOfSittings(official)), self: dated(self) };
}

export const skillStandings = (records: readonly LevelRecord[]): SkillStanding[] =>
  assessmentSkills.map((skill) => skillStanding(skill, records));

/** The level a target is measured against: the higher of the latest judgement and the official best. */
export function standingForTarget(standings: readonly SkillStanding[], skill: AssessmentSkill): Level | null {
  const standing = standings.find((item) => item.skill === skill);
  if (!standing) return null;
  const official = standing.official && levelRank(standing.official.level) !== null ? standing.official.level : null;
  return higherLevel(standing.current?.level ?? null, official);
}

/**
 * The level at the start of a course: the latest judgement on or before its first day, or,
 * when there was none, the first judgement during the course. Null when the only
 * judgement during the course is the latest one: then there is nothing to compare yet.
 */
export function levelAtStart(skill: AssessmentSkill, records: readonly LevelRecord[], startDate: string, endDate: string): Level | null {
  let before: LevelRecord | null = null;
  let first: LevelRecord | null = null;
  let latest: LevelRecord | null = null;
  for (const record of records) {
    if (record.skill !== skill || !isJudgement(record)) continue;
    if (!latest || later(record, latest)) latest = record;
    if (record.date <= startDate) {
      if (!before || later(record, before)) before = record;
    } else if (record.date <= endDate && (!first || later(first, record))) {
      first = record;
    }
  }
  if (before) return before.level;
  return first && first !== latest ? first.level : null;
}
