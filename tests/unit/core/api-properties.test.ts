import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../electron/core/api/dispatch';
import { openDatabase } from '../../../electron/core/db/connection';
import { methodNames } from '../../../shared/api/contract';
import { errorCodes, type Result } from '../../../shared/result';
import { hashDatabase } from '../helpers/db-dump';
import type { Database } from 'better-sqlite3';

/**
 * Property-based fuzzing with fast-check of every API method, on a centre with data (the
 * example centre): whatever value arrives as input, the answer is an envelope (never a
 * throw), never 'internal', its error code is one we know, and no input the schema refuses
 * changes anything. Seeded, so a failure replays; fast-check shrinks it to the smallest input.
 * (api-fuzz.test.ts adds near-valid inputs made from each method's valid example.)
 */
const seed = 20261124;
const runsPerMethod = 100;

let db: Database;
let api: Api;
const internal: string[] = [];

beforeAll(() => {
  db = openDatabase(':memory:');
  api = createApi({ db, mode: 'test', version: '0.0.0-properties' }, {
    onInternalError: (method, error) => internal.push(`${method}: ${String(error)}`),
  });
  const created = api.call('exampleCentre.create', {}, { role: 'teacher' });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
});
afterAll(() => db.close());

/** Any JSON-like value, with the shapes inputs usually have weighted in. */
const anyInput = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.dictionary(fc.oneof(fc.constantFrom('id', 'courseId', 'participantId', 'date', 'name', 'search', 'query'), fc.string()), fc.anything({ maxDepth: 2 })),
  fc.record({ id: fc.oneof(fc.uuid(), fc.string()) }, { requiredKeys: [] }),
);

describe('API properties (fast-check)', () => {
  it('answers every method with a known envelope and never changes the database for refused input', () => {
    const before = hashDatabase(db);
    const changedBy: string[] = [];
    for (const method of methodNames) {
      fc.assert(
        fc.property(anyInput, (input) => {
          const startChanges = db.prepare('SELECT total_changes()').pluck().get() as number;
          let result: Result<unknown>;
          try {
            result = api.call(method, input, { role: 'teacher' });
          } catch (error) {
            throw new Error(`${method} threw: ${String(error)}`, { cause: error });
          }
          if (result.ok) {
            const endChanges = db.prepare('SELECT total_changes()').pluck().get() as number;
            if (endChanges !== startChanges) changedBy.push(method);
            return true;
          }
          expect(errorCodes).toContain(result.error.code);
          expect(result.error.code, `${method} ${JSON.stringify(input)?.slice(0, 200)}`).not.toBe('internal');
          return true;
        }),
        { seed, numRuns: runsPerMethod },
      );
    }
    expect(internal).toEqual([]);
    // Random values are (almost) never valid inputs for a change; if one was, it says which.
    expect(changedBy).toEqual([]);
    expect(hashDatabase(db)).toBe(before);
  }, 120_000);
});
