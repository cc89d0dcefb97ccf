import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';
import { addTheme } from '../glossary/glossary-helpers';
import { b64 } from './helpers';

let api: TestApi;
beforeEach(() => {
  api = createTestApi();
});
afterEach(() => api.db.close());

describe('user-added languages', () => {
  it('adds a language by ISO 639 code, name and direction, and lists it', () => {
    const hausa = api.value('glossary.languages.create', { code: 'ha', name: 'hausa', direction: 'ltr' });
    const syriac = api.value('glossary.languages.create', { code: 'syr', name: 'syrisk', direction: 'rtl' });
    expect(api.value('glossary.languages.list', {}).map((language) => language.code)).toEqual(['ha', 'syr']);
    expect(api.value('glossary.languages.update', { id: hausa.id, name: 'hausa (Niger)' })).toMatchObject({ code: 'ha', name: 'hausa (Niger)', direction: 'ltr' });
    expect(syriac.direction).toBe('rtl');
  });

  it('refuses a malformed code, a built-in one and one already added', () => {
    for (const code of ['H', 'HA', 'hausa', 'h1', 'ha-NG']) {
      const error = errorOf(api.call('glossary.languages.create', { code, name: 'x', direction: 'ltr' }));
      expect(error.issues?.[0]?.path, code).toBe('code');
    }
    expect(errorOf(api.call('glossary.languages.create', { code: 'ar', name: 'arabisk', direction: 'rtl' })).issues).toEqual([{ path: 'code', code: 'duplicate' }]);
    api.value('glossary.languages.create', { code: 'ha', name: 'hausa', direction: 'ltr' });
    expect(errorOf(api.call('glossary.languages.create', { code: 'ha', name: 'hausa', direction: 'ltr' })).issues).toEqual([{ path: 'code', code: 'duplicate' }]);
    expect(errorOf(api.call('glossary.languages.create', { code: 'yo', name: 'yoruba', direction: 'up' } as never)).code).toBe('validation');
  });

  it('lets translations, printouts and imports use an added language, and not an unknown one', () => {
    const theme = addTheme(api);
    const term = api.value('glossary.create', { term: 'bleie', themeIds: [theme.id] });
    expect(errorOf(api.call('glossary.translations.create', { termId: term.id, language: 'syr', text: 'ܚܦܝܬܐ' })).issues).toEqual([
      { path: 'language', code: 'unknownLanguage' },
    ]);
    expect(api.value('glossary.import.preview', { format: 'csv', contentBase64: b64('norwegian;syr\nbleie;ܚܦܝܬܐ\n') }).fileErrors).toEqual([
      { line: 1, field: 'syr', code: 'unknownLanguage' },
    ]);
    const syriac = api.value('glossary.languages.create', { code: 'syr', name: 'syrisk', direction: 'rtl' });
    const translation = api.value('glossary.translations.create', { termId: term.id, language: 'syr', text: 'ܚܦܝܬܐ' });
    expect(translation).toMatchObject({ language: 'syr', dir: 'rtl' });
    expect(api.value('glossary.import.preview', { format: 'csv', contentBase64: b64('norwegian;syr\nbleie;ܚܦܝܬܐ\n') }).rows[0]?.kind).toBe('unchanged');
    expect(api.call('print.wordList', { themeId: theme.id, languages: ['syr'] }).ok).toBe(true);

    // In use: it stays until the translations are gone; then delete and undo.
    expect(errorOf(api.call('glossary.languages.delete', { id: syriac.id })).code).toBe('conflict');
    api.value('glossary.translations.delete', { id: translation.id });
    api.value('glossary.languages.delete', { id: syriac.id });
    expect(api.value('glossary.languages.list', {})).toEqual([]);
    expect(api.value('glossary.languages.restore', { id: syriac.id }).code).toBe('syr');
  });
});
