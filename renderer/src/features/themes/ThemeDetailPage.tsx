import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isolate } from '../../../../shared/domain/text-direction';
import { themeUpdateSchema, type Theme } from '../../../../shared/domain/themes';
import { useApiQuery } from '../../api/hooks';
import { DateField } from '../../ui/DateField';
import { EditStatus } from '../../ui/EditStatus';
import { EmptyState } from '../../ui/EmptyState';
import { Field, issueFor } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { useRecordEditor } from '../../ui/use-record-editor';
import { useUndoableDelete } from '../../ui/use-undoable-delete';
import { LessonGoals } from '../lessons/LessonGoals';
import { CopyThemeButton } from '../week/CopyThemeButton';
import { KeyWordsField } from './KeyWordsField';
import { ThemeGoalCoverage } from './ThemeGoalCoverage';

export function ThemeDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const theme = useApiQuery('themes.get', { id });
  if (theme.isError) return <EmptyState action={<Link to="/week">{t('lessons.backToWeek')}</Link>}>{t('common.notFound')}</EmptyState>;
  if (!theme.data) return <p className="muted">{t('app.loading')}</p>;
  return <ThemeForm key={theme.data.id} theme={theme.data} />;
}

/** A theme's name, period, key words, goals and note; autosaved, with undo. */
function ThemeForm({ theme }: { theme: Theme }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const editor = useRecordEditor('themes.update', theme, themeUpdateSchema);
  const { values, edit } = editor;
  const remove = useUndoableDelete('themes');
  const fresh = useApiQuery('themes.get', { id: theme.id });
  const issue = (path: string) => issueFor(editor.issues, path);
  const back = `/week/themes?course=${theme.courseId}`;
  return (
    <>
      <PageHeader
        title={<bdi dir="auto">{values.name || t('themes.name')}</bdi>}
        actions={
          <>
            <CopyThemeButton theme={theme} />
            <button
              type="button"
              className="button button--danger"
              onClick={() => void remove(theme.id, t('themes.deleted', { name: isolate(values.name) })).then((done) => done && navigate(back))}
            >
              {t('common.delete')}
            </button>
          </>
        }
      >
        <Link to={back}>{t('themes.backToThemes')}</Link>
      </PageHeader>
      <EditStatus editor={editor} />
      <form className="card form-grid" onSubmit={(event) => event.preventDefault()} onBlur={() => void editor.flush()}>
        <Field label={t('themes.name')} issue={issue('name')} required>
          {(control) => <input {...control} dir="auto" value={values.name} onChange={(e) => edit({ name: e.target.value })} />}
        </Field>
        <div className="field-row">
          <Field label={t('themes.startDate')} issue={issue('startDate')} required>
            {(control) => <DateField {...control} value={values.startDate} onChange={(startDate) => edit({ startDate })} />}
          </Field>
          <Field label={t('themes.endDate')} issue={issue('endDate')} required>
            {(control) => <DateField {...control} value={values.endDate} onChange={(endDate) => edit({ endDate })} />}
          </Field>
        </div>
        <KeyWordsField value={values.keyWords} onChange={(keyWords) => edit({ keyWords })} />
        <Field label={t('themes.note')} issue={issue('note')}>
          {(control) => <textarea {...control} dir="auto" rows={3} value={values.note} onChange={(e) => edit({ note: e.target.value })} />}
        </Field>
        <LessonGoals value={values.goalIds} issue={issue('goalIds')} onChange={(goalIds) => edit({ goalIds })} />
      </form>
      <ThemeGoalCoverage goalIds={values.goalIds} withLessons={fresh.data?.goalIdsWithLessons ?? theme.goalIdsWithLessons} />
    </>
  );
}
