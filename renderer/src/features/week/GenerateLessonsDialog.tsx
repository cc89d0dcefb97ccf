import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { addDays } from '../../../../shared/domain/calendar/dates';
import type { Course } from '../../../../shared/domain/courses';
import { lessonGenerateSchema, type LessonGeneratePreview } from '../../../../shared/domain/lessons';
import type { FieldIssue } from '../../../../shared/result';
import { toFieldIssues } from '../../../../shared/validation';
import { ApiCallError, apiErrorOf, request } from '../../api/client';
import { useInvalidateAll } from '../../api/hooks';
import { formatDate } from '../../i18n/format';
import { useErrorText } from '../../i18n/use-error-text';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { DateField } from '../../ui/DateField';
import { Dialog } from '../../ui/Dialog';
import { Field, issueFor } from '../../ui/Field';
import { TimeField } from '../../ui/TimeField';

interface GenerateLessonsDialogProps {
  course: Course;
  /** Monday of the week on screen: the period starts there. */
  monday: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** «Lag økter fra mønsteret»: choose a period and times, see what would be made, then confirm. */
export function GenerateLessonsDialog({ course, monday, open, onOpenChange }: GenerateLessonsDialogProps) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const { errorText } = useErrorText();
  const invalidateAll = useInvalidateAll();
  const start = monday < course.startDate ? course.startDate : monday;
  const initial = { from: start, to: addDays(start, 25), startTime: '09:00', endTime: '14:00', titlePrefix: t('week.generate.defaultTitle') };
  const [values, setValues] = useState(initial);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [preview, setPreview] = useState<LessonGeneratePreview>();
  const [busy, setBusy] = useState(false);

  const set = (patch: Partial<typeof values>) => {
    setValues({ ...values, ...patch });
    setPreview(undefined);
  };
  const close = (next: boolean) => {
    if (!next) {
      setValues(initial);
      setPreview(undefined);
      setIssues([]);
    }
    onOpenChange(next);
  };

  const send = async (confirm: boolean) => {
    const input = { courseId: course.id, ...values, confirm };
    const parsed = lessonGenerateSchema.safeParse(input);
    if (!parsed.success) {
      setIssues(toFieldIssues(parsed.error, input));
      return;
    }
    setBusy(true);
    try {
      const answer = await request('lessons.generate', input);
      setIssues([]);
      if (confirm) {
        void invalidateAll();
        toast(t('week.generate.created', { count: answer.createdIds.length }));
        close(false);
      } else {
        setPreview(answer);
      }
    } catch (error) {
      if (error instanceof ApiCallError && error.error.issues) setIssues(error.error.issues);
      else toast.error(errorText(apiErrorOf(error)));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(preview !== undefined);
  };
  const issue = (path: string) => issueFor(issues, path);
  const reason = (skip: LessonGeneratePreview['skipped'][number]) =>
    skip.reason === 'hasLesson' ? t('week.generate.hasLesson') : `${t(`week.closed.${skip.reason}`)}: ${skip.name}`;

  return (
    <Dialog open={open} onOpenChange={close} title={t('week.generate.title')}>
      <form onSubmit={submit} noValidate>
        <p className="muted">{t('week.generate.help')}</p>
        <div className="field-row">
          <Field label={t('week.generate.from')} issue={issue('from')} required>
            {(control) => <DateField {...control} value={values.from} onChange={(from) => set({ from })} />}
          </Field>
          <Field label={t('week.generate.to')} issue={issue('to')} required>
            {(control) => <DateField {...control} value={values.to} onChange={(to) => set({ to })} />}
          </Field>
        </div>
        <div className="field-row">
          <Field label={t('lessons.startTime')} issue={issue('startTime')} required>
            {(control) => <TimeField {...control} value={values.startTime} onChange={(startTime) => set({ startTime })} />}
          </Field>
          <Field label={t('lessons.endTime')} issue={issue('endTime')} required>
            {(control) => <TimeField {...control} value={values.endTime} onChange={(endTime) => set({ endTime })} />}
          </Field>
        </div>
        <Field label={t('week.generate.titlePrefix')} issue={issue('titlePrefix')}>
          {(control) => <input {...control} dir="auto" value={values.titlePrefix} onChange={(e) => set({ titlePrefix: e.target.value })} />}
        </Field>
        {preview ? (
          <div className="generate-preview" role="status">
            <p>{t('week.generate.willCreate', { count: preview.lessons.length })}</p>
            {preview.lessons.length > 0 ? (
              <p className="muted">
                {formatDate(preview.lessons[0]!.date, ui)} – {formatDate(preview.lessons.at(-1)!.date, ui)}
              </p>
            ) : null}
            {preview.skipped.length > 0 ? (
              <>
                <p>{t('week.generate.skipped', { count: preview.skipped.length })}</p>
                <ul className="generate-preview__skipped">
                  {preview.skipped.map((skip) => (
                    <li key={skip.date}>
                      {formatDate(skip.date, ui)}: <bdi dir="auto">{reason(skip)}</bdi>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
        <div className="button-row">
          {preview ? (
            <button type="submit" className="button button--primary" disabled={busy || preview.lessons.length === 0}>
              {t('week.generate.confirm', { count: preview.lessons.length })}
            </button>
          ) : (
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('week.generate.preview')}
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
