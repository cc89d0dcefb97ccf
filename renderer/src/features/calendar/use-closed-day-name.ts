import { useTranslation } from 'react-i18next';
import type { ClosedDay } from '../../../../shared/domain/calendar/school-calendar';

/** A holiday in the UI's language; breaks and closures keep the name the centre gave them. */
export function useClosedDayName() {
  const { t } = useTranslation();
  return (day: ClosedDay): string => (day.holidayKey ? t(`calendar.holidays.${day.holidayKey}`) : day.name);
}
