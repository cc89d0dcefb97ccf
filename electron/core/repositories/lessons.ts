import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import type { Lesson, LessonStatus, MotherTongueSupport } from '../../../shared/domain/lessons';
import { invalidField, notFound } from '../db/errors';
import { newId, now } from '../db/ids';
import { parseStringArray } from '../db/json';
import { closedDays, isSchoolDay } from '../services/calendar/school-days';
import { sanitiseLessonHtml } from '../services/lessons/sanitise-html';
import { syncLessonMaterials } from '../services/materials/lesson-materials';
import { recordVersion } from '../services/lessons/versions';

export interface LessonRow {
  id: string;
  course_id: string;
  theme_id: string | null;
  date: string;
  start_time: string;
  end_time: string;
  title: string;
  body_html: string;
  status: LessonStatus;
  locked: number;
  slot_index: number;
  mother_tongue_support: string | null;
  created_at: string;
  updated_at: string;
  goal_ids: string;
}

export const lessonGoalIds = `(
    SELECT json_group_array(g.goal_id) FROM (
      SELECT goal_id FROM lesson_goal WHERE lesson_id = l.id ORDER BY position
    ) g
  ) AS goal_ids`;

export const selectLesson = `SELECT l.*, ${lessonGoalIds} FROM lesson l`;

function parseSupport(text: string | null): MotherTongueSupport | null {
  if (text === null) return null;
  const value = JSON.parse(text) as Partial<MotherTongueSupport>;
  return {
    assistantIds: Array.isArray(value.assistantIds) ? value.assistantIds : [],
    languages: Array.isArray(value.languages) ? value.languages : [],
  };
}

export function toLesson(row: LessonRow): Lesson {
  return {
    id: row.id,
    courseId: row.course_id,
    themeId: row.theme_id,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    title: row.title,
    bodyHtml: row.body_html,
    status: row.status,
    locked: row.locked === 1,
    slotIndex: row.slot_index,
    support: parseSupport(row.mother_tongue_support),
    goalIds: parseStringArray(row.goal_ids),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getLesson(db: Database, id: string): Lesson {
  const row = db.prepare(`${selectLesson} WHERE l.id = ? AND l.deleted_at IS NULL`).get(id) as LessonRow | undefined;
  if (!row) throw notFound();
  return toLesson(row);
}

export interface CourseDates {
  id: string;
  start_date: string;
  end_date: string;
}

export function courseDates(db: Database, courseId: string, path = 'courseId'): CourseDates {
  const course = db
    .prepare('SELECT id, start_date, end_date FROM course WHERE id = ? AND deleted_at IS NULL')
    .get(courseId) as CourseDates | undefined;
  if (!course) throw invalidField(path, 'unknownCourse');
  return course;
}

/** Every goal id must name a goal of the catalogue or a teacher's goal (retired ones too). */
export function checkGoals(db: Database, ids: readonly string[], path = 'goalIds'): void {
  const find = db.prepare('SELECT 1 FROM goal WHERE id = ?');
  for (const [index, id] of ids.entries()) {
    if (!find.get(id)) throw invalidField(`${path}.${index}`, 'unknownGoal');
  }
}

function checkTheme(db: Database, courseId: string, themeId: string | null): void {
  if (themeId === null) return;
  const theme = db.prepare('SELECT 1 FROM theme WHERE id = ? AND course_id = ? AND deleted_at IS NULL').get(themeId, courseId);
  if (!theme) throw invalidField('themeId', 'unknownTheme');
}

function checkSupport(db: Database, support: MotherTongueSupport | null): void {
  const find = db.prepare('SELECT 1 FROM staff WHERE id = ? AND deleted_at IS NULL');
  for (const [index, id] of (support?.assistantIds ?? []).entries()) {
    if (!find.get(id)) throw invalidField(`support.assistantIds.${index}`, 'unknownStaff');
  }
}

function checkInCourse(course: CourseDates, date: string, path = 'date'): void {
  if (date < course.start_date || date > course.end_date) throw invalidField(path, 'outsideCourse');
}

function replaceLessonGoals(db: Database, lessonId: string, goalIds: readonly string[]): void {
  const stamp = now();
  db.prepare('DELETE FROM lesson_goal WHERE lesson_id = ?').run(lessonId);
  const insert = db.prepare(
    'INSERT INTO lesson_goal (lesson_id, goal_id, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  goalIds.forEach((goalId, position) => insert.run(lessonId, goalId, position, stamp, stamp));
}

/** The slot after the last live lesson of the day. */
export function nextSlot(db: Database, courseId: string, date: string): number {
  const row = db
    .prepare('SELECT max(slot_index) AS last FROM lesson WHERE course_id = ? AND date = ? AND deleted_at IS NULL')
    .get(courseId, date) as { last: number | null };
  return row.last === null ? 0 : row.last + 1;
}

export interface NewLesson {
  courseId: string;
  date: string;
  startTime: string;
  endTime: string;
  title: string;
  themeId: string | null;
  goalIds: readonly string[];
  support: MotherTongueSupport | null;
  bodyHtml: string;
  locked: boolean;
  status: LessonStatus;
}

/** Stores a lesson that has been checked; returns its id. */
export function insertLesson(db: Database, lesson: NewLesson, stamp = now()): string {
  const id = newId();
  const body = sanitiseLessonHtml(lesson.bodyHtml);
  db.prepare(
    `INSERT INTO lesson (id, course_id, theme_id, date, start_time, end_time, title, body_html, status, locked,
       slot_index, mother_tongue_support, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id, lesson.courseId, lesson.themeId, lesson.date, lesson.startTime, lesson.endTime, lesson.title, body,
    lesson.status, lesson.locked ? 1 : 0, nextSlot(db, lesson.courseId, lesson.date),
    lesson.support === null ? null : JSON.stringify(lesson.support), stamp, stamp,
  );
  if (lesson.goalIds.length > 0) replaceLessonGoals(db, id, lesson.goalIds);
  if (body !== '') recordVersion(db, id, body, { force: true });
  if (body !== '') syncLessonMaterials(db, id, body);
  return id;
}

export function createLesson(db: Database, input: ParsedInput<'lessons.create'>): Lesson {
  const course = courseDates(db, input.courseId);
  checkInCourse(course, input.date);
  checkTheme(db, input.courseId, input.themeId);
  checkGoals(db, input.goalIds);
  checkSupport(db, input.support);
  return getLesson(db, insertLesson(db, input));
}

export function updateLesson(db: Database, input: ParsedInput<'lessons.update'>): Lesson {
  const current = getLesson(db, input.id);
  const next = {
    date: input.date ?? current.date,
    startTime: input.startTime ?? current.startTime,
    endTime: input.endTime ?? current.endTime,
    title: input.title ?? current.title,
    themeId: input.themeId === undefined ? current.themeId : input.themeId,
    support: input.support === undefined ? current.support : input.support,
    locked: input.locked ?? current.locked,
    status: input.status ?? current.status,
  };
  // The schema checks the time pair only when both halves are in the input.
  if (next.endTime <= next.startTime) throw invalidField('endTime', 'endBeforeStart');
  if (input.date !== undefined) checkInCourse(courseDates(db, current.courseId), input.date);
  if (input.themeId !== undefined) checkTheme(db, current.courseId, input.themeId);
  if (input.support !== undefined) checkSupport(db, input.support);
  if (input.goalIds) checkGoals(db, input.goalIds);
  const slot = next.date === current.date ? current.slotIndex : nextSlot(db, current.courseId, next.date);
  db.prepare(
    `UPDATE lesson SET date = ?, start_time = ?, end_time = ?, title = ?, theme_id = ?, mother_tongue_support = ?,
       locked = ?, status = ?, slot_index = ?, updated_at = ? WHERE id = ?`,
  ).run(
    next.date, next.startTime, next.endTime, next.title, next.themeId,
    next.support === null ? null : JSON.stringify(next.support), next.locked ? 1 : 0, next.status, slot, now(), input.id,
  );
  if (input.goalIds) replaceLessonGoals(db, input.id, input.goalIds);
  if (input.bodyHtml !== undefined) {
    const body = sanitiseLessonHtml(input.bodyHtml);
    if (body !== current.bodyHtml) {
      db.prepare('UPDATE lesson SET body_html = ? WHERE id = ?').run(body, input.id);
      recordVersion(db, input.id, body);
      syncLessonMaterials(db, input.id, body);
    }
  }
  return getLesson(db, input.id);
}

/** Lessons of one class and day, in slot order. */
export function lessonsOfDay(db: Database, courseId: string, date: string): { id: string; slot_index: number }[] {
  return db
    .prepare(
      `SELECT id, slot_index FROM lesson WHERE course_id = ? AND date = ? AND deleted_at IS NULL
       ORDER BY slot_index, start_time, id`,
    )
    .all(courseId, date) as { id: string; slot_index: number }[];
}

/** Numbers a day's lessons 0, 1, 2, … in the given order. */
export function renumberDay(db: Database, ids: readonly string[], stamp = now()): void {
  const update = db.prepare('UPDATE lesson SET slot_index = ?, updated_at = ? WHERE id = ? AND slot_index IS NOT ?');
  ids.forEach((id, index) => update.run(index, stamp, id, index));
}

/** Moves one lesson to a day and a place in that day's order; the days it leaves and joins are renumbered. */
export function moveLesson(db: Database, input: ParsedInput<'lessons.move'>): Lesson {
  const lesson = getLesson(db, input.id);
  checkInCourse(courseDates(db, lesson.courseId), input.date);
  if (!isSchoolDay(input.date, closedDays(db, input.date, input.date, lesson.courseId))) {
    throw invalidField('date', 'closedDay');
  }
  const stamp = now();
  db.prepare('UPDATE lesson SET date = ?, updated_at = ? WHERE id = ?').run(input.date, stamp, input.id);
  const others = lessonsOfDay(db, lesson.courseId, input.date).map((row) => row.id).filter((id) => id !== input.id);
  const at = Math.min(input.slotIndex, others.length);
  renumberDay(db, [...others.slice(0, at), input.id, ...others.slice(at)], stamp);
  if (lesson.date !== input.date) {
    renumberDay(db, lessonsOfDay(db, lesson.courseId, lesson.date).map((row) => row.id), stamp);
  }
  return getLesson(db, input.id);
}
