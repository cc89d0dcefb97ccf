import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isBlocked, materialUpdateSchema, type Material } from '../../../../shared/domain/materials';
import { participantDisplayName } from '../../../../shared/domain/participants';
import { isolate } from '../../../../shared/domain/text-direction';
import { useApiQuery } from '../../api/hooks';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { DateField } from '../../ui/DateField';
import { EditStatus } from '../../ui/EditStatus';
import { EmptyState } from '../../ui/EmptyState';
import { Field, issueFor } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { useRecordEditor } from '../../ui/use-record-editor';
import { useUndoableDelete } from '../../ui/use-undoable-delete';
import { GoalPicker } from '../goals/GoalPicker';
import { ConsentBadge, MissingBadge } from './ConsentBadge';
import { MaterialActions } from './MaterialActions';
import { MaterialViewer } from './MaterialViewer';
import { materialTitle } from './MaterialThumb';
import { TagPicker } from './TagPicker';
import './materials.css';

/** One item: seen large, described, tagged, linked to goals, with its consent. */
export function MaterialDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const material = useApiQuery('materials.get', { id });
  if (material.isError) {
    return <EmptyState action={<Link to="/materials">{t('common.backToList')}</Link>}>{t('common.notFound')}</EmptyState>;
  }
  if (!material.data) return <p className="muted">{t('app.loading')}</p>;
  // Keyed by id: the draft starts from the stored row once and is not overwritten while typing.
  return <MaterialEditor key={material.data.id} material={material.data} />;
}

function MaterialEditor({ material }: { material: Material }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const navigate = useNavigate();
  const editor = useRecordEditor('materials.update', material, materialUpdateSchema);
  const { values, edit } = editor;
  const remove = useUndoableDelete('materials');
  const issue = (path: string) => issueFor(editor.issues, path);
  // What the badge says follows the boxes at once, before the save comes back.
  const blocked = isBlocked(values);
  const shown = { ...material, ...values, blocked };

  return (
    <>
      <PageHeader
        title={<bdi dir="auto">{materialTitle(values)}</bdi>}
        actions={
          <button
            type="button"
            className="button button--danger"
            onClick={() =>
              void remove(material.id, t('materials.deleted', { name: isolate(materialTitle(values)) })).then(
                (done) => done && navigate('/materials'),
              )
            }
          >
            {t('common.delete')}
          </button>
        }
      >
        <Link to="/materials">{t('materials.backToGallery')}</Link>
        <p className="muted">
          {t(`materials.kinds.${material.kind}`)} · <bdi dir="auto">{material.originalName}</bdi>
          {material.dateFromExif && values.date === material.date ? ` · ${t('materials.dateFromExif')}` : ''}
        </p>
      </PageHeader>
      <div className="material-badges-row">
        <ConsentBadge material={shown} />
        <MissingBadge material={material} />
      </div>
      <EditStatus editor={editor} />
      <div className="material-layout">
        <section className="card material-layout__view" aria-label={t('materials.viewer.label')}>
          <MaterialViewer material={material} />
          <MaterialActions material={material} blocked={blocked} />
        </section>
        <form className="card form-grid material-layout__form" onSubmit={(event) => event.preventDefault()} onBlur={() => void editor.flush()}>
          <Field label={t('materials.fields.caption')} issue={issue('caption')}>
            {(control) => <textarea {...control} dir="auto" rows={2} value={values.caption} onChange={(e) => edit({ caption: e.target.value })} />}
          </Field>
          <Field label={t('materials.fields.date')} issue={issue('date')}>
            {(control) => <DateField {...control} value={values.date ?? ''} onChange={(date) => edit({ date: date || null })} />}
          </Field>
          <Field label={t('materials.fields.transcript')} help={t('materials.fields.transcriptHelp')} issue={issue('transcript')}>
            {(control) => (
              <textarea {...control} dir="auto" rows={material.kind === 'audio' || material.kind === 'video' ? 5 : 3} value={values.transcript} onChange={(e) => edit({ transcript: e.target.value })} />
            )}
          </Field>
          <fieldset className="checkbox-group material-consent">
            <legend>{t('materials.consent.title')}</legend>
            <label className="checkbox">
              <input type="checkbox" checked={values.othersAppear} onChange={(e) => edit({ othersAppear: e.target.checked })} />
              {t('materials.consent.othersAppear')}
            </label>
            <label className="checkbox">
              <input type="checkbox" checked={values.othersConsent} disabled={!values.othersAppear} onChange={(e) => edit({ othersConsent: e.target.checked })} />
              {t('materials.consent.othersConsent')}
            </label>
            <p className="field__help">{t('materials.consent.help')}</p>
          </fieldset>
          <ContextFields values={values} edit={edit} />
          <Field label={t('materials.fields.tags')} issue={issue('tags')}>
            {(control) => <TagPicker {...control} value={values.tags} onChange={(tags) => edit({ tags })} />}
          </Field>
        </form>
      </div>
      <section className="card">
        <fieldset className="fieldset">
          <legend>{t('materials.fields.goals')}</legend>
          <GoalPicker value={values.goalIds} onChange={(goalIds) => edit({ goalIds })} />
        </fieldset>
      </section>
      <p className="muted">{t('materials.importedAt', { date: formatDate(material.createdAt.slice(0, 10), ui) })}</p>
    </>
  );
}

interface ContextProps {
  values: Material;
  edit: (patch: Partial<Material>) => void;
}

/** Whose it is and where it was made: participant, then one of their placements, or just a site. */
function ContextFields({ values, edit }: ContextProps) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const participants = useApiQuery('participants.list', {});
  const placements = useApiQuery('placements.list', { participantId: values.participantId ?? '' }, { enabled: Boolean(values.participantId) });
  const sites = useApiQuery('practiceSites.list', {});
  return (
    <>
      <Field label={t('materials.fields.participant')}>
        {(control) => (
          <select
            {...control}
            value={values.participantId ?? ''}
            onChange={(e) => edit({ participantId: e.target.value || null, placementId: null })}
          >
            <option value="">{t('materials.fields.noParticipant')}</option>
            {(participants.data ?? []).map((participant) => (
              <option key={participant.id} value={participant.id}>
                {isolate(participantDisplayName(participant))}
              </option>
            ))}
          </select>
        )}
      </Field>
      {values.participantId ? (
        <Field label={t('materials.fields.placement')}>
          {(control) => (
            <select
              {...control}
              value={values.placementId ?? ''}
              onChange={(e) => {
                const placement = placements.data?.find((candidate) => candidate.id === e.target.value);
                edit(placement ? { placementId: placement.id, siteId: placement.siteId } : { placementId: null });
              }}
            >
              <option value="">{t('materials.fields.noPlacement')}</option>
              {(placements.data ?? []).map((placement) => (
                <option key={placement.id} value={placement.id}>
                  {`${isolate(placement.siteName)} ${formatDate(placement.startDate, ui)}–${formatDate(placement.endDate, ui)}`}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field label={t('materials.fields.site')}>
        {(control) => (
          <select {...control} value={values.siteId ?? ''} disabled={Boolean(values.placementId)} onChange={(e) => edit({ siteId: e.target.value || null })}>
            <option value="">{t('materials.fields.noSite')}</option>
            {(sites.data ?? []).map((site) => (
              <option key={site.id} value={site.id}>
                {isolate(site.name)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
