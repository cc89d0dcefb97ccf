import type { Database, Statement } from 'better-sqlite3';

/** Past this many different SQL texts the cache starts over (texts with values written into them would grow it forever). */
const maxStatements = 1000;

/**
 * The same connection, with each SQL text compiled once. Repositories call db.prepare()
 * on every call, and compiling costs more than running the small queries behind a screen
 * (measured on the decade database: the week view, the hours ledger and a participant's
 * levels answer 1.4–2× faster in core). A statement from the cache is handed back in its
 * default mode (pluck, raw and expand off), as a fresh one would be. Everything else goes to
 * the connection itself, so transactions, pragmas and backups behave as before.
 */
export function withStatementCache(db: Database): Database {
  const statements = new Map<string, Statement>();
  const prepare = (sql: string): Statement => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      if (statements.size >= maxStatements) statements.clear();
      statement = db.prepare(sql);
      statements.set(sql, statement);
    } else if (statement.reader) {
      statement.pluck(false).raw(false).expand(false);
    }
    return statement;
  };
  return new Proxy(db, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
