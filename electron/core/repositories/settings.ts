import type { Database } from 'better-sqlite3';
import { defaultSettings, settingsSchema, type Settings } from '../../../shared/domain/settings';
import { now } from '../db/ids';

export function readSettings(db: Database): Settings {
  const rows = db.prepare('SELECT key, value FROM setting').all() as { key: string; value: string }[];
  const stored: Record<string, unknown> = {};
  for (const row of rows) stored[row.key] = JSON.parse(row.value);
  // A value written by a later version that this one does not understand falls back to the default.
  const parsed = settingsSchema.partial().safeParse(stored);
  return { ...defaultSettings, ...(parsed.success ? parsed.data : {}) };
}

export function writeSettings(db: Database, changes: Partial<Settings>): Settings {
  const upsert = db.prepare(
    `INSERT INTO setting (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  const stamp = now();
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) upsert.run(key, JSON.stringify(value), stamp, stamp);
  }
  return readSettings(db);
}
