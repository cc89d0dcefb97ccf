import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonCopyKind } from '../../../../shared/domain/copy-plan';
import type { Course } from '../../../../shared/domain/courses';
import { DateField } from '../../ui/DateField';
import { Dialog } from '../../ui/Dialog';
import { Field, issueFor } from '../../ui/Field';
import { copyInputOf, type CopyFormValues } from './copy-plan-input';
import { CopyPreview } from './CopyPreview';
import { useCopyPlan } from './use-copy-plan';

interface CopyPlanDialogProps {
  /** The class copied from. */
  course: Course;
  courses: readonly Course[];
  /** Which copies to offer: day, week and period in the planner; theme on a theme's page. */
  kinds: readonly LessonCopyKind[];
  /** A day of the week on screen (day and week copies start there). */
  date: string;
  theme?: { id: string; name: string; startDate: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** «Kopier …»: choose what and where, see the preview, confirm; the toast offers undo. */
export function CopyPlanDialog({ course, courses, kinds, date, theme, open, onOpenChange }: CopyPlanDialogProps) {
  const { t } = useTranslation();
  const otherClass = courses.find((candidate) => candidate.id !== course.id) ?? course;
  const startOf = (targetId: string) => courses.find((candidate) => candidate.id === targetId)?.startDate ?? date;
  const initial: CopyFormValues = {
    kind: kinds[0] ?? 'week',
    targetCourseId: otherClass.id,
    date,
    targetDate: date,
    from: course.startDate,
    to: course.endDate,
    targetStartDate: theme?.startDate ?? startOf(otherClass.id),
  };
  const [values, setValues] = useState(initial);
  const copy = useCopyPlan(() => close(false));
  const target = courses.find((candidate) => candidate.id === values.targetCourseId);

  const set = (patch: Partial<CopyFormValues>) => {
    setValues({ ...values, ...patch });
    copy.clearPreview();
  };
  function close(next: boolean) {
    if (!next) {
      setValues(initial);
      copy.reset();
    }
    onOpenChange(next);
  }
  const chooseTarget = (targetCourseId: string) =>
    // A period usually goes to next year's class: its own first day is the natural start.
    set({ targetCourseId, ...(values.kind === 'period' ? { targetStartDate: startOf(targetCourseId) } : {}) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void copy.send(copyInputOf(values, course.id, theme?.id ?? ''), copy.preview !== undefined, target?.name ?? '');
  };
  const issue = (path: string) => issueFor(copy.issues, path);
  const dateField = (key: 'date' | 'targetDate' | 'from' | 'to' | 'targetStartDate', label: string) => (
    <Field label={label} issue={issue(key)} required>
      {(control) => <DateField {...control} value={values[key]} onChange={(value) => set({ [key]: value })} />}
    </Field>
  );
  const count = copy.preview?.items.length ?? 0;
  const canCommit = count > 0 || (copy.preview?.themes.length ?? 0) > 0;

  return (
    <Dialog open={open} onOpenChange={close} title={theme ? t('copyPlan.themeTitle', { name: `\u2068${theme.name}\u2069` }) : t('copyPlan.title')}>
      <form onSubmit={submit} noValidate>
        {kinds.length > 1 ? (
          <fieldset className="copy-kinds">
            <legend>{t('copyPlan.what')}</legend>
            {kinds.map((kind) => (
              <label key={kind}>
                <input
                  type="radio"
                  name="copy-kind"
                  value={kind}
                  checked={values.kind === kind}
                  onChange={() => set({ kind, ...(kind === 'period' ? { targetStartDate: startOf(values.targetCourseId) } : {}) })}
                />{' '}
                {t(`copyPlan.kinds.${kind}`)}
              </label>
            ))}
          </fieldset>
        ) : null}
        <p className="muted">{t(`copyPlan.help.${values.kind}`)}</p>
        {values.kind === 'day' ? <div className="field-row">{dateField('date', t('copyPlan.sourceDay'))}{dateField('targetDate', t('copyPlan.targetDate'))}</div> : null}
        {values.kind === 'week' ? <div className="field-row">{dateField('targetDate', t('copyPlan.targetWeek'))}</div> : null}
        {values.kind === 'period' ? <div className="field-row">{dateField('from', t('copyPlan.from'))}{dateField('to', t('copyPlan.to'))}</div> : null}
        <Field label={t('copyPlan.targetClass')} issue={issue('targetCourseId')} required>
          {(control) => (
            <select {...control} value={values.targetCourseId} onChange={(event) => chooseTarget(event.target.value)}>
              {courses.map((option) => (
                <option key={option.id} value={option.id}>
                  {`\u2068${option.name}\u2069`}
                </option>
              ))}
            </select>
          )}
        </Field>
        {values.kind === 'period' || values.kind === 'theme' ? dateField('targetStartDate', t('copyPlan.targetStart')) : null}
        {copy.preview ? <CopyPreview preview={copy.preview} /> : null}
        <div className="button-row">
          {copy.preview ? (
            <button type="submit" className="button button--primary" disabled={copy.busy || !canCommit}>
              {count > 0 ? t('copyPlan.confirm', { count }) : t('copyPlan.confirmThemes')}
            </button>
          ) : (
            <button type="submit" className="button button--primary" disabled={copy.busy}>
              {t('copyPlan.preview')}
            </button>
          )}
          <button type="button" className="button" onClick={() => close(false)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
