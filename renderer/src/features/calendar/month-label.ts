import { format, parseISO } from 'date-fns';
import { enGB, nb, nn } from 'date-fns/locale';
import type { UiLanguage } from '../../../../shared/domain/languages';

const locales = { nb, nn, en: enGB } as const;

/** "August 2026" / "august 2026" as a heading: Norwegian month names are lower case, headings start with a capital. */
export function monthLabel(isoMonth: string, language: UiLanguage): string {
  const text = format(parseISO(`${isoMonth}-01`), 'LLLL yyyy', { locale: locales[language] });
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}
