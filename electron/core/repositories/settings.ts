import type { Database } from 'better-sqlite3';
import { defaultSettings, settingsSchema, type Settings } from '../../../shared/domain/settings';
import { now } from '../db/ids';

const settingFields = settingsSchema.shape;
const isSettingKey = (key: string): key is keyof Settings => Object.hasOwn(settingFields, key);

export function readSettings(db: Database): Settings {
  const rows = db.prepare('SELECT key, value FROM setting').all() as { key: string; value: string }[];
  const settings: Record<string, unknown> = { ...defaultSettings };
  for (const row of rows) {
    if (!isSettingKey(row.key)) continue;
    // A value this version does not understand (written by a later version, or damaged)
    // falls back to its default, one key at a time: the other settings are kept.
    let value: unknown;
    try {
      value = JSON.parse(row.value);
    } catch {
      continue;
    }
    const parsed = settingFields[row.key].safeParse(value);
    if (parsed.success) settings[row.key] = parsed.data;
  }
  return settings as Settings;
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
