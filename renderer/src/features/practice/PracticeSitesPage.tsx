import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { PracticeTrade } from '../../../../shared/domain/practice';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PageHeader } from '../../ui/PageHeader';
import { SearchBox } from '../../ui/SearchBox';
import { FollowUpOverview } from './FollowUpOverview';
import { NewPracticeSiteDialog } from './NewPracticeSiteDialog';
import { TradeSelect } from './TradeSelect';
import { formatOrgNumber } from './format-org-number';
import './practice.css';

/** «Praksis»: the register of practice sites, searchable and filtered by trade. */
export function PracticeSitesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [trade, setTrade] = useState<PracticeTrade | null>(null);
  const [creating, setCreating] = useState(false);
  const sites = useApiQuery('practiceSites.list', { search: search || undefined, trade: trade ?? undefined });
  const filtered = Boolean(search || trade);

  return (
    <>
      <PageHeader
        title={t('practice.title')}
        actions={
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('practice.new')}
          </button>
        }
      />
      <FollowUpOverview />
      <h2>{t('followUp.allSites')}</h2>
      <div className="toolbar">
        <SearchBox value={search} onChange={setSearch} />
        <label className="toolbar__item">
          <span>{t('practice.trade')}</span>
          <TradeSelect id="practice-trade-filter" value={trade} emptyLabel={t('practice.allTrades')} onChange={setTrade} />
        </label>
      </div>
      {sites.isError ? <ErrorMessage error={sites.error} /> : null}
      {sites.data && sites.data.length === 0 ? (
        <EmptyState>{filtered ? t('practice.noMatch') : t('practice.empty')}</EmptyState>
      ) : null}
      {sites.data && sites.data.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('practice.name')}</th>
              <th scope="col">{t('practice.orgNumber')}</th>
              <th scope="col">{t('practice.trade')}</th>
              <th scope="col">{t('practice.contacts.roles.buddy')}</th>
              <th scope="col">{t('practice.placementCount')}</th>
            </tr>
          </thead>
          <tbody>
            {sites.data.map((site) => (
              <tr key={site.id}>
                <td>
                  <Link to={`/practice/${site.id}`} dir="auto">
                    {site.name}
                  </Link>
                </td>
                <td dir="ltr">{formatOrgNumber(site.orgNumber)}</td>
                <td>{site.trade ? t(`goals.trades.${site.trade}`) : ''}</td>
                <td dir="auto">
                  {site.contacts
                    .filter((contact) => contact.role === 'buddy')
                    .map((contact) => contact.name)
                    .join(', ')}
                </td>
                <td>{site.placementCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <NewPracticeSiteDialog
        open={creating}
        onOpenChange={setCreating}
        onCreated={(created) => navigate(`/practice/${created.id}`)}
      />
    </>
  );
}
