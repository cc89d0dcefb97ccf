import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { LessonMoveResult } from '../../../../shared/domain/lessons';
import { apiErrorOf, request } from '../../api/client';
import { useInvalidateAll } from '../../api/hooks';
import { formatDate } from '../../i18n/format';
import { useErrorText } from '../../i18n/use-error-text';
import { useUiLanguage } from '../../i18n/use-ui-language';

/**
 * The planner's changes, each saved at once and offered for undo in a toast, as deleting is:
 * a bump is undone by putting every lesson back on its old day and place.
 */
export function usePlanningActions(courseId: string) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const invalidateAll = useInvalidateAll();
  const { errorText } = useErrorText();
  const fail = (error: unknown) => toast.error(errorText(apiErrorOf(error)));

  const undoMoves = (moves: readonly LessonMoveResult[]) =>
    request('lessons.applyMoves', { moves: moves.map((move) => ({ id: move.id, date: move.fromDate, slotIndex: move.fromSlot })) })
      .then(() => invalidateAll(), fail);

  const bump = async (fromDate: string, direction: 1 | -1) => {
    try {
      const { moves } = await request('lessons.bump', { courseId, fromDate, direction });
      void invalidateAll();
      if (moves.length === 0) {
        toast(t('week.bump.nothing'));
        return;
      }
      toast(t(direction === 1 ? 'week.bump.movedForward' : 'week.bump.movedBack', { count: moves.length }), {
        duration: 10_000,
        action: { label: t('common.undo'), onClick: () => void undoMoves(moves) },
      });
    } catch (error) {
      fail(error);
    }
  };

  const move = async (id: string, date: string, slotIndex: number) => {
    try {
      const before = await request('lessons.get', { id });
      await request('lessons.move', { id, date, slotIndex });
      void invalidateAll();
      toast(t('week.moved'), {
        duration: 10_000,
        action: {
          label: t('common.undo'),
          onClick: () => void request('lessons.move', { id, date: before.date, slotIndex: before.slotIndex }).then(() => invalidateAll(), fail),
        },
      });
    } catch (error) {
      fail(error);
    }
  };

  const setLocked = (id: string, locked: boolean) =>
    request('lessons.update', { id, locked }).then(() => invalidateAll(), fail);

  const cancelToEnd = async (id: string) => {
    try {
      const { replacement } = await request('lessons.cancelToEnd', { id });
      void invalidateAll();
      toast(t('week.cancelledToEnd', { date: formatDate(replacement.date, ui) }), {
        duration: 10_000,
        action: {
          label: t('common.undo'),
          onClick: () =>
            void request('lessons.delete', { id: replacement.id })
              .then(() => request('lessons.update', { id, status: 'planned' }))
              .then(() => invalidateAll(), fail),
        },
      });
    } catch (error) {
      fail(error);
    }
  };

  return { bump, move, setLocked, cancelToEnd };
}
