import { format, getISOWeek, parseISO } from 'date-fns';
import { enGB, nb, nn } from 'date-fns/locale';
import type { UiLanguage } from '../../../shared/domain/languages';

const locales = { nb, nn, en: enGB } as const;

/** A date as Norwegians write it (17.08.2026); English UI uses the same numeric form to stay unambiguous. */
export function formatDate(iso: string | null | undefined, language: UiLanguage): string {
  if (!iso) return '';
  return format(parseISO(iso), 'dd.MM.yyyy', { locale: locales[language] });
}

/** ISO 8601 week number, the week Norwegian schools plan by. */
export const isoWeek = (iso: string): number => getISOWeek(parseISO(iso));

/** A moment as date and 24-hour time (24.11.2026 09:30), for logs and backups. */
export function formatDateTime(iso: string | null | undefined, language: UiLanguage): string {
  if (!iso) return '';
  return format(parseISO(iso), 'dd.MM.yyyy HH:mm', { locale: locales[language] });
}
