import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isoWeekOf, isoWeekYear } from '../../../../shared/domain/calendar/dates';
import { lessonUpdateSchema, type Lesson } from '../../../../shared/domain/lessons';
import { useApiQuery } from '../../api/hooks';
import { LessonBodyEditor } from '../../editor/LessonBodyEditor';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { EditStatus } from '../../ui/EditStatus';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { SaveStatus } from '../../ui/SaveStatus';
import { useAutosave } from '../../ui/use-autosave';
import { useRecordEditor } from '../../ui/use-record-editor';
import { issueFor } from '../../ui/Field';
import { LessonFields } from './LessonFields';
import { LessonGoals } from './LessonGoals';
import { VersionHistory } from './VersionHistory';
import { LessonAttendanceSection } from '../attendance/LessonAttendanceSection';
import { InsertMaterialButton } from '../materials/InsertMaterialButton';
import { MaterialLinkOpener } from '../materials/MaterialViewerDialog';
import { LessonTranslationStatus } from '../translations/LessonTranslationStatus';

/** The lesson editor: details on top, the lesson text below, its version history at the side. */
export function LessonEditorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const lesson = useApiQuery('lessons.get', { id });
  if (lesson.isError) {
    return <EmptyState action={<Link to="/week">{t('lessons.backToWeek')}</Link>}>{t('common.notFound')}</EmptyState>;
  }
  if (!lesson.data) return <p className="muted">{t('app.loading')}</p>;
  return <LessonEditor key={lesson.data.id} lesson={lesson.data} />;
}

type LessonValues = Omit<Lesson, 'bodyHtml'>;

function LessonEditor({ lesson }: { lesson: Lesson }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const labelId = useId();
  const { bodyHtml: _body, ...fields } = lesson;
  const editor = useRecordEditor<LessonValues>('lessons.update', fields, lessonUpdateSchema);
  // The text has its own autosave: tiptap keeps its own undo history for typing.
  const body = useAutosave('lessons.update', lesson.id, lessonUpdateSchema);
  // A restored version replaces the editor's content: a new key makes a fresh editor.
  const [restored, setRestored] = useState({ count: 0, html: lesson.bodyHtml });
  const { values } = editor;
  const weekLink = `/week?course=${lesson.courseId}&year=${isoWeekYear(values.date)}&week=${isoWeekOf(values.date)}`;

  return (
    <>
      <PageHeader title={<bdi dir="auto">{values.title || t('lessons.title')}</bdi>}>
        <Link to={weekLink} onClick={() => void body.flush()}>
          {t('lessons.backToWeek')}
        </Link>
        <p className="muted">
          {formatDate(values.date, ui)} · {values.startTime}–{values.endTime}
          {values.status === 'cancelled' ? ` · ${t('week.card.cancelled')}` : ''}
        </p>
      </PageHeader>
      <EditStatus editor={editor} />
      {/* Material links in the text and in older versions open in the app's viewer. */}
      <MaterialLinkOpener>
        <div className="lesson-layout">
          <div className="lesson-layout__main">
            <LessonFields editor={editor} courseId={lesson.courseId} />
            <LessonTranslationStatus lessonId={lesson.id} dependsOn={JSON.stringify([values.support, values.themeId, values.status, editor.state])} />
            <section className="card">
              <div className="lesson-body__head">
                <h2 id={labelId}>{t('lessons.body')}</h2>
                <SaveStatus state={body.state} />
              </div>
              <LessonBodyEditor
                key={restored.count}
                initialHtml={restored.html}
                labelId={labelId}
                onChange={(bodyHtml) => body.change({ bodyHtml })}
                onBlur={() => void body.flush()}
                extraTools={(current) => <InsertMaterialButton editor={current} courseId={lesson.courseId} />}
              />
            </section>
            <section className="card">
              <LessonGoals value={values.goalIds} issue={issueFor(editor.issues, 'goalIds')} onChange={(goalIds) => editor.edit({ goalIds })} />
            </section>
            <LessonAttendanceSection lessonId={lesson.id} />
          </div>
          <VersionHistory
            lessonId={lesson.id}
            beforeRestore={body.flush}
            onRestored={(html) => setRestored((previous) => ({ count: previous.count + 1, html }))}
          />
        </div>
      </MaterialLinkOpener>
    </>
  );
}
