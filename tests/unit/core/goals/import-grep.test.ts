import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GoalImportPreview } from '../../../../shared/domain/goals';
import { hashDatabase } from '../../helpers/db-dump';
import { errorOf } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';
import { fixtureText } from './goal-fixtures';

let api: TestApi;
beforeEach(() => {
  api = createTestApi();
});
afterEach(() => api.db.close());

const defaults = { level: 'B1', skill: 'lese', domain: 'arbeidsliv', trade: 'helse-og-omsorg' } as const;
const preview = (content: string, withDefaults = true) =>
  api.value('goals.importPreview', { format: 'grep-json', content, ...(withDefaults ? { defaults } : {}) });
const errorsOf = (result: GoalImportPreview) =>
  result.rows.flatMap((row) => row.errors.map((error) => `${error.line}:${error.field}:${error.code}`));

describe('Grep (KL06 v201906) import', () => {
  it('maps tittel nob → Norwegian, eng → English, kode and id, and takes level, skill and domain from the dialog', () => {
    const result = preview(fixtureText('grep', 'kompetansemaal-v201906.json'));
    expect(errorsOf(result)).toEqual([]);
    expect(result.validCount).toBe(3);
    expect(result.rows[0]?.goal).toEqual({
      ...defaults,
      textNb: 'planlegge og gjennomføre enkle stelleoppgaver etter en tiltaksplan',
      textEn: 'plan and carry out simple care tasks following a care plan',
      grepCode: 'K9001',
      grepId: '3f0c1a52-7d1e-4b8a-9c1e-2a6f5b7d9e01',
      status: 'active',
    });
    expect(result.rows[2]?.goal).toMatchObject({ textEn: '', status: 'retired' });
  });

  it('reads the older {noekkel, verdi} titles inside a kompetansemaalsett object', () => {
    const result = preview(fixtureText('grep', 'kompetansemaalsett-noekkel.json'));
    expect(errorsOf(result)).toEqual([]);
    expect(result.rows.map((row) => row.goal?.grepCode)).toEqual(['K9101', 'K9102']);
    expect(result.rows[0]?.goal?.textEn).toBe('choose cleaning method and product according to surface and soiling');
  });

  it('reports duplicate ids, goals without a Norwegian title and entries that are not goals, by position', () => {
    const result = preview(fixtureText('grep', 'kompetansemaal-bad.json'));
    expect(errorsOf(result)).toEqual(['2:id:duplicateId', '3:nb:required', '4:row:notGrep']);
    expect(result).toMatchObject({ validCount: 1, errorCount: 3, duplicateCount: 1 });
  });

  it('needs the level, skill and domain from the dialog', () => {
    expect(errorsOf(preview(fixtureText('grep', 'kompetansemaal-v201906.json'), false))).toEqual(['0:defaults:missingDefaults']);
  });

  it('explains a file that is not JSON or not a Grep export', () => {
    expect(errorsOf(preview('{ not json'))).toEqual(['0:content:notJson']);
    expect(errorsOf(preview(fixtureText('grep', 'not-grep.json')))).toEqual(['0:content:notGrep']);
    expect(errorsOf(preview('[]'))).toEqual(['0:content:noRows']);
  });

  it('imports all goals in one transaction, then refuses the same Grep ids again', () => {
    const content = fixtureText('grep', 'kompetansemaal-v201906.json');
    const result = api.value('goals.importCommit', { format: 'grep-json', content, defaults });
    expect(result.imported).toBe(3);
    expect(api.value('goals.search', { query: 'K9002' }).map((goal) => goal.grepCode)).toEqual(['K9002']);
    const retired = api.value('goals.get', { id: result.ids[2]! });
    expect(retired).toMatchObject({ status: 'retired', source: 'import', grepCode: 'K9003' });

    const before = hashDatabase(api.db);
    const again = errorOf(api.call('goals.importCommit', { format: 'grep-json', content, defaults }));
    expect(again.issues).toContainEqual({ path: 'line.1.id', code: 'duplicate', params: { line: 1 } });
    expect(hashDatabase(api.db)).toBe(before);
  });

  it('imports nothing from a file with one bad entry', () => {
    const before = hashDatabase(api.db);
    const error = errorOf(api.call('goals.importCommit', { format: 'grep-json', content: fixtureText('grep', 'kompetansemaal-bad.json'), defaults }));
    expect(error.code).toBe('validation');
    expect(hashDatabase(api.db)).toBe(before);
  });

  it('lets a binned imported goal come back only while no twin has been imported', () => {
    const content = fixtureText('grep', 'kompetansemaal-v201906.json');
    const [first] = api.value('goals.importCommit', { format: 'grep-json', content, defaults }).ids;
    api.value('goals.delete', { id: first! });
    const twin = JSON.stringify([JSON.parse(content)[0]]);
    api.value('goals.importCommit', { format: 'grep-json', content: twin, defaults: { ...defaults, level: 'A2' } });
    expect(errorOf(api.call('goals.restore', { id: first! })).code).toBe('conflict');
  });
});
