import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { materialKindSchema } from '../../../../shared/domain/materials';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useDebouncedValue } from '../goals/use-debounced-value';
import { MaterialFilterBar, type GalleryFilterValues } from './MaterialFilterBar';
import { MaterialGallery } from './MaterialGallery';
import { ImportButton, MaterialImportArea } from './MaterialImportArea';
import { ImportProgressList } from './ImportProgressList';
import { galleryInput } from './gallery-input';
import './materials.css';

const param = (params: URLSearchParams, name: string): string | undefined => params.get(name) || undefined;

/** «Materiale»: everything participants captured, filtered, with import by drop or picker. */
export function MaterialsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const kind = materialKindSchema.safeParse(params.get('kind'));
  const filters: GalleryFilterValues = {
    participantId: param(params, 'participant'),
    siteId: param(params, 'site'),
    goalId: param(params, 'goal'),
    kind: kind.success ? kind.data : undefined,
    tag: param(params, 'tag'),
    search: params.get('q') ?? '',
  };
  const search = useDebouncedValue(filters.search.trim(), 250);
  const filtered = Object.entries(filters).some(([, value]) => Boolean(value));
  const setFilters = (next: GalleryFilterValues) => {
    const entries = { participant: next.participantId, site: next.siteId, goal: next.goalId, kind: next.kind, tag: next.tag, q: next.search };
    setParams(Object.fromEntries(Object.entries(entries).filter((entry): entry is [string, string] => Boolean(entry[1]))), { replace: true });
  };
  // A file dropped while a participant or site is chosen belongs to them.
  const defaults = { participantId: filters.participantId ?? null, siteId: filters.siteId ?? null };

  return (
    <MaterialImportArea defaults={defaults}>
      <PageHeader title={t('materials.title')} actions={<ImportButton defaults={defaults} />}>
        <p className="muted">{t('materials.intro')}</p>
      </PageHeader>
      <ImportProgressList />
      <MaterialFilterBar value={filters} onChange={setFilters} />
      <MaterialGallery
        label={t('materials.gallery.label')}
        filters={galleryInput({ ...filters, search })}
        empty={<EmptyState>{filtered ? t('materials.gallery.noMatch') : t('materials.gallery.empty')}</EmptyState>}
      />
    </MaterialImportArea>
  );
}
