import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { request } from '../api/client';
import { useInvalidateAll } from '../api/hooks';
import { useErrorText } from '../i18n/use-error-text';
import { apiErrorOf } from '../api/client';

type Area = 'staff' | 'courses' | 'participants' | 'calendar.schoolYears' | 'calendar.closures' | 'themes' | 'lessons' | 'goals'
  | 'practiceSites' | 'placements'
  | 'statusMeetings' | 'siteVisits' | 'buddyTasks' | 'materials'
  | 'assessments' | 'norskproven' | 'levelTargets'
  | 'glossary' | 'glossary.translations'
  | 'sensitiveNotes';

/**
 * Deleting asks nothing: the row goes to the bin at once and a toast offers to undo,
 * which restores it exactly (rows are tombstoned, not removed).
 */
export function useUndoableDelete(area: Area) {
  const { t } = useTranslation();
  const invalidateAll = useInvalidateAll();
  const { errorText } = useErrorText();
  return async (id: string, message: string): Promise<boolean> => {
    try {
      await request(`${area}.delete`, { id });
    } catch (error) {
      toast.error(errorText(apiErrorOf(error)));
      return false;
    }
    void invalidateAll();
    toast(message, {
      duration: 10_000,
      action: {
        label: t('common.undo'),
        onClick: () => {
          void request(`${area}.restore`, { id }).then(
            () => invalidateAll(),
            (error: unknown) => toast.error(errorText(apiErrorOf(error))),
          );
        },
      },
    });
    return true;
  };
}
