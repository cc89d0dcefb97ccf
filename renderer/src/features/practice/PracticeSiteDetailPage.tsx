import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { practiceSiteUpdateSchema, type PracticeSite } from '../../../../shared/domain/practice';
import { isolate } from '../../../../shared/domain/text-direction';
import { useApiQuery } from '../../api/hooks';
import { EditStatus } from '../../ui/EditStatus';
import { EmptyState } from '../../ui/EmptyState';
import { Field, issueFor } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { useRecordEditor } from '../../ui/use-record-editor';
import { useUndoableDelete } from '../../ui/use-undoable-delete';
import { ContactsEditor } from './ContactsEditor';
import { OrgNumberField } from './OrgNumberField';
import { PlacementList } from './PlacementList';
import { TradeSelect } from './TradeSelect';
import './practice.css';

export function PracticeSiteDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const site = useApiQuery('practiceSites.get', { id });
  if (site.isError) {
    return <EmptyState action={<Link to="/practice">{t('common.backToList')}</Link>}>{t('common.notFound')}</EmptyState>;
  }
  if (!site.data) return <p className="muted">{t('app.loading')}</p>;
  return (
    <>
      {/* Keyed by id: the draft starts from the stored row once and is not overwritten while typing. */}
      <PracticeSiteForm key={site.data.id} site={site.data} />
      <SitePlacements siteId={site.data.id} />
    </>
  );
}

function PracticeSiteForm({ site }: { site: PracticeSite }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const editor = useRecordEditor('practiceSites.update', site, practiceSiteUpdateSchema);
  const { values, edit } = editor;
  const remove = useUndoableDelete('practiceSites');
  const issue = (path: string) => issueFor(editor.issues, path);

  return (
    <>
      <PageHeader
        title={values.name || t('practice.name')}
        actions={
          <button
            type="button"
            className="button button--danger"
            onClick={() =>
              void remove(site.id, t('practice.deleted', { name: isolate(values.name) })).then(
                (done) => done && navigate('/practice'),
              )
            }
          >
            {t('common.delete')}
          </button>
        }
      >
        <Link to="/practice">{t('common.backToList')}</Link>
      </PageHeader>
      <EditStatus editor={editor} />
      <form className="card form-grid" onSubmit={(event) => event.preventDefault()} onBlur={() => void editor.flush()}>
        <Field label={t('practice.name')} issue={issue('name')} required>
          {(control) => <input {...control} dir="auto" value={values.name} onChange={(e) => edit({ name: e.target.value })} />}
        </Field>
        <OrgNumberField value={values.orgNumber ?? ''} issue={issue('orgNumber')} onChange={(orgNumber) => edit({ orgNumber })} />
        <Field label={t('practice.address')} issue={issue('address')}>
          {(control) => <input {...control} dir="auto" value={values.address} onChange={(e) => edit({ address: e.target.value })} />}
        </Field>
        <Field label={t('practice.trade')} issue={issue('trade')}>
          {(control) => (
            <TradeSelect {...control} value={values.trade} emptyLabel={t('practice.noTrade')} onChange={(trade) => edit({ trade })} />
          )}
        </Field>
        <Field label={t('practice.note')} issue={issue('note')}>
          {(control) => <textarea {...control} dir="auto" rows={3} value={values.note} onChange={(e) => edit({ note: e.target.value })} />}
        </Field>
        <ContactsEditor contacts={values.contacts} issues={editor.issues} onChange={(contacts) => edit({ contacts })} />
      </form>
    </>
  );
}

function SitePlacements({ siteId }: { siteId: string }) {
  const { t } = useTranslation();
  const placements = useApiQuery('placements.list', { siteId });
  return (
    <section className="card" aria-labelledby="site-placements-title">
      <h2 id="site-placements-title">{t('practice.placements.title')}</h2>
      <p className="muted">{t('practice.placements.siteIntro')}</p>
      <PlacementList query={placements} show="participant" />
    </section>
  );
}
