import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { siteVisitUpdateSchema, type SiteVisit } from '../../../../shared/domain/practice-follow-up';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { DateField } from '../../ui/DateField';
import { EditStatus } from '../../ui/EditStatus';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field, issueFor } from '../../ui/Field';
import { useRecordEditor } from '../../ui/use-record-editor';
import { useUndoableDelete } from '../../ui/use-undoable-delete';
import { todayIso } from '../week/week-dates';
import { FollowUpList, SummaryLine } from './FollowUpList';

/** «Besøk på praksisplassen»: what the teacher saw, the material collected and the follow-up agreed. */
export function SiteVisitsSection({ placementId, headingId }: { placementId: string; headingId: string }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const visits = useApiQuery('siteVisits.list', { placementId });
  const create = useApiMutation('siteVisits.create');
  const remove = useUndoableDelete('siteVisits');
  const [openId, setOpenId] = useState<string | null>(null);

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('followUp.visits.title')}
      </h2>
      <p className="muted">{t('followUp.visits.intro')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={create.isPending}
          onClick={() => create.mutate({ placementId, date: todayIso() }, { onSuccess: (created) => setOpenId(created.id) })}
        >
          {t('followUp.visits.add')}
        </button>
      </div>
      {create.isError ? <ErrorMessage error={create.error} /> : null}
      {visits.isError ? <ErrorMessage error={visits.error} /> : null}
      <FollowUpList
        items={visits.data ?? []}
        openId={openId}
        onOpen={setOpenId}
        empty={visits.data ? t('followUp.visits.none') : ''}
        title={(visit) => t('followUp.visits.item', { date: formatDate(visit.date, ui) })}
        summary={(visit) => (
          <>
            <SummaryLine label={t('followUp.visits.observed')} text={visit.observed} />
            <SummaryLine label={t('followUp.visits.material')} text={visit.material} />
            <SummaryLine label={t('followUp.visits.followUp')} text={visit.followUp} />
          </>
        )}
        editor={(visit) => <VisitEditor visit={visit} />}
        removeLabel={(visit) => t('followUp.visits.remove', { date: formatDate(visit.date, ui) })}
        onRemove={(visit) => void remove(visit.id, t('followUp.visits.deleted', { date: formatDate(visit.date, ui) }))}
      />
    </section>
  );
}

function VisitEditor({ visit }: { visit: SiteVisit }) {
  const { t } = useTranslation();
  const editor = useRecordEditor('siteVisits.update', visit, siteVisitUpdateSchema);
  const { values, edit } = editor;
  const issue = (path: string) => issueFor(editor.issues, path);
  return (
    <>
      <EditStatus editor={editor} />
      <form className="form-grid" onSubmit={(event) => event.preventDefault()} onBlur={() => void editor.flush()}>
        <Field label={t('followUp.visits.date')} issue={issue('date')} required>
          {(control) => <DateField {...control} value={values.date} onChange={(date) => edit({ date })} />}
        </Field>
        <Field label={t('followUp.visits.observed')} issue={issue('observed')}>
          {(control) => <textarea {...control} dir="auto" rows={3} value={values.observed} onChange={(e) => edit({ observed: e.target.value })} />}
        </Field>
        <Field label={t('followUp.visits.material')} issue={issue('material')}>
          {(control) => <textarea {...control} dir="auto" rows={2} value={values.material} onChange={(e) => edit({ material: e.target.value })} />}
        </Field>
        <Field label={t('followUp.visits.followUp')} issue={issue('followUp')}>
          {(control) => <textarea {...control} dir="auto" rows={2} value={values.followUp} onChange={(e) => edit({ followUp: e.target.value })} />}
        </Field>
      </form>
    </>
  );
}
