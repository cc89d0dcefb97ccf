import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PageHeader } from '../../ui/PageHeader';
import { GlossaryPrintPanel } from './GlossaryPrintPanel';
import { GlossaryExportPanel } from './import-export/GlossaryExportPanel';
import { GlossaryImportDialog } from './import-export/GlossaryImportDialog';
import { NewTermDialog } from './NewTermDialog';
import { TermTable } from './TermTable';
import './glossaries.css';

/** The id in the address that stands for «Uten tema». */
export const withoutThemeId = 'none';

/** One theme's word list (or the terms without a theme): the terms, a new term, and printing. */
export function GlossaryThemePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const withoutTheme = id === withoutThemeId;
  const overview = useApiQuery('glossary.overview', {});
  const terms = useApiQuery('glossary.list', withoutTheme ? { withoutTheme: true } : { themeId: id });
  const theme = overview.data?.themes.find((item) => item.id === id);
  if (overview.data && !withoutTheme && !theme) {
    return <EmptyState action={<Link to="/glossaries">{t('common.backToList')}</Link>}>{t('common.notFound')}</EmptyState>;
  }
  return (
    <>
      <PageHeader
        title={withoutTheme ? t('glossary.withoutTheme') : (theme?.name ?? '')}
        actions={
          <>
            <button type="button" className="button" onClick={() => setImporting(true)}>
              {t('glossaryExchange.import')}
            </button>
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              {t('glossary.newTerm')}
            </button>
          </>
        }
      >
        <Link to="/glossaries">{t('common.backToList')}</Link>
        {theme ? (
          <p className="muted">
            <bdi dir="auto">{theme.courseName}</bdi>
          </p>
        ) : null}
      </PageHeader>
      {terms.isError ? <ErrorMessage error={terms.error} /> : null}
      {terms.data && terms.data.length === 0 ? <EmptyState>{t('glossary.themeEmpty')}</EmptyState> : null}
      {terms.data && terms.data.length > 0 ? <TermTable terms={terms.data} /> : null}
      {theme && terms.data && terms.data.length > 0 ? <GlossaryPrintPanel themeId={theme.id} terms={terms.data} /> : null}
      {theme && terms.data && terms.data.length > 0 ? <GlossaryExportPanel themeId={theme.id} terms={terms.data} /> : null}
      <GlossaryImportDialog key={`import-${id}`} open={importing} onOpenChange={setImporting} {...(theme ? { themeId: theme.id } : {})} />
      {/* From the address, not the loaded theme: the form keeps the theme it started with. */}
      <NewTermDialog
        key={id}
        open={creating}
        onOpenChange={setCreating}
        themeIds={withoutTheme ? [] : [id]}
        onCreated={(term) => navigate(`/glossaries/terms/${term.id}`)}
      />
    </>
  );
}
