import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';
import { hashDatabase } from '../../helpers/db-dump';
import { addTheme } from '../glossary/glossary-helpers';
import { b64, counts } from './helpers';

let api: TestApi;
let themeId: string;
beforeEach(() => {
  api = createTestApi();
  themeId = addTheme(api).id;
});
afterEach(() => api.db.close());

const preview = (content: string | Uint8Array, extra: { themeId?: string } = {}) =>
  api.value('glossary.import.preview', { format: 'csv', contentBase64: b64(content), ...extra });

describe('glossary CSV import', () => {
  it('previews new terms with line-numbered errors and stores nothing until the file is clean', () => {
    const file = [
      'norwegian;word_class;example;theme;ar;ar_translit;ti',
      'bleie;noun;Babyen trenger ny bleie.;;حفاضة;ḥifāḍa;ዳይፐር',
      'smokk;substantiv;"Smokken ligger',
      'i sengen.";;لهاية;;',
      ';verb;;;يغسل;;',
      'vaske;gjerning;;;يغسل;;ሓጸበ',
      'stellebord;noun;;Tema som ikke finnes;;;',
    ].join('\r\n');
    const before = hashDatabase(api.db);
    const result = preview(file, { themeId });
    expect(result).toMatchObject({ encoding: 'utf-8', delimiter: ';', languages: ['ar', 'ti'], fileErrors: [] });
    expect(result.rows.map((row) => [row.line, row.kind, row.errors.map((error) => `${error.field}:${error.code}`)])).toEqual([
      [2, 'newTerm', []],
      [3, 'newTerm', []],
      // The quoted example spans lines 3 and 4, so the next row starts on line 5.
      [5, 'error', ['norwegian:required']],
      [6, 'error', ['word_class:invalidWordClass']],
      [7, 'error', ['theme:unknownTheme']],
    ]);
    expect(result.rows[0]?.changes).toEqual([
      { field: 'ar', from: '', to: 'حفاضة' },
      { field: 'ar_translit', from: '', to: 'ḥifāḍa' },
      { field: 'ti', from: '', to: 'ዳይፐር' },
    ]);
    expect(result.counts).toEqual({ newTerms: 2, newTranslations: 0, changed: 0, unchanged: 0, errors: 3 });
    expect(hashDatabase(api.db)).toBe(before);

    const failed = errorOf(api.call('glossary.import.commit', { format: 'csv', contentBase64: b64(file), themeId }));
    expect(failed.code).toBe('validation');
    expect(failed.issues?.map((issue) => issue.path)).toEqual(['line.5.norwegian', 'line.6.word_class', 'line.7.theme']);
    expect(hashDatabase(api.db)).toBe(before);

    const fixed = file.replace(';verb;;;يغسل;;\r\n', '').replace('gjerning', 'verb').replace('Tema som ikke finnes', 'På jobb i barnehagen');
    expect(api.value('glossary.import.commit', { format: 'csv', contentBase64: b64(fixed), themeId })).toEqual({ newTerms: 4, newTranslations: 0, changed: 0 });
    const terms = api.value('glossary.list', { themeId });
    expect(terms.map((term) => term.term)).toEqual(['bleie', 'smokk', 'stellebord', 'vaske']);
    const smokk = terms.find((term) => term.term === 'smokk');
    expect(smokk).toMatchObject({ wordClass: 'noun', example: 'Smokken ligger\ni sengen.' });
    expect(smokk?.translations.map((t) => [t.language, t.text, t.dir, t.status])).toEqual([['ar', 'لهاية', 'rtl', 'draft']]);
    expect(terms.find((term) => term.term === 'bleie')?.translations.find((t) => t.language === 'ar')?.transliteration).toBe('ḥifāḍa');
  });

  it('shows new, changed and unchanged translations of stored terms and never clears with an empty cell', () => {
    const term = api.value('glossary.create', { term: 'bleie', wordClass: 'noun', themeIds: [themeId] });
    const arabic = api.value('glossary.translations.create', { termId: term.id, language: 'ar', text: 'حفاضة', status: 'checked' });
    api.value('glossary.create', { term: 'smokk', themeIds: [themeId] });
    const file = 'norwegian,word_class,ar,ti\nBleie,,حفاض,ዳይፐር\nsmokk,,,\n';
    const result = preview(file, { themeId });
    expect(result.delimiter).toBe(',');
    expect(result.rows.map((row) => [row.term, row.kind])).toEqual([['Bleie', 'changed'], ['smokk', 'unchanged']]);
    expect(result.rows[0]?.changes).toEqual([
      { field: 'ar', from: 'حفاضة', to: 'حفاض' },
      { field: 'ti', from: '', to: 'ዳይፐር' },
    ]);
    expect(result.counts).toEqual({ newTerms: 0, newTranslations: 1, changed: 1, unchanged: 1, errors: 0 });
    api.value('glossary.import.commit', { format: 'csv', contentBase64: b64(file), themeId });
    const stored = api.value('glossary.get', { id: term.id });
    expect(stored.wordClass).toBe('noun');
    // A changed wording has not been checked yet.
    expect(stored.translations.map((t) => [t.id === arabic.id, t.text, t.status])).toEqual([[true, 'حفاض', 'draft'], [false, 'ዳይፐር', 'draft']]);
  });

  it('reads Windows-1252 and UTF-16 files and says which encoding it found', () => {
    const latin1 = new Uint8Array([...Buffer.from('norwegian;en\nbl'), 0xe5, ...Buffer.from('b'), 0xe6, ...Buffer.from('r;blueberry\n')]);
    const result = preview(latin1);
    expect(result.encoding).toBe('windows-1252');
    expect(result.rows.map((row) => row.term)).toEqual(['blåbær']);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('norwegian\tar\tti\nbørste\tفرشاة\tብራሽ\n', 'utf16le')]);
    const wide = preview(utf16);
    expect(wide).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(wide.rows[0]?.changes.map((change) => change.to)).toEqual(['فرشاة', 'ብራሽ']);
  });

  it('refuses a file it cannot use as a whole, with a reason and nothing written', () => {
    const before = hashDatabase(api.db);
    const fileError = (content: string | Uint8Array) => preview(content).fileErrors.map((error) => `${error.field}:${error.code}`);
    expect(fileError('term;ar\nbleie;حفاضة\n')).toEqual(['term:unknownColumn', 'norwegian:missingHeader']);
    expect(fileError('norwegian;xx\nbleie;x\n')).toEqual(['xx:unknownLanguage']);
    expect(fileError('norwegian;ar;ar\nbleie;x;y\n')).toEqual(['ar:duplicateColumn']);
    expect(fileError('norwegian;ar\n')).toEqual(['file:noRows']);
    expect(fileError(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x21, 0]))).toEqual(['file:binary']);
    expect(fileError(`norwegian\n${'ord\n'.repeat(5001)}`)).toEqual(['file:tooManyRows']);
    const commit = errorOf(api.call('glossary.import.commit', { format: 'csv', contentBase64: b64('term;ar\nbleie;x\n') }));
    expect(commit.code).toBe('validation');
    // Larger than the limit: refused at the boundary, before it is even decoded.
    const huge = Buffer.alloc(2 * 1024 * 1024 + 3, 0x61).toString('base64');
    expect(errorOf(api.call('glossary.import.preview', { format: 'csv', contentBase64: huge })).code).toBe('validation');
    expect(errorOf(api.call('glossary.import.preview', { format: 'csv', contentBase64: 'not base64!' })).code).toBe('validation');
    expect(hashDatabase(api.db)).toBe(before);
  });

  it('marks a term that comes twice, and a wrong number of cells, by line', () => {
    const result = preview('norwegian;ar\nbleie;حفاضة\nBLEIE;حفاض\nsmokk;لهاية;extra\n');
    expect(result.rows.map((row) => [row.line, row.errors.map((error) => error.code)])).toEqual([
      [2, []],
      [3, ['duplicateInFile']],
      [4, ['wrongColumnCount']],
    ]);
    expect(counts(api)).toEqual({ terms: 0, translations: 0 });
  });
});
