import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import { eachDay } from '../../../../shared/domain/calendar/dates';
import type { LessonMoveResult } from '../../../../shared/domain/lessons';
import { invalidField } from '../../db/errors';
import { now } from '../../db/ids';
import { closedDays } from '../calendar/school-days';
import { coursePlan, patternKind } from './course-plan';

interface PlacedLesson {
  id: string;
  date: string;
  slot_index: number;
  locked: number;
  status: string;
}

/**
 * «Skyv fram / Skyv tilbake»: after a sick day or an extra day off, every following lesson
 * moves one school day forward (or back), so the plan keeps its order.
 *
 * What a teacher expects, and what this does:
 * - The lessons that move are the class's planned, unlocked lessons on or after `fromDate`.
 *   Cancelled lessons stay where they are, as a record of what did not happen.
 * - They move along the class's *slots*: days the week pattern marks as school days, inside
 *   the course period, that are not a holiday, break or closure, and that do not hold a
 *   locked lesson. A locked lesson (an excursion, a test, a visitor) keeps its day and the
 *   others flow around it; practice days are never school lessons' days.
 * - Each day's lessons move together to the next (or previous) slot after (before) their
 *   own day and keep their order; all moves are worked out from the old plan, so lessons
 *   do not push each other twice.
 * - A lesson that would leave the course period stops the whole bump with
 *   'noFreeSchoolDay' on `fromDate`; nothing moves.
 * The answer lists every move, so the renderer can undo the bump with `lessons.applyMoves`.
 */
export function bumpLessons(db: Database, input: ParsedInput<'lessons.bump'>): LessonMoveResult[] {
  const plan = coursePlan(db, input.courseId);
  const lessons = db
    .prepare(
      `SELECT id, date, slot_index, locked, status FROM lesson WHERE course_id = ? AND deleted_at IS NULL
       ORDER BY date, slot_index, start_time, id`,
    )
    .all(plan.id) as PlacedLesson[];
  const moving = lessons.filter((lesson) => lesson.date >= input.fromDate && lesson.status === 'planned' && lesson.locked === 0);
  if (moving.length === 0) return [];

  const closed = closedDays(db, plan.startDate, plan.endDate, plan.id);
  const lockedDays = new Set(lessons.filter((lesson) => lesson.locked === 1 && lesson.status === 'planned').map((lesson) => lesson.date));
  const slots = eachDay(plan.startDate, plan.endDate).filter(
    (date) => patternKind(plan, date) === 'school' && !closed.has(date) && !lockedDays.has(date),
  );
  const target = (date: string): string => {
    const found = input.direction === 1 ? slots.find((slot) => slot > date) : slots.findLast((slot) => slot < date);
    if (!found) throw invalidField('fromDate', 'noFreeSchoolDay');
    return found;
  };

  // Lessons that stay keep their places; moved ones go after them on the day they join.
  const movingIds = new Set(moving.map((lesson) => lesson.id));
  const nextFree = new Map<string, number>();
  for (const lesson of lessons) {
    if (!movingIds.has(lesson.id)) nextFree.set(lesson.date, Math.max(nextFree.get(lesson.date) ?? 0, lesson.slot_index + 1));
  }
  const targets = new Map<string, string>();
  const moves = moving.map((lesson): LessonMoveResult => {
    const toDate = targets.get(lesson.date) ?? target(lesson.date);
    targets.set(lesson.date, toDate);
    const toSlot = nextFree.get(toDate) ?? 0;
    nextFree.set(toDate, toSlot + 1);
    return { id: lesson.id, fromDate: lesson.date, fromSlot: lesson.slot_index, toDate, toSlot };
  });
  applyMoves(db, moves.map((move) => ({ id: move.id, date: move.toDate, slotIndex: move.toSlot })));
  return moves;
}

/**
 * Puts lessons on the given days and slots, as one step; used to undo a bump (and redo it).
 * Every lesson must exist, and every day must lie inside its class's period.
 */
export function applyMoves(
  db: Database,
  moves: readonly { id: string; date: string; slotIndex: number }[],
): LessonMoveResult[] {
  const find = db.prepare(
    `SELECT l.date, l.slot_index, c.start_date, c.end_date FROM lesson l JOIN course c ON c.id = l.course_id
     WHERE l.id = ? AND l.deleted_at IS NULL`,
  );
  const update = db.prepare('UPDATE lesson SET date = ?, slot_index = ?, updated_at = ? WHERE id = ?');
  const stamp = now();
  return moves.map((move, index) => {
    const row = find.get(move.id) as { date: string; slot_index: number; start_date: string; end_date: string } | undefined;
    if (!row) throw invalidField(`moves.${index}.id`, 'invalidValue');
    if (move.date < row.start_date || move.date > row.end_date) throw invalidField(`moves.${index}.date`, 'outsideCourse');
    update.run(move.date, move.slotIndex, stamp, move.id);
    return { id: move.id, fromDate: row.date, fromSlot: row.slot_index, toDate: move.date, toSlot: move.slotIndex };
  });
}
