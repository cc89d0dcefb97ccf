import { useTranslation } from 'react-i18next';
import { isolate } from '../../../../shared/domain/text-direction';
import { Link, useNavigate, useParams } from 'react-router';
import { courseUpdateSchema, type Course } from '../../../../shared/domain/courses';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../ui/EmptyState';
import { DateField } from '../../ui/DateField';
import { Field, issueFor } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { EditStatus } from '../../ui/EditStatus';
import { useRecordEditor } from '../../ui/use-record-editor';
import { useUndoableDelete } from '../../ui/use-undoable-delete';
import { CourseParticipants } from './CourseParticipants';
import { CourseAttendanceSummary } from '../attendance/CourseAttendanceSummary';
import { ExchangePackageSection } from '../exchange/ExchangePackageSection';
import { CoursePeriod } from './CoursePeriod';
import { CourseStaffFields } from './CourseStaffFields';
import { LanguageGroupsPanel } from './LanguageGroupsPanel';
import { LevelBandFields } from './LevelBandFields';
import { WeekPatternField } from './WeekPatternField';

export function CourseDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const course = useApiQuery('courses.get', { id });
  if (course.isError) {
    return <EmptyState action={<Link to="/classes">{t('common.backToList')}</Link>}>{t('common.notFound')}</EmptyState>;
  }
  if (!course.data) return <p className="muted">{t('app.loading')}</p>;
  return (
    <>
      <CourseForm key={course.data.id} course={course.data} />
      <div className="two-columns">
        <CourseParticipants course={course.data} />
        <LanguageGroupsPanel course={course.data} />
      </div>
      <CourseAttendanceSummary courseId={course.data.id} />
      <ExchangePackageSection course={course.data} />
    </>
  );
}

function CourseForm({ course }: { course: Course }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const editor = useRecordEditor('courses.update', course, courseUpdateSchema);
  const { values, edit } = editor;
  const remove = useUndoableDelete('courses');

  const issue = (path: string) => issueFor(editor.issues, path);

  return (
    <>
      <PageHeader
        title={values.name || t('classes.name')}
        actions={
          <button
            type="button"
            className="button button--danger"
            onClick={() =>
              void remove(course.id, t('classes.deleted', { name: isolate(values.name) })).then((done) => done && navigate('/classes'))
            }
          >
            {t('common.delete')}
          </button>
        }
      >
        <Link to="/classes">{t('common.backToList')}</Link>
        <Link to={`/assessment?course=${course.id}`}>{t('assessments.matrix.openForClass')}</Link>
        {values.startDate && values.endDate && values.endDate >= values.startDate ? (
          <p className="muted">
            <CoursePeriod startDate={values.startDate} endDate={values.endDate} />
          </p>
        ) : null}
      </PageHeader>
      <EditStatus editor={editor} />
      <form className="card form-grid" onSubmit={(event) => event.preventDefault()} onBlur={() => void editor.flush()}>
        <Field label={t('classes.name')} issue={issue('name')} required>
          {(control) => <input {...control} dir="auto" value={values.name} onChange={(e) => edit({ name: e.target.value })} />}
        </Field>
        <div className="field-row">
          <Field label={t('classes.startDate')} issue={issue('startDate')} required>
            {(control) => <DateField {...control} value={values.startDate} onChange={(startDate) => edit({ startDate })} />}
          </Field>
          <Field label={t('classes.endDate')} issue={issue('endDate')} required>
            {(control) => <DateField {...control} value={values.endDate} onChange={(endDate) => edit({ endDate })} />}
          </Field>
        </div>
        <LevelBandFields values={{ ...values, track: values.track as 1 | 2 | 3 }} issues={editor.issues} onChange={edit} />
        <WeekPatternField value={values.weekPattern} onChange={(weekPattern) => edit({ weekPattern })} />
        <CourseStaffFields values={values} issues={editor.issues} onChange={edit} />
        <Field label={t('classes.note')} issue={issue('note')}>
          {(control) => <textarea {...control} dir="auto" rows={3} value={values.note} onChange={(e) => edit({ note: e.target.value })} />}
        </Field>
      </form>
    </>
  );
}
