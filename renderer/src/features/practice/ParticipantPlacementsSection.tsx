import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { placementCreateSchema, practiceWeekdays, type PracticeWeekday } from '../../../../shared/domain/practice';
import { isolate } from '../../../../shared/domain/text-direction';
import type { FieldIssue } from '../../../../shared/result';
import { useApiQuery } from '../../api/hooks';
import { useErrorText } from '../../i18n/use-error-text';
import { DateField } from '../../ui/DateField';
import { Field, issueFor } from '../../ui/Field';
import { useCreateForm } from '../../ui/use-create-form';
import { useUndoableDelete } from '../../ui/use-undoable-delete';
import { PlacementList } from './PlacementList';
import './practice.css';

/** «Praksisperioder» on the participant page: where and when the participant is in practice. */
export function ParticipantPlacementsSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const placements = useApiQuery('placements.list', { participantId });
  const sites = useApiQuery('practiceSites.list', {});
  const remove = useUndoableDelete('placements');
  const form = useCreateForm(
    'placements.create',
    placementCreateSchema,
    { participantId, siteId: '', startDate: '', endDate: '', weekdays: [] },
    () => undefined,
  );
  const weekdays = form.values.weekdays;
  const toggle = (day: PracticeWeekday, on: boolean) =>
    form.set({ weekdays: on ? [...weekdays, day] : weekdays.filter((other) => other !== day) });

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('practice.placements.title')}</h2>
      <p className="muted">{t('practice.placements.participantIntro')}</p>
      <PlacementList
        query={placements}
        show="site"
        onRemove={(placement) =>
          void remove(placement.id, t('practice.placements.deleted', { site: isolate(placement.siteName) }))
        }
      />
      {sites.data && sites.data.length === 0 ? <p className="muted">{t('practice.placements.noSites')}</p> : null}
      {sites.data && sites.data.length > 0 ? (
        <form className="placement-form" onSubmit={(event) => void form.submit(event)} noValidate>
          <h3>{t('practice.placements.add')}</h3>
          <div className="form-grid">
            <Field label={t('practice.placements.site')} issue={issueFor(form.issues, 'siteId')} required>
              {(control) => (
                <select {...control} value={form.values.siteId} onChange={(e) => form.set({ siteId: e.target.value })}>
                  <option value="">{t('practice.placements.chooseSite')}</option>
                  {sites.data.map((site) => (
                    <option key={site.id} value={site.id}>
                      {site.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('practice.placements.startDate')} issue={issueFor(form.issues, 'startDate')} required>
              {(control) => <DateField {...control} value={form.values.startDate} onChange={(startDate) => form.set({ startDate })} />}
            </Field>
            <Field label={t('practice.placements.endDate')} issue={issueFor(form.issues, 'endDate')} required>
              {(control) => <DateField {...control} value={form.values.endDate} onChange={(endDate) => form.set({ endDate })} />}
            </Field>
          </div>
          <fieldset className="placement-form__weekdays" aria-describedby={issueFor(form.issues, 'weekdays') ? `${headingId}-weekdays` : undefined}>
            <legend>{t('practice.placements.weekdays')}</legend>
            {practiceWeekdays.map((day) => (
              <label key={day} className="checkbox">
                <input type="checkbox" checked={weekdays.includes(day)} onChange={(e) => toggle(day, e.target.checked)} />
                {t(`practice.weekdays.${day}`)}
              </label>
            ))}
            <WeekdaysIssue id={`${headingId}-weekdays`} issues={form.issues} />
          </fieldset>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={form.busy}>
              {t('practice.placements.add')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

function WeekdaysIssue({ id, issues }: { id: string; issues: readonly FieldIssue[] }) {
  const issue = issueFor(issues, 'weekdays');
  const { issueText } = useErrorText();
  if (!issue) return null;
  return (
    <p id={id} className="field__error" role="alert">
      {issueText(issue)}
    </p>
  );
}
