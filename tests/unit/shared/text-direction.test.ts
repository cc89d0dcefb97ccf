import { describe, expect, it } from 'vitest';
import { detectDirection } from '../../../shared/domain/text-direction';

describe('detectDirection', () => {
  it.each([
    ['Arabic', 'مرحبا بكم', 'rtl'],
    ['Arabic with harakat first', 'مَرْحَبًا', 'rtl'],
    ['Farsi/Dari', 'فریبا رحیمی', 'rtl'],
    ['Sorani Kurdish', 'کوردیی ناوەندی', 'rtl'],
    ['Pashto', 'پښتو', 'rtl'],
    ['Urdu', 'اردو', 'rtl'],
    ['Hebrew', 'שלום', 'rtl'],
    ['Arabic presentation forms', 'ﻣﺮﺣﺒﺎ', 'rtl'],
    ['Tigrinya (Ethiopic)', 'ሰላም', 'ltr'],
    ['Amharic (Ethiopic)', 'አማርኛ', 'ltr'],
    ['Latin', 'Hei og velkommen', 'ltr'],
    ['Norwegian letters first', 'Øvelse', 'ltr'],
    ['Cyrillic', 'Привіт', 'ltr'],
    ['Kurmanji (Latin)', 'Kurmancî', 'ltr'],
    ['digits, then Arabic', '2026 مرحبا', 'rtl'],
    ['punctuation and spaces, then Arabic', ' - «مرحبا»', 'rtl'],
    ['digits, then Latin', '12. august', 'ltr'],
    ['Latin, then Arabic', 'Norsk: نرويجي', 'ltr'],
    ['Arabic, then Latin', 'نرويجي: Norsk', 'rtl'],
    ['Ethiopic, then Arabic', 'ሰላም مرحبا', 'ltr'],
    ['only digits', '12345', 'ltr'],
    ['only punctuation', '?!.,', 'ltr'],
    ['empty', '', 'ltr'],
    ['only spaces', '   ', 'ltr'],
    ['emoji, then Arabic', '😀 مرحبا', 'rtl'],
  ] as const)('%s → %s', (_label, text, expected) => {
    expect(detectDirection(text)).toBe(expected);
  });
});
