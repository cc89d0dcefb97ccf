import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import {
  cefrLevels,
  type CefrLevel,
  type Course,
  type WeekPattern,
} from '../../../shared/domain/courses';
import { normalizeForSearch } from '../../../shared/domain/search-text';
import { compareText } from '../db/collate';
import { invalidField, notFound } from '../db/errors';
import { newId, now } from '../db/ids';
import { parseStringArray, stripUndefined } from '../db/json';
import { checkParticipant } from './participants';

interface CourseRow {
  id: string;
  name: string;
  start_date: string;
  end_date: string;
  level_from: CefrLevel;
  level_to: CefrLevel;
  track: number;
  week_pattern: string;
  note: string;
  created_at: string;
  updated_at: string;
  teacher_ids: string;
  assistant_ids: string;
  participant_ids: string;
}

const staffIdsOf = (role: 'teacher' | 'assistant') => `(
    SELECT json_group_array(cs.staff_id) FROM (
      SELECT cs.staff_id FROM course_staff cs JOIN staff s ON s.id = cs.staff_id AND s.deleted_at IS NULL
      WHERE cs.course_id = c.id AND cs.role = '${role}' ORDER BY cs.position
    ) cs
  )`;

const select = `
  SELECT c.*,
    ${staffIdsOf('teacher')} AS teacher_ids,
    ${staffIdsOf('assistant')} AS assistant_ids,
    (SELECT json_group_array(e.participant_id) FROM enrolment e
      JOIN participant p ON p.id = e.participant_id AND p.deleted_at IS NULL
      WHERE e.course_id = c.id AND e.deleted_at IS NULL) AS participant_ids
  FROM course c`;

function toCourse(row: CourseRow): Course {
  return {
    id: row.id,
    name: row.name,
    startDate: row.start_date,
    endDate: row.end_date,
    levelFrom: row.level_from,
    levelTo: row.level_to,
    track: row.track,
    weekPattern: JSON.parse(row.week_pattern) as WeekPattern,
    note: row.note,
    teacherIds: parseStringArray(row.teacher_ids),
    assistantIds: parseStringArray(row.assistant_ids),
    participantIds: parseStringArray(row.participant_ids),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listCourses(db: Database, filter: ParsedInput<'courses.list'>): Course[] {
  const where = ['c.deleted_at IS NULL'];
  const params: string[] = [];
  if (filter.search) {
    where.push('instr(c.search_text, ?) > 0');
    params.push(normalizeForSearch(filter.search));
  }
  const rows = db
    .prepare(`${select} WHERE ${where.join(' AND ')} ORDER BY c.id`)
    .all(...params) as CourseRow[];
  // Newest first, then by name in Norwegian order (see compareText).
  const byDate = (a: Course, b: Course) => (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : 0);
  return rows.map(toCourse).sort((a, b) => byDate(a, b) || compareText(a.name, b.name));
}

export function findCourse(db: Database, id: string): Course | undefined {
  const row = db.prepare(`${select} WHERE c.id = ? AND c.deleted_at IS NULL`).get(id) as CourseRow | undefined;
  return row && toCourse(row);
}

export function getCourse(db: Database, id: string): Course {
  const course = findCourse(db, id);
  if (!course) throw notFound();
  return course;
}

/** Every id must name a live staff member. */
function checkStaff(db: Database, ids: readonly string[], path: string): void {
  const find = db.prepare('SELECT role FROM staff WHERE id = ? AND deleted_at IS NULL');
  for (const [index, id] of ids.entries()) {
    if (!find.get(id)) throw invalidField(`${path}.${index}`, 'unknownStaff');
  }
}

function replaceCourseStaff(db: Database, courseId: string, role: 'teacher' | 'assistant', ids: readonly string[]): void {
  const stamp = now();
  db.prepare('DELETE FROM course_staff WHERE course_id = ? AND role = ?').run(courseId, role);
  const insert = db.prepare(
    'INSERT INTO course_staff (course_id, staff_id, role, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  ids.forEach((staffId, position) => insert.run(courseId, staffId, role, position, stamp, stamp));
}

export function createCourse(db: Database, input: ParsedInput<'courses.create'>): Course {
  checkStaff(db, input.teacherIds, 'teacherIds');
  checkStaff(db, input.assistantIds, 'assistantIds');
  const id = newId();
  const stamp = now();
  db.prepare(
    `INSERT INTO course (id, name, start_date, end_date, level_from, level_to, track, week_pattern, note,
       search_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id, input.name, input.startDate, input.endDate, input.levelFrom, input.levelTo, input.track,
    JSON.stringify(input.weekPattern), input.note, normalizeForSearch(input.name), stamp, stamp,
  );
  replaceCourseStaff(db, id, 'teacher', input.teacherIds);
  replaceCourseStaff(db, id, 'assistant', input.assistantIds);
  return getCourse(db, id);
}

export function updateCourse(db: Database, input: ParsedInput<'courses.update'>): Course {
  const current = getCourse(db, input.id);
  const next = { ...current, ...stripUndefined(input) };
  // The schema checks a pair only when both halves are in the input; check the merged row here.
  if (next.endDate < next.startDate) throw invalidField('endDate', 'endBeforeStart');
  if (cefrLevels.indexOf(next.levelTo) < cefrLevels.indexOf(next.levelFrom)) {
    throw invalidField('levelTo', 'endBeforeStart');
  }
  if (input.teacherIds) checkStaff(db, input.teacherIds, 'teacherIds');
  if (input.assistantIds) checkStaff(db, input.assistantIds, 'assistantIds');
  db.prepare(
    `UPDATE course SET name = ?, start_date = ?, end_date = ?, level_from = ?, level_to = ?, track = ?,
       week_pattern = ?, note = ?, search_text = ?, updated_at = ? WHERE id = ?`,
  ).run(
    next.name, next.startDate, next.endDate, next.levelFrom, next.levelTo, next.track,
    JSON.stringify(next.weekPattern), next.note, normalizeForSearch(next.name), now(), input.id,
  );
  if (input.teacherIds) replaceCourseStaff(db, input.id, 'teacher', input.teacherIds);
  if (input.assistantIds) replaceCourseStaff(db, input.id, 'assistant', input.assistantIds);
  return getCourse(db, input.id);
}


export function enrol(db: Database, courseId: string, participantId: string): Course {
  if (!findCourse(db, courseId)) throw invalidField('courseId', 'unknownCourse');
  checkParticipant(db, participantId);
  const stamp = now();
  db.prepare(
    `INSERT INTO enrolment (id, course_id, participant_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (course_id, participant_id) DO UPDATE SET deleted_at = NULL, updated_at = excluded.updated_at`,
  ).run(newId(), courseId, participantId, stamp, stamp);
  return getCourse(db, courseId);
}

export function unenrol(db: Database, courseId: string, participantId: string): Course {
  if (!findCourse(db, courseId)) throw invalidField('courseId', 'unknownCourse');
  const result = db
    .prepare(
      `UPDATE enrolment SET deleted_at = ?, updated_at = ?
       WHERE course_id = ? AND participant_id = ? AND deleted_at IS NULL`,
    )
    .run(now(), now(), courseId, participantId);
  if (result.changes === 0) throw invalidField('participantId', 'unknownParticipant');
  return getCourse(db, courseId);
}
