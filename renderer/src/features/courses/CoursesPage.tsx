import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../ui/EmptyState';
import { NameList } from '../../ui/NameList';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PageHeader } from '../../ui/PageHeader';
import { SearchBox } from '../../ui/SearchBox';
import { CoursePeriod } from './CoursePeriod';
import { NewCourseDialog } from './NewCourseDialog';

export function CoursesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const courses = useApiQuery('courses.list', { search: search || undefined });
  const staff = useApiQuery('staff.list', {});
  const staffName = new Map((staff.data ?? []).map((person) => [person.id, person.name]));

  return (
    <>
      <PageHeader
        title={t('classes.title')}
        actions={
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('classes.new')}
          </button>
        }
      />
      <div className="toolbar">
        <SearchBox value={search} onChange={setSearch} />
      </div>
      {courses.isError ? <ErrorMessage error={courses.error} /> : null}
      {courses.data && courses.data.length === 0 ? (
        <EmptyState>{search ? t('classes.noMatch') : t('classes.empty')}</EmptyState>
      ) : null}
      <ul className="card-list">
        {(courses.data ?? []).map((course) => (
          <li key={course.id} className="card course-card">
            <h2>
              <Link to={`/classes/${course.id}`} dir="auto">
                {course.name}
              </Link>
            </h2>
            <p>
              <CoursePeriod startDate={course.startDate} endDate={course.endDate} />
            </p>
            <p>
              {t('classes.summary', {
                level: course.levelFrom === course.levelTo ? course.levelFrom : `${course.levelFrom}–${course.levelTo}`,
                track: course.track,
              })}
              {' · '}
              {t('classes.participantCount', { count: course.participantIds.length })}
            </p>
            {course.teacherIds.length + course.assistantIds.length > 0 ? (
              <p className="muted">
                <NameList names={[...course.teacherIds, ...course.assistantIds].map((id) => staffName.get(id))} />
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <NewCourseDialog open={creating} onOpenChange={setCreating} onCreated={(created) => navigate(`/classes/${created.id}`)} />
    </>
  );
}
