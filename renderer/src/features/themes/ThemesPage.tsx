import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { addDays } from '../../../../shared/domain/calendar/dates';
import { themeCreateSchema } from '../../../../shared/domain/themes';
import { useApiQuery } from '../../api/hooks';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { CreateDialog } from '../../ui/CreateDialog';
import { DateField } from '../../ui/DateField';
import { EmptyState } from '../../ui/EmptyState';
import { Field, issueFor } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { useCreateForm } from '../../ui/use-create-form';
import { todayIso } from '../week/week-dates';

/** The themes of one class, in date order, with how many of each theme's goals have lessons. */
export function ThemesPage() {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const [params] = useSearchParams();
  const courseId = params.get('course') ?? '';
  const course = useApiQuery('courses.get', { id: courseId }, { enabled: Boolean(courseId) });
  const themes = useApiQuery('themes.list', { courseId }, { enabled: Boolean(courseId) });
  const [creating, setCreating] = useState(false);
  if (!courseId || course.isError) {
    return <EmptyState action={<Link to="/week">{t('lessons.backToWeek')}</Link>}>{t('common.notFound')}</EmptyState>;
  }
  return (
    <>
      <PageHeader
        title={t('themes.title')}
        actions={
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('themes.new')}
          </button>
        }
      >
        <Link to={`/week?course=${courseId}`}>{t('lessons.backToWeek')}</Link>
        {course.data ? <p className="muted"><bdi dir="auto">{course.data.name}</bdi></p> : null}
      </PageHeader>
      {themes.data && themes.data.length === 0 ? <EmptyState>{t('themes.none')}</EmptyState> : null}
      <ul className="theme-list">
        {(themes.data ?? []).map((theme) => (
          <li key={theme.id} className="card theme-list__item">
            <h2>
              <Link to={`/week/themes/${theme.id}`}>
                <bdi dir="auto">{theme.name}</bdi>
              </Link>
            </h2>
            <p className="muted">
              {formatDate(theme.startDate, ui)} – {formatDate(theme.endDate, ui)} · {t('themes.lessonCount', { count: theme.lessonCount })}
            </p>
            <p>{t('themes.goalsCovered', { covered: theme.goalIdsWithLessons.length, count: theme.goalIds.length })}</p>
            {theme.keyWords.length > 0 ? (
              <ul className="chips" aria-label={t('themes.keyWords')}>
                {theme.keyWords.map((word) => (
                  <li key={word} className="chip"><bdi dir="auto">{word}</bdi></li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {course.data ? <NewThemeDialog courseId={courseId} open={creating} onOpenChange={setCreating} /> : null}
    </>
  );
}

function NewThemeDialog({ courseId, open, onOpenChange }: { courseId: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = todayIso();
  const form = useCreateForm('themes.create', themeCreateSchema, { courseId, name: '', startDate: start, endDate: addDays(start, 27) }, (theme) =>
    navigate(`/week/themes/${theme.id}`),
  );
  const issue = (path: string) => issueFor(form.issues, path);
  return (
    <CreateDialog open={open} onOpenChange={onOpenChange} title={t('themes.new')} form={form}>
      <Field label={t('themes.name')} issue={issue('name')} required>
        {(control) => <input {...control} dir="auto" value={form.values.name} onChange={(e) => form.set({ name: e.target.value })} />}
      </Field>
      <div className="field-row">
        <Field label={t('themes.startDate')} issue={issue('startDate')} required>
          {(control) => <DateField {...control} value={form.values.startDate} onChange={(startDate) => form.set({ startDate })} />}
        </Field>
        <Field label={t('themes.endDate')} issue={issue('endDate')} required>
          {(control) => <DateField {...control} value={form.values.endDate} onChange={(endDate) => form.set({ endDate })} />}
        </Field>
      </div>
    </CreateDialog>
  );
}
