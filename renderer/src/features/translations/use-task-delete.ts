import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { apiErrorOf, request } from '../../api/client';
import { useErrorText } from '../../i18n/use-error-text';
import { useInvalidateTranslations } from './queries';

/** Deleting a task asks nothing: it goes to the bin at once and a toast offers to undo. */
export function useTaskDelete() {
  const { t } = useTranslation();
  const invalidate = useInvalidateTranslations();
  const { errorText } = useErrorText();
  return async (id: string): Promise<void> => {
    try {
      await request('translationTasks.delete', { id });
    } catch (error) {
      toast.error(errorText(apiErrorOf(error)));
      return;
    }
    void invalidate();
    toast(t('translations.deleted'), {
      duration: 10_000,
      action: {
        label: t('common.undo'),
        onClick: () => {
          void request('translationTasks.restore', { id }).then(
            () => invalidate(),
            (error: unknown) => toast.error(errorText(apiErrorOf(error))),
          );
        },
      },
    });
  };
}
