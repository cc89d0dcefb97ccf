import type { TextDirection } from './languages';

// Strong right-to-left characters: Hebrew, Arabic (with supplements and presentation forms),
// Syriac, Thaana, N'Ko. Ethiopic, Latin, Cyrillic and the rest are left-to-right.
const strongRtl = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const strongLtr = /[\u0900-\u0DFFA-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u1200-\u139F\u2D80-\u2DDF\uAB00-\uAB2F\u0E00-\u0EFF\u1000-\u109F\u3040-\u9FFF]/u;

/**
 * The direction of the first strong character, as the Unicode bidi algorithm picks a
 * paragraph's base direction (rules P2–P3). Text with no strong character is left-to-right.
 */
export function detectDirection(text: string): TextDirection {
  for (const char of text) {
    if (strongRtl.test(char)) return 'rtl';
    if (strongLtr.test(char)) return 'ltr';
  }
  return 'ltr';
}

/**
 * Wraps text in Unicode first-strong isolates (FSI … PDI) so a name in another script keeps
 * its own direction inside a sentence or an <option>, where <bdi> cannot be used.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
