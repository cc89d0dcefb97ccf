import { useTranslation } from 'react-i18next';
import type { Lesson } from '../../../../shared/domain/lessons';
import { useApiQuery } from '../../api/hooks';
import { DateField } from '../../ui/DateField';
import { Field, issueFor } from '../../ui/Field';
import type { RecordEditor } from '../../ui/use-record-editor';
import { SupportFields } from './SupportFields';
import { TimeField } from '../../ui/TimeField';

type LessonValues = Omit<Lesson, 'bodyHtml'>;

interface LessonFieldsProps {
  editor: RecordEditor & { values: LessonValues; edit: (patch: Partial<LessonValues>) => void };
  courseId: string;
}

/** Title, date, times, theme, lock and mother-tongue support of a lesson; each change autosaves. */
export function LessonFields({ editor, courseId }: LessonFieldsProps) {
  const { t } = useTranslation();
  const { values, edit } = editor;
  const themes = useApiQuery('themes.list', { courseId });
  const issue = (path: string) => issueFor(editor.issues, path);
  return (
    <form className="card form-grid" onSubmit={(event) => event.preventDefault()} onBlur={() => void editor.flush()}>
      <Field label={t('lessons.title')} issue={issue('title')} required>
        {(control) => <input {...control} dir="auto" value={values.title} onChange={(e) => edit({ title: e.target.value })} />}
      </Field>
      <div className="field-row">
        <Field label={t('lessons.date')} issue={issue('date')} required>
          {(control) => <DateField {...control} value={values.date} onChange={(date) => edit({ date })} />}
        </Field>
        <Field label={t('lessons.startTime')} issue={issue('startTime')} required>
          {(control) => <TimeField {...control} value={values.startTime} onChange={(startTime) => edit({ startTime })} />}
        </Field>
        <Field label={t('lessons.endTime')} issue={issue('endTime')} required>
          {(control) => <TimeField {...control} value={values.endTime} onChange={(endTime) => edit({ endTime })} />}
        </Field>
      </div>
      <Field label={t('lessons.theme')} issue={issue('themeId')}>
        {(control) => (
          <select {...control} value={values.themeId ?? ''} onChange={(e) => edit({ themeId: e.target.value || null })}>
            <option value="">{t('lessons.noTheme')}</option>
            {(themes.data ?? []).map((theme) => (
              <option key={theme.id} value={theme.id}>{`\u2068${theme.name}\u2069`}</option>
            ))}
          </select>
        )}
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={values.locked} onChange={(e) => edit({ locked: e.target.checked })} />
        {t('lessons.locked')}
      </label>
      <SupportFields courseId={courseId} value={values.support} issues={editor.issues} onChange={(support) => edit({ support })} />
    </form>
  );
}
