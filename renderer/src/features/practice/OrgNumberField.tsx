import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../../shared/result';
import { Field } from '../../ui/Field';

/** «Organisasjonsnummer» of a practice site: digits, left to right, checked by core. */
export function OrgNumberField({ value, issue, onChange }: { value: string; issue: FieldIssue | undefined; onChange: (orgNumber: string) => void }) {
  const { t } = useTranslation();
  return (
    <Field label={t('practice.orgNumber')} help={t('practice.orgNumberHelp')} issue={issue}>
      {(control) => (
        <input {...control} dir="ltr" inputMode="numeric" autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}
