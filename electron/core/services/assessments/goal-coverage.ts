import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import type { GoalCoverageRow } from '../../../../shared/domain/assessments';
import type { GoalLevel, GoalSkill } from '../../../../shared/domain/goals';
import { invalidField, notFound } from '../../db/errors';
import { now } from '../../db/ids';
import { checkNotFuture } from '../../repositories/assessments';
import { checkParticipant, participantIsLive } from '../../repositories/participants';
import { localToday } from '../attendance/today';

interface CoverageRow {
  goal_id: string;
  level: GoalLevel;
  skill: GoalSkill;
  text_nb: string;
  lesson_count: number;
  last_lesson_date: string | null;
  achieved_on: string | null;
}

/**
 * The catalogue goals a participant has worked on: goals of held lessons in their classes
 * (up to today, not cancelled, and not where they were marked absent), plus every goal a
 * teacher judged achieved. Sorted by level, skill and text.
 */
export function goalCoverage(db: Database, participantId: string, today = localToday()): GoalCoverageRow[] {
  if (!participantIsLive(db, participantId)) throw notFound();
  const rows = db
    .prepare(
      `WITH worked AS (
         SELECT lg.goal_id, count(DISTINCT l.id) AS lesson_count, max(l.date) AS last_lesson_date
         FROM enrolment e
         JOIN lesson l ON l.course_id = e.course_id AND l.deleted_at IS NULL AND l.status = 'planned' AND l.date <= @today
         JOIN lesson_goal lg ON lg.lesson_id = l.id
         LEFT JOIN attendance at ON at.lesson_id = l.id AND at.participant_id = e.participant_id AND at.deleted_at IS NULL
         WHERE e.participant_id = @participant AND e.deleted_at IS NULL
           AND (at.status IS NULL OR at.status NOT IN ('absent', 'valid_absence'))
         GROUP BY lg.goal_id
       ),
       judged AS (SELECT goal_id, achieved_on FROM goal_achievement WHERE participant_id = @participant),
       both_ AS (SELECT goal_id FROM worked UNION SELECT goal_id FROM judged)
       SELECT g.id AS goal_id, g.level, g.skill, g.text_nb,
              coalesce(w.lesson_count, 0) AS lesson_count, w.last_lesson_date, j.achieved_on
       FROM both_ b
       JOIN goal g ON g.id = b.goal_id AND g.deleted_at IS NULL
       LEFT JOIN worked w ON w.goal_id = b.goal_id
       LEFT JOIN judged j ON j.goal_id = b.goal_id
       ORDER BY g.level, g.skill, g.text_nb`,
    )
    .all({ participant: participantId, today }) as CoverageRow[];
  return rows.map((row) => ({
    goalId: row.goal_id,
    level: row.level,
    skill: row.skill,
    textNb: row.text_nb,
    lessonCount: row.lesson_count,
    lastLessonDate: row.last_lesson_date,
    achievedOn: row.achieved_on,
  }));
}

/** Marks a goal as achieved on a day, or takes the judgement back (achievedOn null). */
export function setGoalAchieved(db: Database, input: ParsedInput<'assessments.setGoalAchieved'>, today = localToday()): GoalCoverageRow[] {
  checkParticipant(db, input.participantId);
  const goal = db.prepare('SELECT 1 FROM goal WHERE id = ? AND deleted_at IS NULL').get(input.goalId);
  if (!goal) throw invalidField('goalId', 'unknownGoal');
  if (input.achievedOn === null) {
    db.prepare('DELETE FROM goal_achievement WHERE participant_id = ? AND goal_id = ?').run(input.participantId, input.goalId);
  } else {
    checkNotFuture(input.achievedOn, 'achievedOn', today);
    const stamp = now();
    db.prepare(
      `INSERT INTO goal_achievement (participant_id, goal_id, achieved_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (participant_id, goal_id) DO UPDATE SET achieved_on = excluded.achieved_on, updated_at = excluded.updated_at`,
    ).run(input.participantId, input.goalId, input.achievedOn, stamp, stamp);
  }
  return goalCoverage(db, input.participantId, today);
}
