import type { Database } from 'better-sqlite3';
import { sha256 } from './temp-dir';

/**
 * Every row of every table (and the schema version), in a stable order, so two dumps are
 * equal exactly when the stored data is. Row order inside a table does not matter.
 */
export function dumpDatabase(db: Database): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const parts = [`user_version=${String(db.pragma('user_version', { simple: true }))}`];
  for (const table of tables) {
    const rows = db
      .prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`)
      .raw()
      .all()
      .map((row) => JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value)))
      .sort();
    parts.push(`${table}(${rows.length})`, ...rows);
  }
  return parts.join('\n');
}

export const hashDatabase = (db: Database): string => sha256(dumpDatabase(db));

/** The schema as stored in sqlite_schema, whitespace folded, ordered by name. */
export function schemaRows(db: Database): { type: string; name: string; tbl_name: string; sql: string | null }[] {
  const rows = db
    .prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name')
    .all() as { type: string; name: string; tbl_name: string; sql: string | null }[];
  return rows.map((row) => ({ ...row, sql: row.sql === null ? null : normaliseSql(row.sql) }));
}

export const normaliseSql = (sql: string): string =>
  sql.replace(/\s+/g, ' ').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')').replace(/\s+,/g, ',').trim();
