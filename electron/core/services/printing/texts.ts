import en from '../../../../resources/locales/en/translation.json';
import nb from '../../../../resources/locales/nb/translation.json';
import nn from '../../../../resources/locales/nn/translation.json';
import type { UiLanguage } from '../../../../shared/domain/languages';

/**
 * Documents are printed in the UI language, from the same translation files the renderer
 * uses (key "printing", plus the holiday names under "calendar.holidays"). Core has no
 * i18next, so this is the small part of it documents need: nested keys, {{params}} and the
 * one/other plural that Norwegian and English share.
 */
type Params = Readonly<Record<string, string | number>>;

const catalogues: Readonly<Record<UiLanguage, unknown>> = { nb, nn, en };

function lookup(tree: unknown, key: string): string | undefined {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export interface DocumentTexts {
  language: UiLanguage;
  /** Plain text (not escaped): callers escape it where it goes into HTML. */
  t(key: string, params?: Params): string;
}

export function documentTexts(language: UiLanguage): DocumentTexts {
  const find = (key: string): string | undefined => lookup(catalogues[language], key) ?? lookup(catalogues.nb, key);
  return {
    language,
    t(key, params = {}) {
      const count = params.count;
      const plural = typeof count === 'number' ? find(`${key}_${count === 1 ? 'one' : 'other'}`) : undefined;
      const template = plural ?? find(key) ?? key;
      return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
        Object.hasOwn(params, name) ? String(params[name]) : whole,
      );
    },
  };
}

/** Dates as Norwegians write them (17.08.2026); the English UI uses the same form. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}
