import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import type { Theme } from '../../../shared/domain/themes';
import { invalidField, notFound } from '../db/errors';
import { newId, now } from '../db/ids';
import { parseStringArray, stripUndefined } from '../db/json';
import { checkGoals, courseDates } from './lessons';

interface ThemeRow {
  id: string;
  course_id: string;
  name: string;
  start_date: string;
  end_date: string;
  key_words: string;
  note: string;
  created_at: string;
  updated_at: string;
  goal_ids: string;
  covered_goal_ids: string;
  lesson_count: number;
}

// A theme's goals "have lessons" when a planned, live lesson of the same class links to them.
const select = `
  SELECT t.*,
    (SELECT json_group_array(g.goal_id) FROM (
       SELECT goal_id FROM theme_goal WHERE theme_id = t.id ORDER BY position) g) AS goal_ids,
    (SELECT json_group_array(tg.goal_id) FROM theme_goal tg
       WHERE tg.theme_id = t.id AND EXISTS (
         SELECT 1 FROM lesson_goal lg JOIN lesson l ON l.id = lg.lesson_id
         WHERE lg.goal_id = tg.goal_id AND l.course_id = t.course_id AND l.deleted_at IS NULL AND l.status = 'planned'
       )) AS covered_goal_ids,
    (SELECT count(*) FROM lesson l WHERE l.theme_id = t.id AND l.deleted_at IS NULL AND l.status = 'planned') AS lesson_count
  FROM theme t`;

function toTheme(row: ThemeRow): Theme {
  return {
    id: row.id,
    courseId: row.course_id,
    name: row.name,
    startDate: row.start_date,
    endDate: row.end_date,
    keyWords: parseStringArray(row.key_words),
    goalIds: parseStringArray(row.goal_ids),
    goalIdsWithLessons: parseStringArray(row.covered_goal_ids),
    lessonCount: row.lesson_count,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listThemes(db: Database, input: ParsedInput<'themes.list'>): Theme[] {
  courseDates(db, input.courseId);
  const rows = db
    .prepare(`${select} WHERE t.course_id = ? AND t.deleted_at IS NULL ORDER BY t.start_date, t.name, t.id`)
    .all(input.courseId) as ThemeRow[];
  return rows.map(toTheme);
}

export function getTheme(db: Database, id: string): Theme {
  const row = db.prepare(`${select} WHERE t.id = ? AND t.deleted_at IS NULL`).get(id) as ThemeRow | undefined;
  if (!row) throw notFound();
  return toTheme(row);
}

function replaceThemeGoals(db: Database, themeId: string, goalIds: readonly string[]): void {
  const stamp = now();
  db.prepare('DELETE FROM theme_goal WHERE theme_id = ?').run(themeId);
  const insert = db.prepare(
    'INSERT INTO theme_goal (theme_id, goal_id, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  goalIds.forEach((goalId, position) => insert.run(themeId, goalId, position, stamp, stamp));
}

export function createTheme(db: Database, input: ParsedInput<'themes.create'>): Theme {
  courseDates(db, input.courseId);
  checkGoals(db, input.goalIds);
  const id = newId();
  const stamp = now();
  db.prepare(
    `INSERT INTO theme (id, course_id, name, start_date, end_date, key_words, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, input.courseId, input.name, input.startDate, input.endDate, JSON.stringify(input.keyWords), input.note, stamp, stamp);
  replaceThemeGoals(db, id, input.goalIds);
  return getTheme(db, id);
}

export function updateTheme(db: Database, input: ParsedInput<'themes.update'>): Theme {
  const current = getTheme(db, input.id);
  const next = { ...current, ...stripUndefined(input) };
  if (next.endDate < next.startDate) throw invalidField('endDate', 'endBeforeStart');
  if (input.goalIds) checkGoals(db, input.goalIds);
  db.prepare(
    'UPDATE theme SET name = ?, start_date = ?, end_date = ?, key_words = ?, note = ?, updated_at = ? WHERE id = ?',
  ).run(next.name, next.startDate, next.endDate, JSON.stringify(next.keyWords), next.note, now(), input.id);
  if (input.goalIds) replaceThemeGoals(db, input.id, input.goalIds);
  return getTheme(db, input.id);
}
