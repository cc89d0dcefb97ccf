import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../helpers/test-api';
import { addTheme } from '../glossary/glossary-helpers';
import { addArabicTigrinyaGlossary, b64 } from './helpers';

let api: TestApi;
let themeId: string;
beforeEach(() => {
  api = createTestApi();
  themeId = addTheme(api).id;
  addArabicTigrinyaGlossary(api, themeId);
});
afterEach(() => api.db.close());

/** What a glossary holds, without ids and dates: the thing a round trip must keep. */
const snapshot = (target: TestApi, theme: string) =>
  target.value('glossary.list', { themeId: theme }).map((term) => ({
    term: term.term,
    wordClass: term.wordClass,
    example: term.example,
    themes: term.themes.map((item) => item.name),
    translations: term.translations.map((t) => ({ language: t.language, text: t.text, transliteration: t.transliteration, dir: t.dir })),
  }));

describe.each(['csv', 'tbx'] as const)('glossary %s round trip', (format) => {
  it('exports and previews the same file as no changes', () => {
    const file = api.value('glossary.export', { format, themeId });
    expect(file.termCount).toBe(3);
    const preview = api.value('glossary.import.preview', { format, contentBase64: b64(file.content), themeId });
    expect(preview.fileErrors).toEqual([]);
    expect(preview.rows.map((row) => [row.term, row.kind])).toEqual([
      ['-aktig', 'unchanged'],
      ['bleie', 'unchanged'],
      ['vaske hendene', 'unchanged'],
    ]);
    expect(preview.counts).toEqual({ newTerms: 0, newTranslations: 0, changed: 0, unchanged: 3, errors: 0 });
  });

  it('brings the same terms, translations and directions into another glossary', () => {
    const file = api.value('glossary.export', { format, themeId });
    const other = createTestApi();
    const otherTheme = addTheme(other).id;
    other.value('glossary.import.commit', { format, contentBase64: b64(file.content), themeId: otherTheme });
    const imported = snapshot(other, otherTheme);
    const original = snapshot(api, themeId);
    expect(imported).toEqual(original);
    expect(imported.find((term) => term.term === 'bleie')?.translations).toEqual([
      { language: 'ar', text: 'حفاضة', transliteration: 'ḥifāḍa', dir: 'rtl' },
      { language: 'ti', text: 'ዳይፐር', transliteration: '', dir: 'ltr' },
    ]);
    other.db.close();
  });
});

describe('glossary export files', () => {
  it('writes our CSV with a byte order mark, semicolons and formulas guarded', () => {
    const { content, fileName, mimeType } = api.value('glossary.export', { format: 'csv', themeId });
    expect(fileName).toBe('På jobb i barnehagen.csv');
    expect(mimeType).toMatch(/^text\/csv/);
    const [header, first] = content.split('\r\n');
    expect(header).toBe('\uFEFFnorwegian;word_class;example;theme;ar;ar_translit;ti;ti_translit');
    expect(first).toBe(`"'-aktig";other;"Han er «barn»-aktig; sier hun.";På jobb i barnehagen;;;"'=ከም ""ቆልዓ""";`);
  });

  it('writes TBX v3 with a conceptEntry per term and a langSec per language', () => {
    const { content } = api.value('glossary.export', { format: 'tbx', themeId, languages: ['ar'] });
    expect(content).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="nb" xmlns="urn:iso:std:iso:30042:ed-2">');
    expect(content.match(/<conceptEntry /g)).toHaveLength(3);
    expect(content).toContain('<descrip type="subjectField">På jobb i barnehagen</descrip>');
    expect(content).toContain('<termNote type="partOfSpeech">noun</termNote>');
    expect(content).toContain('<langSec xml:lang="ar">');
    expect(content).toContain('<term>ḥifāḍa</term>\n          <termNote type="termType">transliteratedForm</termNote>');
    expect(content).not.toContain('xml:lang="ti"');
  });

  it('writes an Anki file: Norwegian in front, the translation behind, themes as tags', () => {
    const file = api.value('glossary.export', { format: 'anki', themeId, languages: ['ar'] });
    expect(file.fileName).toBe('På jobb i barnehagen-anki-ar.txt');
    const lines = file.content.trimEnd().split('\n');
    expect(lines.slice(0, 6)).toEqual([
      '#separator:tab',
      '#html:true',
      '#notetype:Basic',
      '#deck:Språkbro::På jobb i barnehagen',
      '#columns:Front\tBack\tTags',
      '#tags column:3',
    ]);
    // «-aktig» has no Arabic: no card.
    expect(file.termCount).toBe(2);
    expect(lines[6]?.split('\t')).toEqual([
      'bleie<br><small>Babyen trenger ny bleie.</small>',
      '<div dir="rtl" lang="ar">حفاضة</div><div><i>ḥifāḍa</i></div>',
      'På_jobb_i_barnehagen',
    ]);
    expect(lines).toHaveLength(8);
    const tigrinya = api.value('glossary.export', { format: 'anki', themeId, languages: ['ti'] });
    expect(tigrinya.content).toContain('<div dir="ltr" lang="ti">=ከም &quot;ቆልዓ&quot;</div>');
  });

  it('asks for exactly one language for Anki and a known one everywhere', () => {
    expect(api.call('glossary.export', { format: 'anki', themeId }).ok).toBe(false);
    expect(api.call('glossary.export', { format: 'csv', languages: ['xx'] }).ok).toBe(false);
  });
});
