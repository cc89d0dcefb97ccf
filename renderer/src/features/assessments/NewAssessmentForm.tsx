import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { levelsForSource } from '../../../../shared/domain/assessment-levels';
import { assessmentCreateSchema, teacherSources } from '../../../../shared/domain/assessments';
import { useApiQuery } from '../../api/hooks';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { DateField } from '../../ui/DateField';
import { Field, issueFor } from '../../ui/Field';
import { useCreateForm } from '../../ui/use-create-form';
import { todayIso as localToday } from '../week/week-dates';
import { SkillField } from './SkillField';
import { useLevelText } from './use-level-text';

/** «Registrer nivå»: a teacher's observation (may sit between two levels) or a mock test, with evidence. */
export function NewAssessmentForm({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const levelText = useLevelText();
  const [open, setOpen] = useState(false);
  // The lessons and material to choose from are only fetched once the form is opened.
  const evidence = useApiQuery('assessments.evidenceOptions', { participantId }, { enabled: open });
  const form = useCreateForm(
    'assessments.create',
    assessmentCreateSchema,
    { participantId, skill: 'muntlig', source: 'observation', level: 'A1', date: localToday(), comment: '', lessonIds: [], materialIds: [] },
    () => undefined,
  );
  const values = form.values;
  const source = values.source ?? 'observation';
  const lessonIds = values.lessonIds ?? [];
  const materialIds = values.materialIds ?? [];
  const toggle = (list: readonly string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((other) => other !== id));

  return (
    <details className="level-form" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="button button--primary">{t('assessments.create.open')}</summary>
      <form onSubmit={(event) => void form.submit(event)} noValidate aria-label={t('assessments.create.title')}>
        <div className="form-grid">
          <SkillField value={values.skill} issues={form.issues} onChange={(skill) => form.set({ skill })} />
          <Field label={t('assessments.create.source')} issue={issueFor(form.issues, 'source')} required>
            {(control) => (
              <select
                {...control}
                value={source}
                onChange={(e) => {
                  const next = e.target.value as (typeof teacherSources)[number];
                  // A mock test has no between-levels: drop back to the lower whole level.
                  const level = levelsForSource(next).includes(values.level) ? values.level : (values.level.split('/')[0] as typeof values.level);
                  form.set({ source: next, level });
                }}
              >
                {teacherSources.map((item) => (
                  <option key={item} value={item}>{t(`assessments.sources.${item}`)}</option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('assessments.create.level')} issue={issueFor(form.issues, 'level')} help={source === 'observation' ? t('assessments.create.levelHelp') : undefined} required>
            {(control) => (
              <select {...control} value={values.level} onChange={(e) => form.set({ level: e.target.value as typeof values.level })}>
                {levelsForSource(source).map((level) => (
                  <option key={level} value={level}>{levelText(level)}</option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('assessments.create.date')} issue={issueFor(form.issues, 'date')} required>
            {(control) => <DateField {...control} value={values.date} onChange={(date) => form.set({ date })} />}
          </Field>
        </div>
        <Field label={t('assessments.create.comment')} issue={issueFor(form.issues, 'comment')}>
          {(control) => <textarea {...control} dir="auto" rows={2} value={values.comment ?? ''} onChange={(e) => form.set({ comment: e.target.value })} />}
        </Field>
        {evidence.data && (evidence.data.lessons.length > 0 || evidence.data.materials.length > 0) ? (
          <fieldset className="evidence-picker">
            <legend>{t('assessments.create.evidence')}</legend>
            {evidence.data.lessons.length > 0 ? (
              <details>
                <summary>{t('assessments.create.lessons', { count: lessonIds.length })}</summary>
                <div className="evidence-picker__list">
                  {evidence.data.lessons.map((lesson) => (
                    <label key={lesson.id} className="checkbox">
                      <input type="checkbox" checked={lessonIds.includes(lesson.id)} onChange={(e) => form.set({ lessonIds: toggle(lessonIds, lesson.id, e.target.checked) })} />
                      <span dir="auto">{formatDate(lesson.date, language)} · {lesson.title}</span>
                    </label>
                  ))}
                </div>
              </details>
            ) : null}
            {evidence.data.materials.length > 0 ? (
              <details>
                <summary>{t('assessments.create.materials', { count: materialIds.length })}</summary>
                <div className="evidence-picker__list">
                  {evidence.data.materials.map((material) => (
                    <label key={material.id} className="checkbox">
                      <input type="checkbox" checked={materialIds.includes(material.id)} onChange={(e) => form.set({ materialIds: toggle(materialIds, material.id, e.target.checked) })} />
                      <span dir="auto">{material.date ? `${formatDate(material.date, language)} · ` : ''}{material.name}</span>
                    </label>
                  ))}
                </div>
              </details>
            ) : null}
          </fieldset>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('assessments.create.save')}
          </button>
        </div>
      </form>
    </details>
  );
}
