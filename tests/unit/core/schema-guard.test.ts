import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/connection';
import { latestSchemaVersion } from '../../../electron/core/db/migrations';
import { schemaRows } from '../helpers/db-dump';
import { tempDir } from '../helpers/temp-dir';

/**
 * Schema guard (DESIGN.md "Data and files"): the fully migrated schema must equal the
 * committed snapshot in __snapshots__/schema.sql. A schema change has to come from a new
 * migration and then be accepted on purpose by updating the snapshot:
 *
 *   npx vitest run --config tests/vitest.config.ts tests/unit/core/schema-guard.test.ts --update
 *
 * and the diff of schema.sql is reviewed with the migration. In CI (CI=true) vitest never
 * writes snapshots, so a forgotten update fails there.
 */
const header = [
  '-- Schema guard snapshot: the fully migrated Språkbro schema, as stored in sqlite_schema',
  '-- (ordered by name, whitespace folded). Checked by tests/unit/core/schema-guard.test.ts.',
  '-- Do not edit by hand. Change the schema only with a new migration',
  '-- (electron/core/db/migrations/NNNN-name.ts and tests/unit/core/migrations/NNNN-name.test.ts),',
  '-- never by editing an old one, then regenerate this file and review the diff:',
  '--   npx vitest run --config tests/vitest.config.ts tests/unit/core/schema-guard.test.ts --update',
];

function schemaSnapshot(rows: ReturnType<typeof schemaRows>, version: number): string {
  const body = rows.map((row) =>
    row.sql === null
      ? `-- ${row.type} ${row.name} on ${row.tbl_name} (made by SQLite)`
      : `-- ${row.type} ${row.name} on ${row.tbl_name}\n${row.sql};`,
  );
  return `${[...header, '--', `-- user_version = ${version}`, '', ...body].join('\n')}\n`;
}

describe('schema guard', () => {
  it('matches the committed snapshot', async () => {
    const db = openDatabase(':memory:');
    const snapshot = schemaSnapshot(schemaRows(db), db.pragma('user_version', { simple: true }) as number);
    db.close();
    await expect(snapshot).toMatchFileSnapshot('./__snapshots__/schema.sql');
  });

  it('reaches the same schema from every older version as from an empty database', () => {
    const fresh = openDatabase(':memory:');
    const expected = schemaRows(fresh);
    fresh.close();
    expect(expected.length).toBeGreaterThan(0);
    for (let from = 0; from < latestSchemaVersion; from++) {
      const file = join(tempDir(), `from-${from}.db`);
      openDatabase(file, { targetVersion: from }).close();
      const upgraded = openDatabase(file);
      expect(upgraded.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      expect(schemaRows(upgraded), `upgrade from version ${from}`).toEqual(expected);
      upgraded.close();
    }
  });
});
