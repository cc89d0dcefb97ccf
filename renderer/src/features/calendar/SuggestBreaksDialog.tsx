import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { SuggestedBreak } from '../../../../shared/domain/calendar/school-calendar';
import { apiErrorOf, request } from '../../api/client';
import { useApiQuery, useInvalidateAll } from '../../api/hooks';
import { formatDate, isoWeek } from '../../i18n/format';
import { useErrorText } from '../../i18n/use-error-text';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { Dialog } from '../../ui/Dialog';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';

interface SuggestBreaksDialogProps {
  schoolYearId: string;
  onClose: () => void;
}

/**
 * The usual breaks, proposed by core and reviewed here: the user unticks what does not fit
 * and saves the rest. Nothing is stored before «Lagre valgte», and the toast can undo it.
 */
export function SuggestBreaksDialog({ schoolYearId, onClose }: SuggestBreaksDialogProps) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const { errorText } = useErrorText();
  const invalidateAll = useInvalidateAll();
  const proposals = useApiQuery('calendar.schoolYears.suggestBreaks', { schoolYearId }, { staleTime: 0, gcTime: 0 });
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const chosen = (proposals.data ?? []).filter((proposal) => !unticked.has(proposal.key));

  const toggle = (key: string) =>
    setUnticked((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const nameOf = (proposal: SuggestedBreak) => t(`calendar.suggest.names.${proposal.key}`);

  const save = async () => {
    setBusy(true);
    const created: string[] = [];
    try {
      for (const proposal of chosen) {
        const closure = await request('calendar.closures.create', {
          schoolYearId,
          name: nameOf(proposal),
          kind: 'break',
          startDate: proposal.startDate,
          endDate: proposal.endDate,
        });
        created.push(closure.id);
      }
    } catch (error) {
      toast.error(errorText(apiErrorOf(error)));
    } finally {
      setBusy(false);
      void invalidateAll();
    }
    if (created.length === 0) return;
    toast(t('calendar.suggest.saved', { count: created.length }), {
      duration: 10_000,
      action: {
        label: t('common.undo'),
        onClick: () => {
          void Promise.all(created.map((id) => request('calendar.closures.delete', { id }))).then(
            () => invalidateAll(),
            (error: unknown) => toast.error(errorText(apiErrorOf(error))),
          );
        },
      },
    });
    onClose();
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={t('calendar.suggest.title')}
    >
      <p className="field__help">{t('calendar.suggest.help')}</p>
      {proposals.isError ? <ErrorMessage error={proposals.error} /> : null}
      {proposals.data && proposals.data.length === 0 ? <EmptyState>{t('calendar.suggest.none')}</EmptyState> : null}
      {proposals.data && proposals.data.length > 0 ? (
        <ul className="plain-list">
          {proposals.data.map((proposal) => (
            <li key={proposal.key} className="plain-list__row">
              <label className="checkbox">
                <input type="checkbox" checked={!unticked.has(proposal.key)} onChange={() => toggle(proposal.key)} />
                <span>
                  <strong>{nameOf(proposal)}</strong>{' '}
                  {t('dates.periodWithWeeks', {
                    start: formatDate(proposal.startDate, ui),
                    end: formatDate(proposal.endDate, ui),
                    startWeek: isoWeek(proposal.startDate),
                    endWeek: isoWeek(proposal.endDate),
                  })}
                </span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={busy || chosen.length === 0}
          onClick={() => void save()}
        >
          {t('calendar.suggest.save')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
