import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../../shared/result';
import { DateField } from '../../ui/DateField';
import { Field, issueFor } from '../../ui/Field';

interface SchoolYearValues {
  name: string;
  startDate: string;
  endDate: string;
}

interface SchoolYearFieldsProps {
  values: SchoolYearValues;
  issues: readonly FieldIssue[];
  onChange: (patch: Partial<SchoolYearValues>) => void;
  autoFocus?: boolean;
}

/** Name, first and last day of a school year; used by the create dialog and the autosaved editor. */
export function SchoolYearFields({ values, issues, onChange, autoFocus }: SchoolYearFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('calendar.name')} issue={issueFor(issues, 'name')} required>
        {(control) => (
          <input
            {...control}
            dir="auto"
            autoFocus={autoFocus}
            placeholder={t('calendar.namePlaceholder')}
            value={values.name}
            onChange={(event) => onChange({ name: event.target.value })}
          />
        )}
      </Field>
      <div className="field-row">
        <Field label={t('calendar.startDate')} issue={issueFor(issues, 'startDate')} required>
          {(control) => <DateField {...control} value={values.startDate} onChange={(startDate) => onChange({ startDate })} />}
        </Field>
        <Field label={t('calendar.endDate')} issue={issueFor(issues, 'endDate')} required>
          {(control) => <DateField {...control} value={values.endDate} onChange={(endDate) => onChange({ endDate })} />}
        </Field>
      </div>
    </>
  );
}
