import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../i18n/use-ui-language';

const numberLocales = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' } as const;

/**
 * Durations as "12 t 30 min" everywhere (never decimal hours, which read ambiguously with
 * a decimal comma), and percentages with the UI language's decimal sign ("72,2 %").
 */
export function useHoursFormat() {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const number = new Intl.NumberFormat(numberLocales[ui], { maximumFractionDigits: 1 });
  return {
    duration(totalMinutes: number): string {
      const hours = Math.floor(totalMinutes / 60);
      const minutes = totalMinutes % 60;
      if (hours === 0) return t('attendance.duration.minutes', { minutes });
      if (minutes === 0) return t('attendance.duration.hours', { hours });
      return t('attendance.duration.hoursMinutes', { hours, minutes });
    },
    percent(value: number | null): string {
      return value === null ? t('attendance.noPercent') : t('attendance.percent', { value: number.format(value) });
    },
  };
}
