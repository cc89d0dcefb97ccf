import { useTranslation } from 'react-i18next';
import { formatDate, isoWeek } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';

/** "17.08.2026 – 18.06.2027 (uke 34–24)": dates as Norwegians write them, with ISO weeks. */
export function CoursePeriod({ startDate, endDate }: { startDate: string; endDate: string }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  return (
    <>
      {t('dates.periodWithWeeks', {
        start: formatDate(startDate, ui),
        end: formatDate(endDate, ui),
        startWeek: isoWeek(startDate),
        endWeek: isoWeek(endDate),
      })}
    </>
  );
}
