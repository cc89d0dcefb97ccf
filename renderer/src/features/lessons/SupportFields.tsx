import { useTranslation } from 'react-i18next';
import type { MotherTongueSupport } from '../../../../shared/domain/lessons';
import type { FieldIssue } from '../../../../shared/result';
import { useApiQuery } from '../../api/hooks';
import { ChipPicker } from '../../ui/ChipPicker';
import { Field, issueFor } from '../../ui/Field';
import { LanguagePicker } from '../../ui/LanguagePicker';

interface SupportFieldsProps {
  courseId: string;
  value: MotherTongueSupport | null;
  issues: readonly FieldIssue[];
  onChange: (value: MotherTongueSupport | null) => void;
}

/**
 * Whether the lesson has mother-tongue support, and from whom and in which languages. The
 * assistants offered are the class's; choosing one adds the languages they cover.
 */
export function SupportFields({ courseId, value, issues, onChange }: SupportFieldsProps) {
  const { t } = useTranslation();
  const course = useApiQuery('courses.get', { id: courseId });
  const staff = useApiQuery('staff.list', { role: 'assistant' });
  const assistants = (staff.data ?? []).filter((person) => course.data?.assistantIds.includes(person.id));
  const options = assistants.map((person) => ({ value: person.id, label: person.name }));
  const languagesOf = (ids: readonly string[]) =>
    [...new Set(assistants.filter((person) => ids.includes(person.id)).flatMap((person) => person.languages))];

  return (
    <fieldset className="fieldset">
      <legend>{t('lessons.support.title')}</legend>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={value !== null}
          onChange={(e) => onChange(e.target.checked ? { assistantIds: [], languages: [] } : null)}
        />
        {t('lessons.support.has')}
      </label>
      {value ? (
        <>
          <Field label={t('lessons.support.assistants')} issue={issueFor(issues, 'support.assistantIds')}>
            {(control) => (
              <ChipPicker
                {...control}
                value={value.assistantIds}
                options={options}
                onChange={(assistantIds) => {
                  const added = languagesOf(assistantIds).filter((code) => !value.languages.includes(code));
                  onChange({ assistantIds, languages: [...value.languages, ...added] });
                }}
                addLabel={t('lessons.support.addAssistant')}
                emptyText={options.length === 0 ? t('lessons.support.noAssistants') : t('lessons.support.noneChosen')}
                removeLabel={(option) => t('lessons.support.removeAssistant', { name: option.label })}
              />
            )}
          </Field>
          <Field label={t('lessons.support.languages')} issue={issueFor(issues, 'support.languages')}>
            {(control) => <LanguagePicker {...control} value={value.languages} onChange={(languages) => onChange({ ...value, languages })} />}
          </Field>
        </>
      ) : (
        <p className="muted">{t('week.card.noSupport')}</p>
      )}
    </fieldset>
  );
}
