import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { toast } from 'sonner';
import type { ReceivedPackage } from '../../../../shared/domain/exchange';
import { languageName } from '../../../../shared/domain/languages';
import { isolate } from '../../../../shared/domain/text-direction';
import { request } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { formatDate, isoWeek } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { TermTable } from '../glossaries/TermTable';
import { downloadPackage } from './package-file';
import { usePackageErrorText } from './use-package-error';
import './exchange.css';

/**
 * A package from the centre on the assistant's laptop: the plans read-only (they are the
 * teacher's), the package's terms to translate (editable as any glossary term), and the
 * return package to send back.
 */
export function ReceivedPackagePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const received = useApiQuery('exchange.received.get', { id });
  if (received.isError) {
    return <EmptyState action={<Link to="/glossaries/package">{t('common.backToList')}</Link>}>{t('common.notFound')}</EmptyState>;
  }
  if (!received.data) return <p className="muted">{t('app.loading')}</p>;
  return <PackageView item={received.data} />;
}

function PackageView({ item }: { item: ReceivedPackage }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const packageError = usePackageErrorText();
  const [busy, setBusy] = useState(false);
  const terms = useApiQuery('glossary.list', {});
  const inPackage = new Set(item.termIds);
  const packageTerms = (terms.data ?? []).filter((term) => inPackage.has(term.id));
  const themeName = new Map(item.plans.themes.map((theme) => [theme.id, theme.name]));

  const makeReturn = async () => {
    setBusy(true);
    try {
      const file = await request('exchange.returnPackage', { id: item.id });
      downloadPackage(file);
      toast(t('exchange.returnMade', { file: isolate(file.fileName) }));
    } catch (error) {
      toast.error(packageError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader
        title={<bdi>{item.courseName}</bdi>}
        actions={
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void makeReturn()}>
            {t('exchange.makeReturn')}
          </button>
        }
      >
        <Link to="/glossaries/package">{t('exchange.backToPackages')}</Link>
        <p className="muted">
          {t('exchange.receivedSummary', { from: formatDate(item.from, ui), to: formatDate(item.to, ui), date: formatDate(item.receivedAt, ui) })}
        </p>
      </PageHeader>
      <p className="muted">{t('exchange.plansReadOnly')}</p>

      <section className="card" aria-labelledby="exchange-themes-title">
        <h2 id="exchange-themes-title">{t('exchange.themes')}</h2>
        {item.plans.themes.length === 0 ? <p className="muted">{t('exchange.noThemes')}</p> : null}
        {item.plans.themes.map((theme) => (
          <div key={theme.id} className="exchange-theme">
            <h3>
              <bdi>{theme.name}</bdi>{' '}
              <span className="muted" dir="ltr">
                {formatDate(theme.startDate, ui)}–{formatDate(theme.endDate, ui)}
              </span>
            </h3>
            {theme.keyWords.length > 0 ? (
              <p>
                {t('exchange.keyWords')}: {theme.keyWords.map((word, index) => <bdi key={index}>{index > 0 ? ', ' : ''}{word}</bdi>)}
              </p>
            ) : null}
          </div>
        ))}
      </section>

      <section className="card" aria-labelledby="exchange-lessons-title">
        <h2 id="exchange-lessons-title">{t('exchange.lessons')}</h2>
        {item.plans.lessons.length === 0 ? (
          <p className="muted">{t('exchange.noLessons')}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('exchange.date')}</th>
                <th scope="col">{t('exchange.time')}</th>
                <th scope="col">{t('exchange.lesson')}</th>
                <th scope="col">{t('exchange.theme')}</th>
                <th scope="col">{t('exchange.support')}</th>
              </tr>
            </thead>
            <tbody>
              {item.plans.lessons.map((lesson) => (
                <tr key={lesson.id} className={lesson.cancelled ? 'exchange-lesson--cancelled' : undefined}>
                  <td dir="ltr">
                    {formatDate(lesson.date, ui)} <span className="muted">{t('exchange.week', { week: isoWeek(lesson.date) })}</span>
                  </td>
                  <td dir="ltr">
                    {lesson.startTime}–{lesson.endTime}
                  </td>
                  <td>
                    <bdi>{lesson.title}</bdi>
                    {lesson.cancelled ? <span className="badge"> {t('exchange.cancelled')}</span> : null}
                    {lesson.goals.length > 0 ? (
                      <ul className="exchange-goals">
                        {lesson.goals.map((goal, index) => (
                          <li key={index}>{goal}</li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                  <td>{lesson.themeId ? <bdi>{themeName.get(lesson.themeId)}</bdi> : null}</td>
                  <td>
                    {lesson.support
                      ? [...lesson.support.names, ...lesson.support.languages.map((code) => languageName(code, ui))].join(', ') || t('exchange.withSupport')
                      : <strong>{t('exchange.withoutSupport')}</strong>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="card" aria-labelledby="exchange-terms-title">
        <h2 id="exchange-terms-title">{t('exchange.terms')}</h2>
        <p className="field__help">{t('exchange.termsHelp')}</p>
        {terms.data && packageTerms.length === 0 ? <p className="muted">{t('exchange.noTerms')}</p> : null}
        {packageTerms.length > 0 ? <TermTable terms={packageTerms} /> : null}
      </section>
    </>
  );
}
