/**
 * Turns what a user typed into a safe FTS5 query: every word becomes a quoted prefix term
 * ("barneh"*), joined by the implicit AND. Only letters, digits and combining marks make
 * up a word, the same split unicode61 makes, so quotes, * ^ ( ) : - + and words such as
 * AND, OR, NOT and NEAR are plain text and can never break the query syntax.
 * Returns undefined when nothing searchable is left.
 */
export function toFtsQuery(input: string | undefined, maxTerms = 12): string | undefined {
  if (!input) return undefined;
  const words = input.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  const terms = words.slice(0, maxTerms).map((word) => `"${word}"*`);
  return terms.length > 0 ? terms.join(' ') : undefined;
}
