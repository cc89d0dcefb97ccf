import type { Database } from 'better-sqlite3';
import { normalizeForSearch } from '../../../shared/domain/search-text';
import type { Staff, StaffRole } from '../../../shared/domain/staff';
import type { ParsedInput } from '../../../shared/api/contract';
import { compareText } from '../db/collate';
import { notFound } from '../db/errors';
import { newId, now } from '../db/ids';
import { parseStringArray, stripUndefined } from '../db/json';

interface StaffRow {
  id: string;
  name: string;
  role: StaffRole;
  languages: string;
  position_percent: number;
  email: string;
  phone: string;
  created_at: string;
  updated_at: string;
  course_ids: string | null;
}

const select = `
  SELECT s.*, (
    SELECT json_group_array(DISTINCT cs.course_id) FROM course_staff cs
    JOIN course c ON c.id = cs.course_id AND c.deleted_at IS NULL
    WHERE cs.staff_id = s.id
  ) AS course_ids
  FROM staff s`;

function toStaff(row: StaffRow): Staff {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    languages: parseStringArray(row.languages),
    positionPercent: row.position_percent,
    email: row.email,
    phone: row.phone,
    courseIds: row.course_ids ? parseStringArray(row.course_ids) : [],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listStaff(db: Database, filter: ParsedInput<'staff.list'>): Staff[] {
  const where = ['s.deleted_at IS NULL'];
  const params: string[] = [];
  if (filter.role) {
    where.push('s.role = ?');
    params.push(filter.role);
  }
  if (filter.search) {
    where.push('instr(s.search_text, ?) > 0');
    params.push(normalizeForSearch(filter.search));
  }
  const rows = db.prepare(`${select} WHERE ${where.join(' AND ')} ORDER BY s.id`).all(...params) as StaffRow[];
  return rows.map(toStaff).sort((a, b) => compareText(a.name, b.name));
}

export function getStaff(db: Database, id: string): Staff {
  const row = db.prepare(`${select} WHERE s.id = ? AND s.deleted_at IS NULL`).get(id) as StaffRow | undefined;
  if (!row) throw notFound();
  return toStaff(row);
}

export function createStaff(db: Database, input: ParsedInput<'staff.create'>): Staff {
  const id = newId();
  const stamp = now();
  db.prepare(
    `INSERT INTO staff (id, name, role, languages, position_percent, email, phone, search_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id, input.name, input.role, JSON.stringify(input.languages), input.positionPercent,
    input.email, input.phone, normalizeForSearch(input.name), stamp, stamp,
  );
  return getStaff(db, id);
}

export function updateStaff(db: Database, input: ParsedInput<'staff.update'>): Staff {
  const current = getStaff(db, input.id);
  const next = { ...current, ...stripUndefined(input) };
  db.prepare(
    `UPDATE staff SET name = ?, role = ?, languages = ?, position_percent = ?, email = ?, phone = ?,
       search_text = ?, updated_at = ? WHERE id = ?`,
  ).run(
    next.name, next.role, JSON.stringify(next.languages), next.positionPercent, next.email, next.phone,
    normalizeForSearch(next.name), now(), input.id,
  );
  return getStaff(db, input.id);
}
