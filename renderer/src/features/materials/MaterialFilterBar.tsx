import { useTranslation } from 'react-i18next';
import { materialKinds, type MaterialKind } from '../../../../shared/domain/materials';
import { isolate } from '../../../../shared/domain/text-direction';
import { useApiQuery } from '../../api/hooks';
import { SearchBox } from '../../ui/SearchBox';
import { ParticipantFilter } from './ParticipantFilter';

export interface GalleryFilterValues {
  participantId?: string | undefined;
  siteId?: string | undefined;
  goalId?: string | undefined;
  kind?: MaterialKind | undefined;
  tag?: string | undefined;
  search: string;
}

/** Participant, practice site, kind, tag and free text; a goal filter comes from a link and shows as a chip. */
export function MaterialFilterBar({ value, onChange }: { value: GalleryFilterValues; onChange: (next: GalleryFilterValues) => void }) {
  const { t } = useTranslation();
  const participants = useApiQuery('participants.list', {});
  const sites = useApiQuery('practiceSites.list', {});
  const tags = useApiQuery('materials.tags', {});
  const goal = useApiQuery('goals.get', { id: value.goalId ?? '' }, { enabled: Boolean(value.goalId) });
  const set = (patch: Partial<GalleryFilterValues>) => onChange({ ...value, ...patch });
  return (
    <div className="toolbar material-filters">
      <SearchBox value={value.search} onChange={(search) => set({ search })} />
      <ParticipantFilter
        value={value.participantId ?? ''}
        participants={participants.data}
        allLabel={t('materials.filters.allParticipants')}
        onChange={(participantId) => set({ participantId: participantId || undefined })}
      />
      <label className="toolbar__item">
        <span>{t('materials.filters.site')}</span>
        <select value={value.siteId ?? ''} onChange={(e) => set({ siteId: e.target.value || undefined })}>
          <option value="">{t('materials.filters.allSites')}</option>
          {(sites.data ?? []).map((site) => (
            <option key={site.id} value={site.id}>
              {isolate(site.name)}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar__item">
        <span>{t('materials.filters.kind')}</span>
        <select value={value.kind ?? ''} onChange={(e) => set({ kind: (e.target.value || undefined) as MaterialKind | undefined })}>
          <option value="">{t('materials.filters.allKinds')}</option>
          {materialKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`materials.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      {tags.data && tags.data.length > 0 ? (
        <label className="toolbar__item">
          <span>{t('materials.filters.tag')}</span>
          <select value={value.tag ?? ''} onChange={(e) => set({ tag: e.target.value || undefined })}>
            <option value="">{t('materials.filters.allTags')}</option>
            {tags.data.map((tag) => (
              <option key={tag} value={tag}>
                {isolate(tag)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {value.goalId ? (
        <p className="chip material-filters__goal">
          <span>{t('materials.filters.goal')}:</span>{' '}
          <bdi dir="auto">{goal.data ? goal.data.textNb : value.goalId}</bdi>
          <button type="button" className="chip__remove" aria-label={t('materials.filters.removeGoal')} onClick={() => set({ goalId: undefined })}>
            ×
          </button>
        </p>
      ) : null}
    </div>
  );
}
