import { useTranslation } from 'react-i18next';
import type { Course } from '../../../../shared/domain/courses';
import type { StaffRole } from '../../../../shared/domain/staff';
import type { FieldIssue } from '../../../../shared/result';
import { useApiQuery } from '../../api/hooks';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { languageName } from '../../../../shared/domain/languages';
import { ChipPicker } from '../../ui/ChipPicker';
import { Field, issueFor } from '../../ui/Field';

interface CourseStaffFieldsProps {
  values: Pick<Course, 'teacherIds' | 'assistantIds'>;
  issues: readonly FieldIssue[];
  onChange: (patch: Partial<Pick<Course, 'teacherIds' | 'assistantIds'>>) => void;
}

/** Teachers and mother-tongue assistants of a class; assistants are shown with the languages they cover. */
export function CourseStaffFields({ values, issues, onChange }: CourseStaffFieldsProps) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const staff = useApiQuery('staff.list', {});
  const optionsFor = (roles: readonly StaffRole[]) =>
    (staff.data ?? [])
      .filter((person) => roles.includes(person.role))
      .map((person) => ({
        value: person.id,
        label: person.name,
        detail: person.languages.map((code) => languageName(code, ui)).join(', ') || undefined,
      }));
  const removeLabel = (option: { label: string }) => `${t('common.remove')}: ${option.label}`;
  return (
    <div className="field-row">
      <Field label={t('classes.teachers')} issue={issueFor(issues, 'teacherIds')}>
        {(control) => (
          <ChipPicker
            {...control}
            value={values.teacherIds}
            options={optionsFor(['teacher', 'admin'])}
            onChange={(teacherIds) => onChange({ teacherIds })}
            addLabel={t('classes.addTeacher')}
            emptyText={staff.data?.length ? t('classes.noTeachers') : t('classes.noStaffYet')}
            removeLabel={removeLabel}
          />
        )}
      </Field>
      <Field label={t('classes.assistants')} issue={issueFor(issues, 'assistantIds')}>
        {(control) => (
          <ChipPicker
            {...control}
            value={values.assistantIds}
            options={optionsFor(['assistant'])}
            onChange={(assistantIds) => onChange({ assistantIds })}
            addLabel={t('classes.addAssistant')}
            emptyText={staff.data?.length ? t('classes.noAssistants') : t('classes.noStaffYet')}
            removeLabel={removeLabel}
          />
        )}
      </Field>
    </div>
  );
}
