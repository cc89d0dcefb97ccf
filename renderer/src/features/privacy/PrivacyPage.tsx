import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { participantDisplayName } from '../../../../shared/domain/participants';
import { fullName } from '../../../../shared/domain/participant-data';
import { useApiQuery } from '../../api/hooks';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SearchBox } from '../../ui/SearchBox';
import { DeleteDialog } from './DeleteDialog';
import { ExportDialog, type PersonRef } from './ExportDialog';
import { PersonActions } from './PersonActions';
import { PrivacyLog } from './PrivacyLog';
import { RetentionSection } from './RetentionSection';
import './privacy.css';

type Open = { kind: 'export' | 'delete'; person: PersonRef } | null;

/**
 * «Sletting og personvern»: a participant's data on request (export), complete deletion, and
 * the list of participants whose course ended long enough ago that their data should go.
 */
export function PrivacyPage() {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const [message, setMessage] = useState('');
  const retention = useApiQuery('participantData.retention', {});
  const log = useApiQuery('participantData.log', {});
  const refresh = () => {
    void retention.refetch();
    void log.refetch();
  };
  const act = (kind: 'export' | 'delete', person: PersonRef) => {
    setMessage('');
    setOpen({ kind, person });
  };

  return (
    <>
      <PageHeader title={t('participantData.title')} />
      <p className="privacy__intro">{t('participantData.intro')}</p>
      <p role="status" className="privacy__status">
        {message}
      </p>
      <ParticipantSearch onAct={act} />
      <RetentionSection query={retention} onAct={act} />
      <PrivacyLog query={log} />
      {open?.kind === 'export' ? <ExportDialog person={open.person} onClose={() => setOpen(null)} onExported={refresh} /> : null}
      {open?.kind === 'delete' ? (
        <DeleteDialog
          person={open.person}
          onClose={() => setOpen(null)}
          onExportFirst={() => setOpen({ kind: 'export', person: open.person })}
          onDeleted={(text) => {
            setOpen(null);
            setMessage(text);
            refresh();
          }}
        />
      ) : null}
    </>
  );
}

function ParticipantSearch({ onAct }: { onAct: (kind: 'export' | 'delete', person: PersonRef) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const searching = search.trim().length >= 2;
  const found = useApiQuery('participants.list', { search: search.trim() }, { enabled: searching });
  return (
    <section className="card" aria-labelledby="privacy-search-title">
      <h2 id="privacy-search-title">{t('participantData.search.title')}</h2>
      <div className="toolbar">
        <SearchBox value={search} onChange={setSearch} />
      </div>
      {!searching ? <p className="muted">{t('participantData.search.hint')}</p> : null}
      {searching && found.isError ? <ErrorMessage error={found.error} /> : null}
      {searching && found.data?.length === 0 ? <p className="muted">{t('participantData.search.empty')}</p> : null}
      {searching && found.data && found.data.length > 0 ? (
        <ul className="privacy__list">
          {found.data.slice(0, 20).map((participant) => {
            const person = { participantId: participant.id, name: fullName(participant.givenName, participant.familyName) };
            return (
              <li key={participant.id} className="privacy__row">
                <bdi dir="auto" className="privacy__name">{participantDisplayName(participant)}</bdi>
                <PersonActions person={person} onAct={onAct} />
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
