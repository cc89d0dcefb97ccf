import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { languageName } from '../../../../shared/domain/languages';
import { request } from '../../api/client';
import { useUiLanguage } from '../../i18n/use-ui-language';
import './translations.css';

interface LessonTranslationStatusProps {
  lessonId: string;
  /** What the answer depends on, from the editor: a change reads it again. */
  dependsOn: string;
}

/**
 * On the lesson page, for a lesson with mother-tongue support: «2 av 3 språk klare», and per
 * language what is missing, counted from the glossary words of the lesson and its theme.
 */
export function LessonTranslationStatus({ lessonId, dependsOn }: LessonTranslationStatusProps) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const input = { lessonId };
  const status = useQuery({
    queryKey: ['translationTasks.forLesson', input, dependsOn],
    queryFn: () => request('translationTasks.forLesson', input),
    refetchOnMount: 'always',
    staleTime: 0,
  });
  if (!status.data || status.data.languages.length === 0) return null;
  const { languages, readyCount } = status.data;
  return (
    <section className="card lesson-translations" aria-labelledby="lesson-translations-title">
      <h2 id="lesson-translations-title">{t('translations.lesson.heading')}</h2>
      <p className="lesson-translations__summary">
        <span aria-hidden="true">{readyCount === languages.length ? '✓ ' : '⚠ '}</span>
        {t('translations.lesson.ready', { ready: readyCount, count: languages.length })}
      </p>
      <ul>
        {languages.map(({ language, terms, ready }) => {
          const name = languageName(language, ui);
          const text = terms.total === 0
            ? t('translations.lesson.languageNoTerms', { language: name })
            : ready
              ? t('translations.lesson.languageReady', { language: name, translated: terms.translated, total: terms.total })
              : t('translations.lesson.languageMissing', { language: name, missing: terms.total - terms.translated, total: terms.total });
          return (
            <li key={language}>
              <span aria-hidden="true">{ready ? '✓ ' : '○ '}</span>
              {text}
            </li>
          );
        })}
      </ul>
      <Link to="/translations">{t('translations.lesson.openQueue')}</Link>
    </section>
  );
}
