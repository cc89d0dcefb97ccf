import { useTranslation } from 'react-i18next';
import { daysBetween } from '../../../../shared/domain/calendar/dates';
import { useApiQuery } from '../../api/hooks';
import { formatDate, isoWeek } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { todayIso } from '../week/week-dates';

/** When the next status meeting is due (3 months after the start or the last meeting), and whether it is late. */
export function NextMeetingNotice({ placementId }: { placementId: string }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const today = todayIso();
  const next = useApiQuery('practiceFollowUp.nextMeeting', { placementId, today });
  if (next.data === undefined) return null;
  if (next.data === null) return <p className="meeting-notice">{t('followUp.nextMeeting.none')}</p>;
  const { dueDate, state } = next.data;
  const date = formatDate(dueDate, ui);
  const week = isoWeek(dueDate);
  const text =
    state === 'overdue'
      ? t('followUp.nextMeeting.overdue', { date, week })
      : state === 'due'
        ? t('followUp.nextMeeting.due', { date, week, count: daysBetween(today, dueDate) })
        : t('followUp.nextMeeting.upcoming', { date, week });
  return (
    <p className={state === 'upcoming' ? 'meeting-notice' : `meeting-notice meeting-notice--${state}`} role="status">
      {text}
    </p>
  );
}
