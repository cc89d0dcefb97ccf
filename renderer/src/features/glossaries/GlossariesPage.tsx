import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PageHeader } from '../../ui/PageHeader';
import { useDebouncedValue } from '../goals/use-debounced-value';
import { NewTermDialog } from './NewTermDialog';
import { TermTable } from './TermTable';
import './glossaries.css';
import { UserLanguagesPanel } from './languages/UserLanguagesPanel';

/** «Ordlister»: every theme with its number of terms, and one search across all languages. */
export function GlossariesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const query = useDebouncedValue(search.trim(), 200);
  return (
    <>
      <PageHeader
        title={t('glossary.title')}
        actions={
          <>
            <Link className="button" to="/glossaries/package">
              {t('exchange.importPackage')}
            </Link>
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              {t('glossary.newTerm')}
            </button>
          </>
        }
      />
      <p className="muted">{t('glossary.intro')}</p>
      <div className="toolbar">
        <label className="toolbar__item search-box">
          <span>{t('common.search')}</span>
          <input
            type="search"
            dir="auto"
            value={search}
            placeholder={t('glossary.searchPlaceholder')}
            aria-describedby="glossary-search-help"
            onChange={(event) => setSearch(event.target.value)}
          />
        </label>
        <span id="glossary-search-help" className="muted">
          {t('glossary.searchHelp')}
        </span>
      </div>
      {query ? <SearchResults search={query} /> : <ThemeOverview />}
      {query ? null : <UserLanguagesPanel />}
      <NewTermDialog open={creating} onOpenChange={setCreating} themeIds={[]} onCreated={(term) => navigate(`/glossaries/terms/${term.id}`)} />
    </>
  );
}

function SearchResults({ search }: { search: string }) {
  const { t } = useTranslation();
  const terms = useApiQuery('glossary.list', { search }, { placeholderData: (previous) => previous });
  return (
    <section aria-labelledby="glossary-results-title">
      <h2 id="glossary-results-title">{t('glossary.searchResults')}</h2>
      {terms.isError ? <ErrorMessage error={terms.error} /> : null}
      {terms.data && terms.data.length === 0 ? <EmptyState>{t('glossary.noMatch')}</EmptyState> : null}
      {terms.data && terms.data.length > 0 ? <TermTable terms={terms.data} showThemes /> : null}
    </section>
  );
}

function ThemeOverview() {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const overview = useApiQuery('glossary.overview', {});
  if (overview.isError) return <ErrorMessage error={overview.error} />;
  if (!overview.data) return <p className="muted">{t('app.loading')}</p>;
  const { themes, withoutThemeCount } = overview.data;
  if (themes.length === 0 && withoutThemeCount === 0) return <EmptyState>{t('glossary.empty')}</EmptyState>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{t('glossary.theme')}</th>
          <th scope="col">{t('glossary.class')}</th>
          <th scope="col">{t('glossary.period')}</th>
          <th scope="col">{t('glossary.termCount')}</th>
        </tr>
      </thead>
      <tbody>
        {themes.map((theme) => (
          <tr key={theme.id}>
            <td>
              <Link to={`/glossaries/themes/${theme.id}`} dir="auto">
                {theme.name}
              </Link>
            </td>
            <td>
              <bdi dir="auto">{theme.courseName}</bdi>
            </td>
            <td dir="ltr">
              {formatDate(theme.startDate, ui)}–{formatDate(theme.endDate, ui)}
            </td>
            <td>{theme.termCount}</td>
          </tr>
        ))}
        <tr>
          <td>
            <Link to="/glossaries/themes/none">{t('glossary.withoutTheme')}</Link>
          </td>
          <td />
          <td />
          <td>{withoutThemeCount}</td>
        </tr>
      </tbody>
    </table>
  );
}
