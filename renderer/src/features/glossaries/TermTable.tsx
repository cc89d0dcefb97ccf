import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GlossaryTerm } from '../../../../shared/domain/glossary';
import { useGlossaryLanguages } from './languages/use-glossary-languages';

/** Terms with their translations, each shown in its own direction beside the language's name. */
export function TermTable({ terms, showThemes = false }: { terms: readonly GlossaryTerm[]; showThemes?: boolean }) {
  const { t } = useTranslation();
  const { nameOf } = useGlossaryLanguages();
  return (
    <table className="table glossary-table">
      <thead>
        <tr>
          <th scope="col">{t('glossary.term')}</th>
          <th scope="col">{t('glossary.wordClass')}</th>
          <th scope="col">{t('glossary.translations')}</th>
          {showThemes ? <th scope="col">{t('glossary.themes')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {terms.map((term) => (
          <tr key={term.id}>
            <td>
              <Link to={`/glossaries/terms/${term.id}`} lang="nb" dir="ltr">
                {term.term}
              </Link>
            </td>
            <td>{term.wordClass ? t(`glossary.wordClasses.${term.wordClass}`) : ''}</td>
            <td>
              {term.translations.length === 0 ? (
                <span className="muted">{t('glossary.noTranslations')}</span>
              ) : (
                <ul className="glossary-translations">
                  {term.translations.map((translation) => (
                    <li key={translation.id}>
                      <span className="glossary-translations__language">{nameOf(translation.language)}</span>{' '}
                      <bdi lang={translation.language} dir={translation.dir} className="glossary-translations__text">
                        {translation.text}
                      </bdi>
                      {translation.status === 'draft' ? <span className="tag-draft"> ({t('glossary.statuses.draft')})</span> : null}
                    </li>
                  ))}
                </ul>
              )}
            </td>
            {showThemes ? (
              <td>
                {term.themes.map((theme) => (
                  <bdi key={theme.id} dir="auto" className="glossary-theme-name">
                    {theme.name}
                  </bdi>
                ))}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
