import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { weekdayOf } from '../../../../shared/domain/calendar/dates';
import { languageName } from '../../../../shared/domain/languages';
import type { PlanDay, PlanLesson } from '../../../../shared/domain/translation-queue';
import { sanitiseHtml } from '../../editor/sanitise';
import { formatDate, isoWeek } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';

/** Support said in words and with a sign, never by colour alone. */
function SupportMark({ withSupport }: { withSupport: boolean }) {
  const { t } = useTranslation();
  return withSupport ? (
    <span className="support-mark">
      <span aria-hidden="true">◉</span> {t('plansForMe.withSupport')}
    </span>
  ) : (
    <span className="support-mark support-mark--without">
      <span aria-hidden="true">○</span> {t('plansForMe.withoutSupport')}
    </span>
  );
}

function PlanLessonView({ lesson }: { lesson: PlanLesson }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const support = lesson.support;
  // Each name isolated on its own, so an Arabic name does not pull the commas and the next name along.
  const who = support
    ? [...support.assistantNames, ...support.languages.map((code) => languageName(code, ui))].map((part) => `\u2068${part}\u2069`).join(', ')
    : '';
  return (
    <article className="plan-lesson">
      <h3>
        {lesson.startTime}–{lesson.endTime} · <Link to={`/week/lessons/${lesson.id}`}><bdi dir="auto">{lesson.title}</bdi></Link>
      </h3>
      <div className="plan-lesson__meta">
        <span className="muted"><bdi dir="auto">{lesson.courseName}</bdi></span>
        {lesson.themeName ? <span>{t('plansForMe.theme', { name: '\u2068' + lesson.themeName + '\u2069' })}</span> : null}
        <SupportMark withSupport={support !== null} />
        {support && who ? <span>{t('plansForMe.supportBy', { who })}</span> : null}
        {support?.includesMe ? <strong>{t('plansForMe.includesMe')}</strong> : null}
      </div>
      {lesson.goals.length > 0 ? (
        <>
          <h4>{t('plansForMe.goals')}</h4>
          <ul className="plan-lesson__goals">
            {lesson.goals.map((goal) => (
              <li key={goal.id}>
                {goal.level}: {ui === 'en' && goal.textEn ? goal.textEn : goal.textNb}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h4>{t('plansForMe.text')}</h4>
      {lesson.bodyHtml.trim() === '' ? (
        <p className="muted">{t('plansForMe.noText')}</p>
      ) : (
        // Sanitised by core when stored, and again here before it is shown.
        <div className="lesson-body lesson-body--preview plan-lesson__body" dangerouslySetInnerHTML={{ __html: sanitiseHtml(lesson.bodyHtml) }} />
      )}
    </article>
  );
}

/** One school day: every lesson of the assistant's classes, with or without support, and the classes not at school. */
export function PlanDayCard({ day }: { day: PlanDay }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const weekday = weekdayOf(day.date);
  const heading = t('plansForMe.day', {
    weekday: weekday === 'sat' || weekday === 'sun' ? '' : t(`classes.weekdays.${weekday}`),
    date: formatDate(day.date, ui),
    week: isoWeek(day.date),
  });
  const headingId = `plan-day-${day.date}`;
  return (
    <section className="card plan-day" aria-labelledby={headingId}>
      <div className="plan-day__head">
        <h2 id={headingId}>{heading}</h2>
        {day.lessons.length > 0 ? <SupportMark withSupport={day.hasSupport} /> : null}
      </div>
      {day.notAtSchool.length > 0 ? (
        <ul className="plan-off">
          {day.notAtSchool.map((off) => {
            const name = off.holidayKey ? t(`calendar.holidays.${off.holidayKey}`, { defaultValue: off.name }) : off.name;
            return (
              <li key={off.courseId}>
                {t(`plansForMe.notAtSchool.${off.reason}`, { course: '\u2068' + off.courseName + '\u2069', name: '\u2068' + name + '\u2069' })}
              </li>
            );
          })}
        </ul>
      ) : null}
      {day.lessons.length === 0 && day.notAtSchool.length === 0 ? <p className="muted">{t('plansForMe.noLessons')}</p> : null}
      {day.lessons.map((lesson) => (
        <PlanLessonView key={lesson.id} lesson={lesson} />
      ))}
    </section>
  );
}
