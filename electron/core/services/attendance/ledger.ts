import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import {
  minutesBetween,
  type AttendanceStatus,
  type CourseAttendanceSummary,
  type HoursLedger,
  type HoursTotals,
  type LedgerCourse,
  type LedgerLesson,
} from '../../../../shared/domain/attendance';
import { compareText } from '../../db/collate';
import { invalidField, notFound } from '../../db/errors';
import { localToday } from './today';

interface ParticipantFacts {
  id: string;
  given_name: string;
  family_name: string;
  start_date: string | null;
  end_date: string | null;
}

interface LessonFactRow {
  id: string;
  date: string;
  start_time: string;
  end_time: string;
  title: string;
  status: AttendanceStatus | null;
  minutes_attended: number | null;
}

function participantFacts(db: Database, id: string): ParticipantFacts {
  const row = db
    .prepare('SELECT id, given_name, family_name, start_date, end_date FROM participant WHERE id = ? AND deleted_at IS NULL')
    .get(id) as ParticipantFacts | undefined;
  if (!row) throw notFound();
  return row;
}

const isEnrolled = (db: Database, courseId: string, participantId: string): boolean =>
  db
    .prepare('SELECT 1 FROM enrolment WHERE course_id = ? AND participant_id = ? AND deleted_at IS NULL')
    .get(courseId, participantId) !== undefined;

/**
 * The lessons that count for one participant in one class: cancelled ones never do. While
 * enrolled, every lesson inside the participant's own period counts; after leaving, only
 * the lessons that have a record.
 */
function ledgerLessons(db: Database, courseId: string, person: ParticipantFacts, today: string): LedgerLesson[] {
  const rows = db
    .prepare(
      `SELECT l.id, l.date, l.start_time, l.end_time, l.title, a.status, a.minutes_attended FROM lesson l
       LEFT JOIN attendance a ON a.lesson_id = l.id AND a.participant_id = @participantId AND a.deleted_at IS NULL
       WHERE l.course_id = @courseId AND l.deleted_at IS NULL AND l.status = 'planned'
         AND (a.id IS NOT NULL OR (@enrolled = 1
           AND (@start IS NULL OR l.date >= @start) AND (@end IS NULL OR l.date <= @end)))
       ORDER BY l.date, l.slot_index, l.start_time, l.id`,
    )
    .all({
      courseId,
      participantId: person.id,
      enrolled: isEnrolled(db, courseId, person.id) ? 1 : 0,
      start: person.start_date,
      end: person.end_date,
    }) as LessonFactRow[];
  return rows.map((row) => {
    const lessonMinutes = minutesBetween(row.start_time, row.end_time);
    const attendedMinutes = row.status === 'present' ? lessonMinutes : row.status === 'partial' ? row.minutes_attended ?? 0 : 0;
    return {
      lessonId: row.id,
      date: row.date,
      startTime: row.start_time,
      endTime: row.end_time,
      title: row.title,
      lessonMinutes,
      // A lesson with a record has taken place, even if it is dated later than today.
      future: row.date > today && row.status === null,
      status: row.status,
      attendedMinutes,
    };
  });
}

/** Sums a list of lessons; absence and valid absence count as planned but not attended. */
export function totalsOf(lessons: readonly LedgerLesson[]): HoursTotals {
  const totals: HoursTotals = {
    lessonCount: lessons.length, plannedMinutes: 0, futureMinutes: 0, attendedMinutes: 0,
    validAbsenceMinutes: 0, absentMinutes: 0, unrecordedMinutes: 0, percent: null,
  };
  for (const lesson of lessons) {
    if (lesson.future) {
      totals.futureMinutes += lesson.lessonMinutes;
      continue;
    }
    totals.plannedMinutes += lesson.lessonMinutes;
    totals.attendedMinutes += lesson.attendedMinutes;
    if (lesson.status === 'valid_absence') totals.validAbsenceMinutes += lesson.lessonMinutes;
    if (lesson.status === 'absent') totals.absentMinutes += lesson.lessonMinutes;
    if (lesson.status === 'partial') totals.absentMinutes += lesson.lessonMinutes - lesson.attendedMinutes;
    if (lesson.status === null) totals.unrecordedMinutes += lesson.lessonMinutes;
  }
  if (totals.plannedMinutes > 0) totals.percent = Math.round((totals.attendedMinutes / totals.plannedMinutes) * 1000) / 10;
  return totals;
}

/** Classes the participant is in now, or has attendance in from before; only `courseId` when given. */
function classesOf(db: Database, participantId: string, courseId?: string): { id: string; name: string }[] {
  if (courseId !== undefined) {
    // One class: two lookups that stop at the first hit, instead of visiting every record of the participant.
    return db
      .prepare(
        `SELECT c.id, c.name FROM course c WHERE c.id = @courseId AND c.deleted_at IS NULL AND (
           EXISTS (SELECT 1 FROM enrolment e WHERE e.participant_id = @id AND e.course_id = c.id AND e.deleted_at IS NULL)
           OR EXISTS (SELECT 1 FROM attendance a JOIN lesson l ON l.id = a.lesson_id
                      WHERE a.participant_id = @id AND l.course_id = c.id AND a.deleted_at IS NULL AND l.deleted_at IS NULL))`,
      )
      .all({ id: participantId, courseId }) as { id: string; name: string }[];
  }
  const rows = db
    .prepare(
      `SELECT c.id, c.name, c.start_date FROM course c WHERE c.deleted_at IS NULL AND (
         c.id IN (SELECT course_id FROM enrolment WHERE participant_id = @id AND deleted_at IS NULL)
         OR c.id IN (SELECT l.course_id FROM attendance a JOIN lesson l ON l.id = a.lesson_id
                     WHERE a.participant_id = @id AND a.deleted_at IS NULL AND l.deleted_at IS NULL))
       ORDER BY c.start_date, c.id`,
    )
    .all({ id: participantId }) as { id: string; name: string }[];
  return rows;
}

/** A participant's hours per class and in total, for the participant page and later for certificates. */
export function hoursLedger(db: Database, input: ParsedInput<'attendance.ledger'>, today = localToday()): HoursLedger {
  const person = participantFacts(db, input.participantId);
  if (input.courseId !== undefined) {
    const course = db.prepare('SELECT 1 FROM course WHERE id = ? AND deleted_at IS NULL').get(input.courseId);
    if (!course) throw invalidField('courseId', 'unknownCourse');
  }
  const courses: LedgerCourse[] = classesOf(db, person.id, input.courseId)
    .filter((course) => input.courseId === undefined || course.id === input.courseId)
    .map((course) => {
      const lessons = ledgerLessons(db, course.id, person, today);
      return { courseId: course.id, courseName: course.name, totals: totalsOf(lessons), lessons };
    });
  return { participantId: person.id, today, courses, total: totalsOf(courses.flatMap((course) => course.lessons)) };
}

/** Per participant totals of one class: those enrolled now and anyone with a record in it. */
export function courseAttendanceSummary(db: Database, courseId: string, today = localToday()): CourseAttendanceSummary {
  const course = db.prepare('SELECT 1 FROM course WHERE id = ? AND deleted_at IS NULL').get(courseId);
  if (!course) throw notFound();
  const ids = db
    .prepare(
      `SELECT participant_id FROM enrolment WHERE course_id = @courseId AND deleted_at IS NULL
       UNION
       SELECT a.participant_id FROM attendance a JOIN lesson l ON l.id = a.lesson_id
       WHERE l.course_id = @courseId AND a.deleted_at IS NULL AND l.deleted_at IS NULL`,
    )
    .pluck()
    .all({ courseId }) as string[];
  const findPerson = db.prepare(
    'SELECT id, given_name, family_name, start_date, end_date FROM participant WHERE id = ? AND deleted_at IS NULL',
  );
  const rows = ids
    .flatMap((id) => {
      const person = findPerson.get(id) as ParticipantFacts | undefined;
      return person ? [person] : [];
    })
    .map((person) => ({
      participantId: person.id,
      givenName: person.given_name,
      familyName: person.family_name,
      totals: totalsOf(ledgerLessons(db, courseId, person, today)),
    }))
    .sort((a, b) => compareText(a.givenName, b.givenName) || compareText(a.familyName, b.familyName));
  return { courseId, today, rows };
}
