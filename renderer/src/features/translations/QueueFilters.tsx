import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../../shared/domain/languages';
import type { Course } from '../../../../shared/domain/courses';
import type { Staff } from '../../../../shared/domain/staff';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { DateField } from '../../ui/DateField';
import { Field } from '../../ui/Field';

export interface QueueFilter {
  assistantId: string;
  language: string;
  courseId: string;
  dueBefore: string;
  includeDone: boolean;
}

interface QueueFiltersProps {
  value: QueueFilter;
  onChange: (patch: Partial<QueueFilter>) => void;
  /** The signed-in assistant's name: the queue is theirs and the choice is not offered. */
  fixedAssistant: string | null;
  assistants: readonly Staff[];
  courses: readonly Course[];
  /** The languages the tasks are in, for the language choice. */
  languages: readonly string[];
}

export function QueueFilters({ value, onChange, fixedAssistant, assistants, courses, languages }: QueueFiltersProps) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const doneId = useId();
  return (
    <section className="card translation-filters" aria-label={t('translations.filters.label')}>
      {fixedAssistant ? (
        <p className="translation-filters__me">
          {t('translations.filters.assistant')}: <strong><bdi dir="auto">{fixedAssistant}</bdi></strong>
        </p>
      ) : (
        <Field label={t('translations.filters.assistant')}>
          {(control) => (
            <select {...control} value={value.assistantId} onChange={(event) => onChange({ assistantId: event.target.value })}>
              <option value="">{t('translations.filters.anyAssistant')}</option>
              {assistants.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t('translations.filters.language')}>
        {(control) => (
          <select {...control} value={value.language} onChange={(event) => onChange({ language: event.target.value })}>
            <option value="">{t('translations.filters.anyLanguage')}</option>
            {[...new Set([...languages, value.language].filter(Boolean))].map((code) => (
              <option key={code} value={code}>
                {languageName(code, ui)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('translations.filters.course')}>
        {(control) => (
          <select {...control} value={value.courseId} onChange={(event) => onChange({ courseId: event.target.value })}>
            <option value="">{t('translations.filters.anyCourse')}</option>
            {courses.map((course) => (
              <option key={course.id} value={course.id}>
                {course.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('translations.filters.dueBefore')}>
        {(control) => <DateField {...control} value={value.dueBefore} onChange={(dueBefore) => onChange({ dueBefore })} />}
      </Field>
      <div className="translation-filters__done">
        <input id={doneId} type="checkbox" checked={value.includeDone} onChange={(event) => onChange({ includeDone: event.target.checked })} />
        <label htmlFor={doneId}>{t('translations.filters.showDone')}</label>
      </div>
    </section>
  );
}
