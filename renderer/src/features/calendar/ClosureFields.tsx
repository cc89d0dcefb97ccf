import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { closureKinds, type ClosureKind } from '../../../../shared/domain/calendar/school-calendar';
import type { FieldIssue } from '../../../../shared/result';
import { DateField } from '../../ui/DateField';
import { Field, issueFor } from '../../ui/Field';
import { CourseSelect } from '../courses/CourseSelect';

export interface ClosureValues {
  name: string;
  kind: ClosureKind;
  startDate: string;
  endDate: string;
  courseId: string | null;
}

interface ClosureFieldsProps {
  values: ClosureValues;
  issues: readonly FieldIssue[];
  onChange: (patch: Partial<ClosureValues>) => void;
  autoFocus?: boolean;
}

/** The fields of a break or closure day; shared by the create dialog and the autosaved editor. */
export function ClosureFields({ values, issues, onChange, autoFocus }: ClosureFieldsProps) {
  const { t } = useTranslation();
  const kindGroup = useId();
  return (
    <>
      <Field label={t('calendar.closureName')} issue={issueFor(issues, 'name')} required>
        {(control) => (
          <input
            {...control}
            dir="auto"
            autoFocus={autoFocus}
            placeholder={t('calendar.closureNamePlaceholder')}
            value={values.name}
            onChange={(event) => onChange({ name: event.target.value })}
          />
        )}
      </Field>
      <fieldset className="radio-group">
        <legend>{t('calendar.kind')}</legend>
        <p className="field__help">{t('calendar.kindHelp')}</p>
        {closureKinds.map((kind) => (
          <label key={kind} className="radio">
            <input type="radio" name={kindGroup} value={kind} checked={values.kind === kind} onChange={() => onChange({ kind })} />
            <span>{t(`calendar.kinds.${kind}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="field-row">
        <Field label={t('calendar.from')} issue={issueFor(issues, 'startDate')} required>
          {(control) => (
            <DateField
              {...control}
              value={values.startDate}
              // A single day is the common case: the end follows the start until it is set.
              onChange={(startDate) => onChange(values.endDate ? { startDate } : { startDate, endDate: startDate })}
            />
          )}
        </Field>
        <Field label={t('calendar.to')} help={t('calendar.oneDayHelp')} issue={issueFor(issues, 'endDate')} required>
          {(control) => <DateField {...control} value={values.endDate} onChange={(endDate) => onChange({ endDate })} />}
        </Field>
      </div>
      <Field label={t('calendar.appliesTo')} issue={issueFor(issues, 'courseId')}>
        {(control) => (
          <CourseSelect
            {...control}
            value={values.courseId ?? ''}
            onChange={(courseId) => onChange({ courseId: courseId || null })}
            noneLabel={t('calendar.wholeCentre')}
          />
        )}
      </Field>
    </>
  );
}
