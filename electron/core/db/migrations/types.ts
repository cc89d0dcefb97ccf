import type { Database } from 'better-sqlite3';

/** One schema step. `version` equals the file's number and becomes PRAGMA user_version. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
