import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStaff, errorOf, missingId } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';
import { addTheme } from './glossary-helpers';

let api: TestApi;
beforeEach(() => (api = createTestApi()));
afterEach(() => api.db.close());

const terms = (search: string) => api.value('glossary.list', { search }).map((term) => term.term);

describe('glossary terms', () => {
  it('creates, reads, updates and lists a term with its theme', () => {
    const theme = addTheme(api);
    const created = api.value('glossary.create', { term: 'bleie', wordClass: 'noun', example: 'Jeg skifter bleie.', themeIds: [theme.id] });
    expect(created).toMatchObject({ term: 'bleie', wordClass: 'noun', themeIds: [theme.id], themes: [{ id: theme.id, name: theme.name }], translations: [], image: null });
    const updated = api.value('glossary.update', { id: created.id, term: 'bleia', wordClass: null });
    expect(updated).toMatchObject({ term: 'bleia', wordClass: null, example: 'Jeg skifter bleie.', themeIds: [theme.id] });
    api.value('glossary.create', { term: 'hvilerom' });
    expect(api.value('glossary.list', { themeId: theme.id }).map((t) => t.term)).toEqual(['bleia']);
    expect(api.value('glossary.list', { withoutTheme: true }).map((t) => t.term)).toEqual(['hvilerom']);
    expect(api.value('glossary.overview', {})).toMatchObject({ themes: [{ id: theme.id, termCount: 1 }], withoutThemeCount: 1 });
  });

  it('moves a term to the bin and back with its translations (undo)', () => {
    const term = api.value('glossary.create', { term: 'smokk' });
    api.value('glossary.translations.create', { termId: term.id, language: 'ar', text: 'لهاية' });
    api.value('glossary.delete', { id: term.id });
    expect(errorOf(api.call('glossary.get', { id: term.id })).code).toBe('not_found');
    expect(terms('smokk')).toEqual([]);
    const restored = api.value('glossary.restore', { id: term.id });
    expect(restored.translations.map((t) => t.text)).toEqual(['لهاية']);
    expect(errorOf(api.call('glossary.restore', { id: term.id })).code).toBe('not_found');
  });

  it('refuses an unknown theme, an unknown lesson and a picture that is not there, storing nothing', () => {
    expect(errorOf(api.call('glossary.create', { term: 'x', themeIds: [missingId] }))).toMatchObject({
      code: 'validation',
      issues: [{ path: 'themeIds.0', code: 'unknownTheme' }],
    });
    expect(errorOf(api.call('glossary.create', { term: 'x', lessonIds: [missingId] })).issues?.[0]?.path).toBe('lessonIds.0');
    expect(errorOf(api.call('glossary.create', { term: 'x', materialId: missingId })).issues?.[0]?.path).toBe('materialId');
    expect(errorOf(api.call('glossary.create', { term: '  ' })).issues?.[0]).toMatchObject({ path: 'term' });
    expect(api.value('glossary.list', {})).toEqual([]);
  });

  it('links lessons of its themes and offers them', () => {
    const theme = addTheme(api);
    const lesson = api.value('lessons.create', {
      courseId: theme.courseId, date: '2026-09-14', startTime: '09:00', endTime: '11:00', title: 'Stellerommet', themeId: theme.id,
    });
    const term = api.value('glossary.create', { term: 'stellebord', themeIds: [theme.id] });
    expect(api.value('glossary.lessonOptions', { id: term.id }).map((l) => l.title)).toEqual(['Stellerommet']);
    expect(api.value('glossary.update', { id: term.id, lessonIds: [lesson.id] }).lessonIds).toEqual([lesson.id]);
  });
});

describe('glossary translations', () => {
  it('keeps one translation per language, with its direction, status and author', () => {
    const author = addStaff(api, { name: 'Amina Yusuf', role: 'assistant', languages: ['ar'] });
    const term = api.value('glossary.create', { term: 'barnehage' });
    const arabic = api.value('glossary.translations.create', { termId: term.id, language: 'ar', text: 'رَوْضَة', authorId: author.id });
    expect(arabic).toMatchObject({ language: 'ar', direction: 'auto', dir: 'rtl', status: 'draft', authorName: 'Amina Yusuf' });
    const tigrinya = api.value('glossary.translations.create', { termId: term.id, language: 'ti', text: 'መዋእለ ህጻናት' });
    expect(tigrinya.dir).toBe('ltr');
    expect(api.value('glossary.translations.update', { id: arabic.id, status: 'checked' }).status).toBe('checked');
    // Sorani in Latin script stays right-to-left only when asked to.
    const sorani = api.value('glossary.translations.create', { termId: term.id, language: 'ckb', text: 'baxçey mindalan', direction: 'rtl' });
    expect(sorani.dir).toBe('rtl');
    expect(errorOf(api.call('glossary.translations.create', { termId: term.id, language: 'ar', text: 'حضانة' }))).toMatchObject({
      code: 'validation',
      issues: [{ path: 'language', code: 'duplicate' }],
    });
    expect(api.value('glossary.get', { id: term.id }).translations.map((t) => t.language)).toEqual(['ar', 'ti', 'ckb']);
  });

  it('refuses an unknown language and an unknown author', () => {
    const term = api.value('glossary.create', { term: 'lunsj' });
    expect(errorOf(api.call('glossary.translations.create', { termId: term.id, language: 'xx', text: 'x' })).issues?.[0]).toMatchObject({
      path: 'language',
      code: 'unknownLanguage',
    });
    expect(errorOf(api.call('glossary.translations.create', { termId: term.id, language: 'so', text: 'qado', authorId: missingId })).issues?.[0]).toMatchObject({
      path: 'authorId',
      code: 'unknownStaff',
    });
    expect(api.value('glossary.get', { id: term.id }).translations).toEqual([]);
  });

  it('deletes a translation with undo, and refuses the undo once the language has a new translation', () => {
    const term = api.value('glossary.create', { term: 'sovetid' });
    const first = api.value('glossary.translations.create', { termId: term.id, language: 'so', text: 'waqtiga hurdada' });
    api.value('glossary.translations.delete', { id: first.id });
    expect(terms('hurdada')).toEqual([]);
    api.value('glossary.translations.restore', { id: first.id });
    expect(terms('hurdada')).toEqual(['sovetid']);
    api.value('glossary.translations.delete', { id: first.id });
    api.value('glossary.translations.create', { termId: term.id, language: 'so', text: 'hurdo' });
    expect(errorOf(api.call('glossary.translations.restore', { id: first.id })).issues?.[0]?.code).toBe('duplicate');
  });

  it('lets a mother-tongue assistant write translations', () => {
    const term = api.value('glossary.create', { term: 'matpakke' });
    const result = api.call('glossary.translations.create', { termId: term.id, language: 'uk', text: 'ланчбокс' }, 'assistant');
    expect(result.ok).toBe(true);
  });
});

describe('glossary search across languages', () => {
  beforeEach(() => {
    const add = (term: string, translations: { language: string; text: string }[]) => {
      const created = api.value('glossary.create', { term });
      for (const translation of translations) api.value('glossary.translations.create', { termId: created.id, ...translation });
    };
    add('bær', [{ language: 'ar', text: 'تُوت' }]);
    add('bar', [{ language: 'ar', text: 'حانة' }]);
    add('sykepleier', [{ language: 'ar', text: 'مُمَرِّضَة' }, { language: 'ti', text: 'ነርስ' }]);
    add('mor', [{ language: 'fa', text: 'مادری' }]);
    add('øye', [{ language: 'ar', text: 'عَيْن' }]);
    add('lege', [{ language: 'ar', text: 'طَبِيب' }, { language: 'ti', text: 'ሓኪም' }]);
    add('ostehøvel', [{ language: 'ar', text: 'مبشرة الجبن' }]);
  });

  it('keeps æ, ø and å apart from a and o', () => {
    expect(terms('bær')).toEqual(['bær']);
    expect(terms('bar')).toEqual(['bar']);
    expect(terms('øye')).toEqual(['øye']);
    expect(terms('oye')).toEqual([]);
    expect(terms('BÆR')).toEqual(['bær']);
  });

  it('finds Arabic with and without harakat, and across alef, yeh and teh marbuta variants', () => {
    expect(terms('ممرضة')).toEqual(['sykepleier']);
    expect(terms('مُمَرِّضَة')).toEqual(['sykepleier']);
    expect(terms('ممرضه')).toEqual(['sykepleier']);
    expect(terms('طبيب')).toEqual(['lege']);
    // Persian yeh (U+06CC) typed on a Dari/Farsi keyboard finds the Arabic yeh and back.
    expect(terms('مادري')).toEqual(['mor']);
    // Alef with hamza above or below, as typed, finds the plain alef that was stored.
    expect(terms('أدري')).toEqual(['mor']);
    expect(terms('مبشره')).toEqual(['ostehøvel']);
    expect(terms('إلجبن')).toEqual(['ostehøvel']);
  });

  it('finds Ethiopic as typed', () => {
    expect(terms('ሓኪም')).toEqual(['lege']);
    expect(terms('ነርስ')).toEqual(['sykepleier']);
    expect(terms('ኪ')).toEqual(['lege']);
  });
});
