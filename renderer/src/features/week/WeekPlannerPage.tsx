import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addDays } from '../../../../shared/domain/calendar/dates';
import { useApiQuery } from '../../api/hooks';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { CopyPlanDialog } from './CopyPlanDialog';
import { GenerateLessonsDialog } from './GenerateLessonsDialog';
import { PrintMenu } from './PrintMenu';
import { usePlanningActions } from './use-planning-actions';
import { useWeekLocation } from './use-week-location';
import { mondayOf, shiftWeek, todayIso, weekOf } from './week-dates';
import { WeekGrid } from './WeekGrid';

/** «Ukeplan»: one class's week by ISO week number, Monday to Friday. */
export function WeekPlannerPage() {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const { courseId, week, go } = useWeekLocation();
  const courses = useApiQuery('courses.list', {});
  const staff = useApiQuery('staff.list', {});
  const [generating, setGenerating] = useState(false);
  const [copying, setCopying] = useState(false);
  const known = courses.data?.some((course) => course.id === courseId);
  const chosen = known ? courseId : (courses.data?.[0]?.id ?? '');
  const course = courses.data?.find((candidate) => candidate.id === chosen);
  const plan = useApiQuery('lessons.week', { courseId: chosen, ...week }, { enabled: Boolean(chosen) });
  const actions = usePlanningActions(chosen);
  const staffNames = new Map((staff.data ?? []).map((person) => [person.id, person.name]));
  const monday = mondayOf(week);

  // Alt+← / Alt+→ and Page Up / Page Down change the week, wherever the focus is outside a text field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const back = (event.altKey && event.key === 'ArrowLeft') || event.key === 'PageUp';
      const forward = (event.altKey && event.key === 'ArrowRight') || event.key === 'PageDown';
      if (!back && !forward) return;
      event.preventDefault();
      go({ week: shiftWeek(week, back ? -1 : 1) });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [go, week]);

  if (courses.data && courses.data.length === 0) {
    return (
      <>
        <PageHeader title={t('nav.week')} />
        <EmptyState action={<Link to="/classes">{t('week.toClasses')}</Link>}>{t('week.noClasses')}</EmptyState>
      </>
    );
  }

  const isCurrent = weekOf(todayIso()).isoWeek === week.isoWeek && weekOf(todayIso()).isoYear === week.isoYear;
  return (
    <>
      <PageHeader
        title={t('nav.week')}
        actions={
          course ? (
            <>
              {plan.data && plan.data.courseId === course.id ? <PrintMenu courseId={course.id} week={plan.data} /> : null}
              <Link className="button" to={`/week/themes?course=${course.id}`}>
                {t('themes.title')}
              </Link>
              <button type="button" className="button button--primary" onClick={() => setGenerating(true)}>
                {t('week.generate.open')}
              </button>
              <button type="button" className="button" onClick={() => setCopying(true)}>
                {t('copyPlan.open')}
              </button>
            </>
          ) : null
        }
      >
        <div className="week-toolbar">
          <label className="week-toolbar__class">
            {t('week.class')}
            <select value={chosen} onChange={(event) => go({ courseId: event.target.value })}>
              {(courses.data ?? []).map((option) => (
                <option key={option.id} value={option.id}>
                  {`\u2068${option.name}\u2069`}
                </option>
              ))}
            </select>
          </label>
          <nav className="week-toolbar__nav" aria-label={t('week.navigation')}>
            <button
              type="button"
              className="button"
              aria-keyshortcuts="Alt+ArrowLeft PageUp"
              title={t('week.previousHint')}
              onClick={() => go({ week: shiftWeek(week, -1) })}
            >
              ← {t('week.previous')}
            </button>
            <p className="week-toolbar__week" aria-live="polite">
              <strong>{t('week.weekNumber', { week: week.isoWeek })}</strong>{' '}
              <span className="muted">
                {formatDate(monday, ui)} – {formatDate(addDays(monday, 4), ui)}
              </span>
            </p>
            <button
              type="button"
              className="button"
              aria-keyshortcuts="Alt+ArrowRight PageDown"
              title={t('week.nextHint')}
              onClick={() => go({ week: shiftWeek(week, 1) })}
            >
              {t('week.next')} →
            </button>
            <button type="button" className="button" disabled={isCurrent} onClick={() => go({ week: weekOf(todayIso()) })}>
              {t('week.today')}
            </button>
          </nav>
        </div>
      </PageHeader>
      {plan.data && plan.data.courseId === chosen ? (
        <WeekGrid week={plan.data} staffNames={staffNames} actions={actions} />
      ) : (
        <p className="muted">{t('app.loading')}</p>
      )}
      {course ? (
        <GenerateLessonsDialog key={`${course.id}-${monday}`} course={course} monday={monday} open={generating} onOpenChange={setGenerating} />
      ) : null}
      {course && courses.data ? (
        <CopyPlanDialog key={`copy-${course.id}-${monday}`} course={course} courses={courses.data} kinds={['week', 'day', 'period']} date={monday} open={copying} onOpenChange={setCopying} />
      ) : null}
    </>
  );
}
