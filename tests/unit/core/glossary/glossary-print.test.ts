import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, missingId } from '../../helpers/fixtures';
import { createMaterialTestApi, noise, type MaterialTestApi } from '../materials/material-helpers';
import { addTheme } from './glossary-helpers';

const xss = '<img src=x onerror=alert(1)>';
let api: MaterialTestApi;
beforeEach(() => (api = createMaterialTestApi()));
afterEach(() => api.db.close());

async function picture(seed: number, metadata: Record<string, unknown> = {}) {
  const bytes = await sharp(noise(60, 40, seed), { raw: { width: 60, height: 40, channels: 3 } }).png().toBuffer();
  const result = await api.importBytes(bytes, { fileName: `bilde-${seed}.png`, ...metadata });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.material;
}

describe('print.wordList', () => {
  it('puts Norwegian first and each translation in its own direction, escaping every text', () => {
    const theme = addTheme(api, `Tema ${xss}`);
    const term = api.value('glossary.create', { term: `bleie ${xss}`, wordClass: 'noun', themeIds: [theme.id] });
    api.value('glossary.translations.create', { termId: term.id, language: 'ar', text: `حفاضة ${xss}` });
    api.value('glossary.translations.create', { termId: term.id, language: 'ti', text: 'ዳይፐር', transliteration: 'daiper' });
    api.value('glossary.create', { term: 'smokk', themeIds: [theme.id] });
    const document = api.value('print.wordList', { themeId: theme.id, languages: ['ar', 'ti'] });
    expect(document.html).not.toContain(xss);
    expect(document.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(document.html).toContain('<td lang="ar" dir="rtl"><span class="word">حفاضة &lt;img');
    expect(document.html).toContain('<td lang="ti" dir="ltr"><span class="word">ዳይፐር</span><span class="translit" dir="auto">daiper</span></td>');
    expect(document.html).toContain('<td lang="nb" dir="ltr"><span class="word">bleie &lt;img');
    expect(document.html).toContain('substantiv');
    // Norwegian column first, then the languages in the order asked for.
    const head = document.html.slice(document.html.indexOf('<thead>'), document.html.indexOf('</thead>'));
    expect(head.indexOf('Norsk')).toBeLessThan(head.indexOf('arabisk'));
    expect(head.indexOf('arabisk')).toBeLessThan(head.indexOf('tigrinja'));
    // A term without a translation gets a line to write on.
    expect(document.html).toContain('<td lang="ar"><span class="blank"></span></td>');
    expect(document.html).toContain("font-family: 'Sprakbro Noto Sans', 'Sprakbro Noto Sans Arabic', 'Sprakbro Noto Sans Ethiopic'");
    expect(document.fileName).toMatch(/^Ordliste Tema -img src=x onerror=alert\(1\)- – arabisk, tigrinja\.pdf$/u);
  });

  it('refuses an unknown theme or language', () => {
    expect(errorOf(api.call('print.wordList', { themeId: missingId, languages: ['ar'] })).code).toBe('not_found');
    const theme = addTheme(api);
    expect(errorOf(api.call('print.wordList', { themeId: theme.id, languages: ['zz'] })).issues?.[0]?.code).toBe('unknownLanguage');
    expect(errorOf(api.call('print.wordList', { themeId: theme.id, languages: [] })).code).toBe('validation');
  });
});

describe('print.flashcards', () => {
  it('puts a picture on each card, but never one that others appear in without consent', async () => {
    const theme = addTheme(api);
    const shown = await picture(1);
    const blocked = await picture(2, { othersAppear: true });
    const first = api.value('glossary.create', { term: 'stellebord', materialId: shown.id, themeIds: [theme.id] });
    const second = api.value('glossary.create', { term: 'hvilerom', materialId: blocked.id, themeIds: [theme.id] });
    expect(api.value('glossary.get', { id: second.id }).image).toMatchObject({ materialId: blocked.id, blocked: true });
    api.value('glossary.translations.create', { termId: first.id, language: 'fa', text: 'میز تعویض' });
    const document = api.value('print.flashcards', { themeId: theme.id, language: 'fa' });
    expect(document.html.match(/<img src="data:image\/webp;base64,/gu)).toHaveLength(1);
    expect(document.html).toContain('<span class="tr" lang="fa" dir="rtl">میز تعویض</span>');
    expect(document.html).toContain('hvilerom');
    expect(document.html).toContain('border-inline-end: 0.75pt dashed #000');
    // Consent given later: the picture prints.
    api.value('materials.update', { id: blocked.id, othersConsent: true });
    const again = api.value('print.flashcards', { themeId: theme.id, language: 'fa' });
    expect(again.html.match(/<img src="data:image\/webp;base64,/gu)).toHaveLength(2);
  });

  it('refuses a material that is not a picture', async () => {
    const result = await api.importBytes(Buffer.from('%PDF-1.4\n%%EOF\n'), { fileName: 'skjema.pdf' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(errorOf(api.call('glossary.create', { term: 'skjema', materialId: result.value.material.id })).issues?.[0]?.path).toBe('materialId');
  });
});
