/**
 * Folds text for search so that what a user types finds what was stored: case, Unicode
 * compatibility forms (Arabic presentation forms), Arabic diacritics (harakat, tatweel) and
 * the common Arabic letter variants (alef forms, alef maqsura, teh marbuta) and the Persian
 * forms of yeh and kaf, which Dari and Farsi keyboards type for the Arabic ones. Norwegian
 * æ, ø and å are kept as they are: they are letters of their own, not a with a mark.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('nb')
    .replace(/[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu, '')
    .replace(/[\u0622\u0623\u0625\u0671]/gu, '\u0627')
    .replace(/\u0649/gu, '\u064A')
    .replace(/\u06CC/gu, '\u064A')
    .replace(/\u06A9/gu, '\u0643')
    .replace(/\u0629/gu, '\u0647')
    .replace(/\s+/gu, ' ')
    .trim();
}
