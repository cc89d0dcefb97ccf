import type { Database } from 'better-sqlite3';

/**
 * Finds every row about one participant by following the schema's foreign keys, not a
 * hand-kept list of tables: the participant's row, every row that points at it, every row
 * that points at one of those (a placement's status meetings, an assessment's evidence
 * links), and so on. A table added by a later migration is found the same way, so export
 * and deletion never fall behind the schema.
 */

interface ForeignKey {
  child: string;
  from: string;
  parent: string;
  /** The parent column; null means the parent's primary key. */
  to: string | null;
}

/**
 * Tables the walk never enters. Glossary terms and translations are shared teaching
 * material, not personal data (a term may show a participant's photo; deleting the photo
 * only clears that link). The privacy log keeps its entries, which lose the participant id
 * when the participant row goes (ON DELETE SET NULL).
 */
const notAbout = (table: string): boolean => table.startsWith('glossary_') || table === 'privacy_log';

export interface RowsAbout {
  /** Table name → the rows found in it, in the order the walk found the tables (parents first). */
  tables: Map<string, Record<string, unknown>[]>;
  /** Table name → the row keys found (rowid), for deletion. */
  keys: Map<string, unknown[]>;
}

function userTables(db: Database): string[] {
  return db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
       AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
}

const quoted = (name: string): string => `"${name.replaceAll('"', '""')}"`;

function foreignKeys(db: Database): ForeignKey[] {
  const keys: ForeignKey[] = [];
  for (const table of userTables(db)) {
    const list = db.prepare(`SELECT * FROM pragma_foreign_key_list(?)`).all(table) as { table: string; from: string; to: string | null }[];
    for (const key of list) keys.push({ child: table, from: key.from, parent: key.table, to: key.to });
  }
  return keys;
}

function hasRowid(db: Database, table: string): boolean {
  const sql = db.prepare(`SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?`).pluck().get(table) as string;
  return !/WITHOUT\s+ROWID/iu.test(sql);
}

/** At most this many ids go into one IN (...) list; SQLite's default limit is far above it. */
const chunk = 500;

function rowsWhere(db: Database, table: string, column: string, values: unknown[]): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  for (let start = 0; start < values.length; start += chunk) {
    const part = values.slice(start, start + chunk);
    const marks = part.map(() => '?').join(', ');
    found.push(
      ...(db.prepare(`SELECT rowid AS "__rowid", * FROM ${quoted(table)} WHERE ${quoted(column)} IN (${marks})`).all(...part) as Record<
        string,
        unknown
      >[]),
    );
  }
  return found;
}

/** Every row about the participant (their own included), or undefined when there is no such participant. */
export function rowsAbout(db: Database, participantId: string): RowsAbout | undefined {
  const own = rowsWhere(db, 'participant', 'id', [participantId]);
  if (own.length === 0) return undefined;
  const references = foreignKeys(db).filter((key) => !notAbout(key.child));
  const tables = new Map<string, Record<string, unknown>[]>([['participant', own]]);
  const seen = new Map<string, Set<unknown>>([['participant', new Set(own.map((row) => row.__rowid))]]);
  // Rows found but whose children are not looked for yet.
  const pending: { table: string; rows: Record<string, unknown>[] }[] = [{ table: 'participant', rows: own }];

  while (pending.length > 0) {
    const { table, rows } = pending.shift()!;
    for (const key of references.filter((reference) => reference.parent === table)) {
      // A key without a named column points at the parent's primary key: here always `id`.
      const parentColumn = key.to ?? 'id';
      const values = [...new Set(rows.map((row) => row[parentColumn]).filter((value) => value !== null && value !== undefined))];
      if (values.length === 0 || !hasRowid(db, key.child)) continue;
      const known = seen.get(key.child) ?? new Set<unknown>();
      seen.set(key.child, known);
      const fresh = rowsWhere(db, key.child, key.from, values).filter((row) => !known.has(row.__rowid));
      if (fresh.length === 0) continue;
      for (const row of fresh) known.add(row.__rowid);
      tables.set(key.child, [...(tables.get(key.child) ?? []), ...fresh]);
      pending.push({ table: key.child, rows: fresh });
    }
  }

  const keys = new Map<string, unknown[]>();
  for (const [table, rows] of tables) keys.set(table, rows.map((row) => row.__rowid));
  for (const rows of tables.values()) for (const row of rows) delete row.__rowid;
  return { tables, keys };
}

/** Removes the rows the walk found; foreign keys are checked once, at the end of the transaction. */
export function deleteRows(db: Database, found: RowsAbout): number {
  db.pragma('defer_foreign_keys = ON');
  // Children first (the reverse of the order found), though deferred keys make the order free.
  // A row a cascade already took is simply not there any more.
  for (const [table, keys] of [...found.keys].reverse()) {
    const statement = db.prepare(`DELETE FROM ${quoted(table)} WHERE rowid = ?`);
    for (const key of keys) statement.run(key);
  }
  return [...found.keys.values()].reduce((sum, keys) => sum + keys.length, 0);
}

/** Every user table's name, for the checks that scan the whole database. */
export const tablesOf = userTables;
export const quotedName = quoted;
