import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';

function GoalLine({ id, covered }: { id: string; covered: boolean }) {
  const { t } = useTranslation();
  const goal = useApiQuery('goals.get', { id });
  return (
    <li className={covered ? 'coverage coverage--yes' : 'coverage coverage--no'}>
      <span className="coverage__mark">{covered ? t('themes.coverage.has') : t('themes.coverage.hasNot')}</span>{' '}
      <span dir="auto">{goal.data ? `${goal.data.level} · ${goal.data.textNb}` : id}</span>
    </li>
  );
}

/** Which of the theme's goals at least one planned lesson of the class works on. */
export function ThemeGoalCoverage({ goalIds, withLessons }: { goalIds: readonly string[]; withLessons: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="theme-coverage">
      <h2 id="theme-coverage">{t('themes.coverage.title')}</h2>
      {goalIds.length === 0 ? <p className="muted">{t('themes.coverage.none')}</p> : null}
      <ul className="coverage-list">
        {goalIds.map((id) => (
          <GoalLine key={id} id={id} covered={withLessons.includes(id)} />
        ))}
      </ul>
    </section>
  );
}
