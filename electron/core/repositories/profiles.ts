import type { Database } from 'better-sqlite3';
import type { Profile, ProfileListItem } from '../../../shared/domain/profiles';
import type { StaffRole } from '../../../shared/domain/staff';
import { compareText } from '../db/collate';
import { now } from '../db/ids';
import type { PinHash } from '../services/profiles/pin-hash';

interface ProfileRow {
  id: string;
  name: string;
  role: StaffRole;
  has_pin: number;
}

const select = `
  SELECT s.id, s.name, s.role, EXISTS (SELECT 1 FROM staff_pin p WHERE p.staff_id = s.id) AS has_pin
  FROM staff s`;

const toProfile = (row: ProfileRow): Profile => ({ staffId: row.id, name: row.name, role: row.role, hasPin: row.has_pin === 1 });

/** Every staff member still on the books, by name; never a hash or salt. */
export function listProfiles(db: Database): ProfileListItem[] {
  const last = lastProfileId(db);
  const rows = db.prepare(`${select} WHERE s.deleted_at IS NULL`).all() as ProfileRow[];
  return rows
    .map((row) => ({ ...toProfile(row), lastUsed: row.id === last }))
    .sort((a, b) => compareText(a.name, b.name));
}

/** The profile, or undefined when the staff member does not exist or was deleted. */
export function findProfile(db: Database, staffId: string): Profile | undefined {
  const row = db.prepare(`${select} WHERE s.id = ? AND s.deleted_at IS NULL`).get(staffId) as ProfileRow | undefined;
  return row ? toProfile(row) : undefined;
}

/** True once any staff member still on the books has a PIN: sign-in is then set up. */
export function anyPinSet(db: Database): boolean {
  return db.prepare(`SELECT 1 FROM staff_pin p JOIN staff s ON s.id = p.staff_id AND s.deleted_at IS NULL LIMIT 1`).get() !== undefined;
}

export function readPin(db: Database, staffId: string): PinHash | undefined {
  return db.prepare('SELECT hash, salt, cost FROM staff_pin WHERE staff_id = ?').get(staffId) as PinHash | undefined;
}

export function writePin(db: Database, staffId: string, pin: PinHash): void {
  const stamp = now();
  db.prepare(
    `INSERT INTO staff_pin (staff_id, hash, salt, cost, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (staff_id) DO UPDATE SET hash = excluded.hash, salt = excluded.salt, cost = excluded.cost, updated_at = excluded.updated_at`,
  ).run(staffId, pin.hash, pin.salt, pin.cost, stamp, stamp);
}

export function deletePin(db: Database, staffId: string): void {
  db.prepare('DELETE FROM staff_pin WHERE staff_id = ?').run(staffId);
}

export function lastProfileId(db: Database): string | undefined {
  const value = db.prepare('SELECT last_staff_id FROM profile_state WHERE id = 1').pluck().get() as string | null | undefined;
  return value ?? undefined;
}

export function rememberLastProfile(db: Database, staffId: string): void {
  db.prepare(
    `INSERT INTO profile_state (id, last_staff_id, updated_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET last_staff_id = excluded.last_staff_id, updated_at = excluded.updated_at`,
  ).run(staffId, now());
}
