import { describe, expect, it } from 'vitest';
import { isKnownLanguage, languageInfo, languageName, languages, uiLanguages } from '../../../shared/domain/languages';

describe('languages', () => {
  const required = ['ar', 'ti', 'so', 'prs', 'fa', 'ps', 'kmr', 'ckb', 'sw', 'rw', 'fr', 'en', 'uk', 'nb', 'nn', 'am'];

  it.each(required)('knows %s with names in nb, nn and en and its own name', (code) => {
    expect(isKnownLanguage(code)).toBe(true);
    const info = languageInfo(code)!;
    for (const ui of uiLanguages) expect(info[ui].trim().length, `${code} ${ui}`).toBeGreaterThan(0);
    expect(info.native.trim().length).toBeGreaterThan(0);
  });

  it('names languages in the UI language', () => {
    expect(languageName('ar', 'nb')).toBe('arabisk');
    expect(languageName('ar', 'en')).toBe('Arabic');
    expect(languageName('ti', 'nn')).toBe('tigrinja');
    expect(languageName('prs', 'en')).toBe('Dari');
    expect(languageName('ckb', 'nb')).toMatch(/sorani/);
    expect(languageName('kmr', 'en')).toMatch(/Kurmanji/);
  });

  it('falls back to the code for an unknown language', () => {
    expect(isKnownLanguage('xx')).toBe(false);
    expect(isKnownLanguage('AR')).toBe(false);
    expect(isKnownLanguage('')).toBe(false);
    expect(isKnownLanguage('__proto__')).toBe(false);
    expect(isKnownLanguage('constructor')).toBe(false);
    expect(languageName('xx', 'nb')).toBe('xx');
  });

  it('marks the right-to-left languages', () => {
    const rtl = languages.filter((l) => l.direction === 'rtl').map((l) => l.code).sort();
    expect(rtl).toEqual(expect.arrayContaining(['ar', 'ckb', 'fa', 'prs', 'ps', 'ur']));
    for (const code of ['ti', 'am', 'so', 'kmr', 'sw', 'nb', 'uk']) expect(languageInfo(code)?.direction, code).toBe('ltr');
  });

  it('has each code once, in ISO 639 form', () => {
    const codes = languages.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]{2,3}$/);
    expect(codes).not.toContain('und');
  });
});
