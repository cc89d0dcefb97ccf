import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import { minutesBetween, type AttendanceRow, type LessonAttendance } from '../../../../shared/domain/attendance';
import { compareText } from '../../db/collate';
import { ApiFailure, invalidField, notFound } from '../../db/errors';
import { now } from '../../db/ids';
import { clearAttendance, recordsOfLesson, upsertAttendance } from '../../repositories/attendance';

interface LessonFacts {
  id: string;
  course_id: string;
  date: string;
  start_time: string;
  end_time: string;
  status: 'planned' | 'cancelled';
}

interface PersonRow {
  id: string;
  given_name: string;
  family_name: string;
}

function lessonFacts(db: Database, lessonId: string): LessonFacts {
  const row = db
    .prepare('SELECT id, course_id, date, start_time, end_time, status FROM lesson WHERE id = ? AND deleted_at IS NULL')
    .get(lessonId) as LessonFacts | undefined;
  if (!row) throw notFound();
  return row;
}

/**
 * Those enrolled in the lesson's class on its date. Enrolments carry no dates, so the
 * participant's own start and end dates (when set) tell who was there on that day.
 */
function enrolledOn(db: Database, courseId: string, date: string): PersonRow[] {
  return db
    .prepare(
      `SELECT p.id, p.given_name, p.family_name FROM enrolment e
       JOIN participant p ON p.id = e.participant_id AND p.deleted_at IS NULL
       WHERE e.course_id = @courseId AND e.deleted_at IS NULL
         AND (p.start_date IS NULL OR p.start_date <= @date) AND (p.end_date IS NULL OR p.end_date >= @date)`,
    )
    .all({ courseId, date }) as PersonRow[];
}

/** The register: everyone enrolled on the day, plus anyone recorded who has left since. */
function registerOf(db: Database, lesson: LessonFacts): LessonAttendance {
  const records = recordsOfLesson(db, lesson.id);
  const enrolled = enrolledOn(db, lesson.course_id, lesson.date);
  const enrolledIds = new Set(enrolled.map((person) => person.id));
  const leftSince = [...records.keys()].filter((id) => !enrolledIds.has(id));
  const findPerson = db.prepare('SELECT id, given_name, family_name FROM participant WHERE id = ? AND deleted_at IS NULL');
  const others = leftSince.flatMap((id) => {
    const person = findPerson.get(id) as PersonRow | undefined;
    return person ? [person] : [];
  });
  const rows: AttendanceRow[] = [...enrolled, ...others].map((person) => ({
    participantId: person.id,
    givenName: person.given_name,
    familyName: person.family_name,
    enrolled: enrolledIds.has(person.id),
    record: records.get(person.id) ?? null,
  }));
  rows.sort((a, b) => compareText(a.givenName, b.givenName) || compareText(a.familyName, b.familyName));
  return {
    lessonId: lesson.id,
    courseId: lesson.course_id,
    lessonMinutes: minutesBetween(lesson.start_time, lesson.end_time),
    cancelled: lesson.status === 'cancelled',
    rows,
  };
}

export const lessonAttendance = (db: Database, lessonId: string): LessonAttendance => registerOf(db, lessonFacts(db, lessonId));

/** A cancelled lesson has no attendance: it counts as neither planned nor attended. */
function checkNotCancelled(lesson: LessonFacts): void {
  if (lesson.status === 'cancelled') throw new ApiFailure('conflict', undefined, { reason: 'lessonCancelled' });
}

/** Records (or clears) several entries of one lesson; the dispatcher runs it in one transaction. */
export function recordAttendance(db: Database, input: ParsedInput<'attendance.record'>): LessonAttendance {
  const lesson = lessonFacts(db, input.lessonId);
  checkNotCancelled(lesson);
  const register = registerOf(db, lesson);
  const allowed = new Set(register.rows.map((row) => row.participantId));
  const stamp = now();
  for (const [index, entry] of input.entries.entries()) {
    if (!allowed.has(entry.participantId)) throw invalidField(`entries.${index}.participantId`, 'unknownParticipant');
    if (entry.status === null) {
      clearAttendance(db, lesson.id, entry.participantId, stamp);
      continue;
    }
    const minutes = entry.status === 'partial' ? entry.minutesAttended ?? null : null;
    // Partial means less than the whole lesson; the whole lesson is 'present'.
    if (minutes !== null && minutes >= register.lessonMinutes) {
      throw new ApiFailure('validation', [
        { path: `entries.${index}.minutesAttended`, code: 'tooBig', params: { max: register.lessonMinutes - 1 } },
      ]);
    }
    upsertAttendance(db, { lessonId: lesson.id, participantId: entry.participantId, status: entry.status, minutesAttended: minutes, note: entry.note }, stamp);
  }
  return registerOf(db, lesson);
}

/** Marks everyone on the register without a record as present; existing records are kept. */
export function markAllPresent(db: Database, lessonId: string): LessonAttendance & { markedIds: string[] } {
  const lesson = lessonFacts(db, lessonId);
  checkNotCancelled(lesson);
  const stamp = now();
  const markedIds = registerOf(db, lesson)
    .rows.filter((row) => row.record === null && row.enrolled)
    .map((row) => row.participantId);
  for (const participantId of markedIds) {
    upsertAttendance(db, { lessonId, participantId, status: 'present', minutesAttended: null }, stamp);
  }
  return { ...registerOf(db, lesson), markedIds };
}
