import { languageInfo, languageName, languages as builtInLanguages } from '../../../../../shared/domain/languages';
import { useApiQuery } from '../../../api/hooks';
import { useUiLanguage } from '../../../i18n/use-ui-language';

export interface GlossaryLanguage {
  code: string;
  /** In the UI language; for an added language, the name the user gave it. */
  name: string;
  /** In its own script, where the app knows it. */
  native: string | null;
  direction: 'ltr' | 'rtl';
  added: boolean;
}

/**
 * Every language a translation may have: the built-in list (Norwegian left out: it is the
 * term itself) and the languages users have added, by name in the UI language.
 */
export function useGlossaryLanguages() {
  const ui = useUiLanguage();
  const added = useApiQuery('glossary.languages.list', {});
  const list: GlossaryLanguage[] = [
    ...builtInLanguages
      .filter((language) => language.code !== 'nb' && language.code !== 'nn')
      .map((language) => ({ code: language.code, name: language[ui], native: language.native, direction: language.direction, added: false })),
    ...(added.data ?? []).map((language) => ({ code: language.code, name: language.name, native: null, direction: language.direction, added: true })),
  ].sort((a, b) => a.name.localeCompare(b.name, ui));
  const byCode = new Map(list.map((language) => [language.code, language]));
  return {
    languages: list,
    nameOf: (code: string): string => byCode.get(code)?.name ?? languageName(code, ui),
    nativeOf: (code: string): string | null => byCode.get(code)?.native ?? languageInfo(code)?.native ?? null,
    directionOf: (code: string): 'ltr' | 'rtl' | undefined => byCode.get(code)?.direction,
  };
}
