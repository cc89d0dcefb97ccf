import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GoalImportPreview } from '../../../../shared/domain/goals';
import { hashDatabase } from '../../helpers/db-dump';
import { errorOf } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';
import { addGoal, fixtureText } from './goal-fixtures';

let api: TestApi;
beforeEach(() => {
  api = createTestApi();
});
afterEach(() => api.db.close());

const preview = (content: string) => api.value('goals.importPreview', { format: 'csv', content });
const errorsOf = (result: GoalImportPreview) =>
  result.rows.flatMap((row) => row.errors.map((error) => `${error.line}:${error.field}:${error.code}`));

describe('CSV import preview', () => {
  it('reads ; with a UTF-8 BOM, Windows line breaks, quoted fields and doubled quotes', () => {
    const result = preview(fixtureText('csv', 'goals-semicolon-bom.csv'));
    expect(errorsOf(result)).toEqual([]);
    expect(result).toMatchObject({ validCount: 3, errorCount: 0, duplicateCount: 0 });
    expect(result.rows.map((row) => row.line)).toEqual([2, 3, 4]);
    expect(result.rows[0]?.goal).toMatchObject({ level: 'A1', skill: 'lese', domain: 'arbeidsliv', trade: 'renhold' });
    expect(result.rows[1]?.goal).toMatchObject({
      skill: 'muntlig-samhandling', trade: 'lager-og-logistikk', textNb: 'Jeg kan si fra om en skadet pall; også på telefon',
    });
    expect(result.rows[2]?.goal).toMatchObject({
      domain: 'barnehage-og-skole', trade: null, textNb: 'Jeg kan skrive et kort "takk for i dag" til foreldrene',
    });
  });

  it('reads , as delimiter and the names teachers see ("Muntlig produksjon", "Restaurant og kjøkken", "b1")', () => {
    const result = preview(fixtureText('csv', 'goals-comma.csv'));
    expect(errorsOf(result)).toEqual([]);
    expect(result.rows[1]?.goal).toMatchObject({ level: 'B1', skill: 'muntlig-produksjon', trade: 'restaurant-og-kjokken' });
  });

  it('reports every bad row with its line number and field, and duplicates in the file', () => {
    const result = preview(fixtureText('csv', 'goals-bad-rows.csv'));
    expect(errorsOf(result)).toEqual([
      '3:level:invalidLevel',
      '4:skill:invalidSkill',
      '5:domain:invalidDomain',
      '6:trade:invalidTrade',
      '7:nb:required',
      '8:row:wrongColumnCount',
      '8:nb:required',
      '9:nb:duplicateInFile',
    ]);
    expect(result).toMatchObject({ validCount: 1, errorCount: 7, duplicateCount: 1 });
  });

  it('counts lines across quoted line breaks and blank lines', () => {
    const result = preview(fixtureText('csv', 'goals-multiline.csv'));
    expect(result.rows.map((row) => row.line)).toEqual([3, 5]);
    expect(result.rows[0]?.goal?.textNb).toBe('Jeg kan skrive en kort hilsen\npå et kort til en venn');
    expect(errorsOf(result)).toEqual(['5:level:invalidLevel']);
  });

  it('detects a Latin-1 file read as UTF-8 (replacement characters) on the line where it shows', () => {
    const content = fixtureText('csv', 'goals-latin1.csv');
    expect(content).toContain('\uFFFD');
    expect(errorsOf(preview(content))).toEqual(['3:row:badEncoding']);
  });

  it('refuses a quote that never closes and a text with NUL bytes, on their lines', () => {
    const header = 'level;skill;domain;nb\n';
    expect(errorsOf(preview(`${header}A1;lese;arbeidsliv;Jeg kan lese\nA2;lese;arbeidsliv;"Jeg kan lese en vaktliste\n`))).toContain('3:row:unclosedQuote');
    expect(errorsOf(preview(`${header}A1;lese;arbeidsliv;Jeg kan\u0000 lese\n`))).toEqual(['2:row:badEncoding']);
  });

  it('detects UTF-8 text that was saved after being read as Latin-1 ("pÃ¥")', () => {
    expect(errorsOf(preview(fixtureText('csv', 'goals-mojibake.csv')))).toEqual(['2:row:badEncoding']);
  });

  it('explains a header it does not know, and a file without goals', () => {
    expect(errorsOf(preview(fixtureText('csv', 'goals-bad-header.csv')))).toEqual([
      '1:level:missingHeader', '1:skill:missingHeader', '1:domain:missingHeader', '1:nb:missingHeader',
    ]);
    expect(errorsOf(preview('level;skill;domain;trade;nb;en\n'))).toEqual(['0:content:noRows']);
    expect(errorsOf(preview('\n\n'))).toEqual(['0:content:noRows']);
    expect(errorsOf(preview('level;skill;domain;nb;bogus\nA1;lese;bolig;Jeg kan;x'))).toEqual(['1:header:missingHeader']);
  });

  it('marks goals that already exist as duplicates', () => {
    addGoal(api, { level: 'A1', skill: 'lese', textNb: 'Jeg kan finne riktig vaskemiddel på tralla' });
    const result = preview(fixtureText('csv', 'goals-semicolon-bom.csv'));
    expect(errorsOf(result)).toEqual(['2:nb:duplicateExisting']);
    expect(result.duplicateCount).toBe(1);
  });

  it('never changes the database', () => {
    const before = hashDatabase(api.db);
    preview(fixtureText('csv', 'goals-semicolon-bom.csv'));
    preview(fixtureText('csv', 'goals-bad-rows.csv'));
    expect(hashDatabase(api.db)).toBe(before);
  });

  it('survives hostile content without an internal error', () => {
    for (const content of ['"', '"""', ';;;;', '\u0000', 'level\n"unclosed', 'a,b\n1,2,3,4,5', '\uFEFF', ',', ';\n;\n;']) {
      expect(api.raw('goals.importPreview', { format: 'csv', content }).ok, JSON.stringify(content)).toBe(true);
    }
  });
});

describe('CSV import commit', () => {
  it('imports a clean file in one go, as goals of source "import"', () => {
    const result = api.value('goals.importCommit', { format: 'csv', content: fixtureText('csv', 'goals-semicolon-bom.csv') });
    expect(result.imported).toBe(3);
    const stored = result.ids.map((id) => api.value('goals.get', { id }));
    expect(stored.map((goal) => goal.source)).toEqual(['import', 'import', 'import']);
    expect(api.value('goals.search', { query: 'skadet pall' }).map((goal) => goal.id)).toEqual([result.ids[1]]);
    // The same file again is all duplicates: nothing more is imported.
    const again = errorOf(api.call('goals.importCommit', { format: 'csv', content: fixtureText('csv', 'goals-semicolon-bom.csv') }));
    expect(again.code).toBe('validation');
  });

  it('imports nothing when one line is bad, and says which line', () => {
    const before = hashDatabase(api.db);
    const error = errorOf(api.call('goals.importCommit', { format: 'csv', content: fixtureText('csv', 'goals-bad-rows.csv') }));
    expect(error.code).toBe('validation');
    expect(error.params).toEqual({ errorCount: 7 });
    expect(error.issues).toContainEqual({ path: 'line.3.level', code: 'invalidValue', params: { line: 3 } });
    expect(error.issues).toContainEqual({ path: 'line.9.nb', code: 'duplicate', params: { line: 9 } });
    expect(hashDatabase(api.db)).toBe(before);
  });

  it('imports nothing from a wrongly encoded file', () => {
    const before = hashDatabase(api.db);
    const error = errorOf(api.call('goals.importCommit', { format: 'csv', content: fixtureText('csv', 'goals-latin1.csv') }));
    expect(error.issues).toEqual([{ path: 'line.3.row', code: 'badEncoding', params: { line: 3 } }]);
    expect(hashDatabase(api.db)).toBe(before);
  });

  it('refuses content over the size limit and an unknown format', () => {
    expect(errorOf(api.raw('goals.importPreview', { format: 'csv', content: 'x'.repeat(2_000_001) })).issues).toEqual([
      { path: 'content', code: 'tooLong', params: { max: 2_000_000 } },
    ]);
    expect(errorOf(api.raw('goals.importPreview', { format: 'xlsx', content: 'x' })).issues).toEqual([
      { path: 'format', code: 'invalidValue' },
    ]);
  });
});
