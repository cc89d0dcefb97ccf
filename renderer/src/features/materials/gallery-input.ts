import type { GalleryFilterValues } from './MaterialFilterBar';
import type { MaterialFilters } from './use-material-pages';

/** The list call for the chosen filters; empty choices are left out so the cache key stays small. */
export function galleryInput(values: GalleryFilterValues): MaterialFilters {
  const input: MaterialFilters = {};
  if (values.participantId) input.participantId = values.participantId;
  if (values.siteId) input.siteId = values.siteId;
  if (values.goalId) input.goalId = values.goalId;
  if (values.kind) input.kind = values.kind;
  if (values.tag) input.tag = values.tag;
  const search = values.search.trim();
  if (search) input.search = search;
  return input;
}
