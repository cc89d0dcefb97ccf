import { useTranslation } from 'react-i18next';
import { placementUpdateSchema, practiceWeekdays, type Placement, type PracticeWeekday } from '../../../../shared/domain/practice';
import { useApiQuery } from '../../api/hooks';
import { useErrorText } from '../../i18n/use-error-text';
import { DateField } from '../../ui/DateField';
import { EditStatus } from '../../ui/EditStatus';
import { Field, issueFor } from '../../ui/Field';
import { useRecordEditor } from '../../ui/use-record-editor';

interface PlacementDetailsFormProps {
  placement: Placement;
  headingId: string;
  title: string;
}

/** Site, period, weekdays and hours of a placement: autosaved, with undo; a clash is shown on the weekdays. */
export function PlacementDetailsForm({ placement, headingId, title }: PlacementDetailsFormProps) {
  const { t } = useTranslation();
  const { issueText } = useErrorText();
  const sites = useApiQuery('practiceSites.list', {});
  const editor = useRecordEditor('placements.update', placement, placementUpdateSchema);
  const { values, edit } = editor;
  const issue = (path: string) => issueFor(editor.issues, path);
  const weekdaysIssue = issue('weekdays');
  const toggle = (day: PracticeWeekday, on: boolean) =>
    edit({ weekdays: on ? practiceWeekdays.filter((d) => d === day || values.weekdays.includes(d)) : values.weekdays.filter((d) => d !== day) });

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {title}
      </h2>
      <EditStatus editor={editor} />
      <form className="form-grid" onSubmit={(event) => event.preventDefault()} onBlur={() => void editor.flush()}>
        <Field label={t('practice.placements.site')} issue={issue('siteId')} required>
          {(control) => (
            <select {...control} value={values.siteId} onChange={(e) => edit({ siteId: e.target.value })}>
              {(sites.data ?? [{ id: placement.siteId, name: placement.siteName }]).map((site) => (
                <option key={site.id} value={site.id}>
                  {site.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('practice.placements.startDate')} issue={issue('startDate')} required>
          {(control) => <DateField {...control} value={values.startDate} onChange={(startDate) => edit({ startDate })} />}
        </Field>
        <Field label={t('practice.placements.endDate')} issue={issue('endDate')} required>
          {(control) => <DateField {...control} value={values.endDate} onChange={(endDate) => edit({ endDate })} />}
        </Field>
        <Field label={t('followUp.placement.hoursPerDay')} help={t('followUp.placement.hoursPerDayHelp')} issue={issue('hoursPerDay')} required>
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="decimal"
              min={0.25}
              max={12}
              step={0.25}
              value={Number.isNaN(values.hoursPerDay) ? '' : values.hoursPerDay}
              onChange={(e) => edit({ hoursPerDay: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
            />
          )}
        </Field>
        <fieldset
          className={weekdaysIssue ? 'placement-form__weekdays field--invalid' : 'placement-form__weekdays'}
          aria-describedby={weekdaysIssue ? `${headingId}-weekdays-error` : undefined}
        >
          <legend>{t('practice.placements.weekdays')}</legend>
          {practiceWeekdays.map((day) => (
            <label key={day} className="checkbox">
              <input type="checkbox" checked={values.weekdays.includes(day)} onChange={(e) => toggle(day, e.target.checked)} />
              {t(`practice.weekdays.${day}`)}
            </label>
          ))}
          {weekdaysIssue ? (
            <p id={`${headingId}-weekdays-error`} className="field__error" role="alert">
              {issueText(weekdaysIssue)}
            </p>
          ) : null}
        </fieldset>
        <Field label={t('practice.note')} issue={issue('note')}>
          {(control) => <textarea {...control} dir="auto" rows={2} value={values.note} onChange={(e) => edit({ note: e.target.value })} />}
        </Field>
      </form>
    </section>
  );
}
