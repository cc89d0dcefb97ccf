import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../../shared/domain/search-text';

describe('normalizeForSearch', () => {
  it.each([
    ['lower-cases Latin', 'HODAN Warsame', 'hodan warsame'],
    ['lower-cases Norwegian letters and keeps them', 'ÆRLIG ØYE ÅS', 'ærlig øye ås'],
    ['composes a decomposed å', 'A\u030Ase', 'åse'],
    ['lower-cases Cyrillic', 'ОЛЬГА', 'ольга'],
    ['folds spaces and trims', '  hodan \t\n  warsame  ', 'hodan warsame'],
    ['removes harakat', 'مَرْحَبًا', 'مرحبا'],
    ['removes shadda and sukun', 'محمّد', 'محمد'],
    ['removes superscript alef', 'هٰذا', 'هذا'],
    ['removes tatweel', 'نـاديـة', 'ناديه'],
    ['unifies alef with hamza above', 'أحمد', 'احمد'],
    ['unifies alef with hamza below', 'إبراهيم', 'ابراهيم'],
    ['unifies alef with madda', 'آمنة', 'امنه'],
    ['unifies alef wasla', 'ٱلله', 'الله'],
    ['reads alef maqsura as yeh', 'ليلى', 'ليلي'],
    ['reads Persian yeh as Arabic yeh', 'فریبا', 'فريبا'],
    ['reads Persian keheh as Arabic kaf', 'کریم', 'كريم'],
    ['reads teh marbuta as heh', 'فاطمة', 'فاطمه'],
    ['turns Arabic presentation forms into letters', 'ﻟﻴﻠﻰ', 'ليلي'],
    ['leaves Ethiopic alone', 'ሄለን ተስፋይ', 'ሄለን ተስፋይ'],
    ['turns full-width Latin into ASCII', 'ＨＯＤＡＮ', 'hodan'],
    ['gives empty for blank', '   ', ''],
  ])('%s', (_label, input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const text of ['Åse Ødegård', 'لَيْلَى حدّاد', 'ሄለን', 'ﻟﻴﻠﻰ  X']) {
      expect(normalizeForSearch(normalizeForSearch(text))).toBe(normalizeForSearch(text));
    }
  });

  it('does not fold æøå into a and o', () => {
    expect(normalizeForSearch('Ødegård')).not.toBe(normalizeForSearch('Odegard'));
    expect(normalizeForSearch('Bækken')).not.toContain('a');
  });
});
