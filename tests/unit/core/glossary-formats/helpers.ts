import type { TestApi } from '../../helpers/test-api';

export const b64 = (bytes: Uint8Array | string): string => Buffer.from(bytes).toString('base64');

/** A small glossary in Arabic (right to left, with a transliteration) and Tigrinya (Ethiopic). */
export function addArabicTigrinyaGlossary(api: TestApi, themeId: string) {
  const diaper = api.value('glossary.create', { term: 'bleie', wordClass: 'noun', example: 'Babyen trenger ny bleie.', themeIds: [themeId] });
  api.value('glossary.translations.create', { termId: diaper.id, language: 'ar', text: 'حفاضة', transliteration: 'ḥifāḍa', example: 'الطفل يحتاج حفاضة جديدة.' });
  api.value('glossary.translations.create', { termId: diaper.id, language: 'ti', text: 'ዳይፐር' });
  // No word class: a round trip must not invent one.
  const wash = api.value('glossary.create', { term: 'vaske hendene', themeIds: [themeId] });
  api.value('glossary.translations.create', { termId: wash.id, language: 'ar', text: 'غسل اليدين' });
  // A cell that a spreadsheet would take for a formula, and a quote and a semicolon inside a cell.
  const minus = api.value('glossary.create', { term: '-aktig', wordClass: 'other', example: 'Han er «barn»-aktig; sier hun.', themeIds: [themeId] });
  api.value('glossary.translations.create', { termId: minus.id, language: 'ti', text: '=ከም "ቆልዓ"' });
  return { diaper, wash, minus };
}

export const counts = (api: TestApi) => ({
  terms: api.db.prepare('SELECT count(*) FROM glossary_term').pluck().get(),
  translations: api.db.prepare('SELECT count(*) FROM glossary_translation').pluck().get(),
});
