import { useQueries } from '@tanstack/react-query';
import type { Material, MaterialListInput } from '../../../../shared/domain/materials';
import { request } from '../../api/client';
import { queryKey } from '../../api/hooks';

export type MaterialFilters = Omit<MaterialListInput, 'offset' | 'limit'>;

export const materialPageSize = 200;

/**
 * The pages of the gallery that cover the rows on screen, fetched by offset: dragging the
 * scrollbar to item 4,000 loads that page at once, not the 20 before it. The first page is
 * always read (the gallery reads the total from it). Keys are the method's own, so every change to materials
 * refreshes them like any other query of the area.
 */
export function useMaterialWindow(filters: MaterialFilters, firstIndex: number, lastIndex: number) {
  const firstPage = Math.max(0, Math.floor(firstIndex / materialPageSize));
  const lastPage = Math.max(firstPage, Math.floor(lastIndex / materialPageSize));
  const pageNumbers = [0];
  for (let page = Math.max(1, firstPage); page <= lastPage; page += 1) pageNumbers.push(page);
  const pages = useQueries({
    queries: pageNumbers.map((page) => {
      const input = { ...filters, offset: page * materialPageSize, limit: materialPageSize };
      return { queryKey: queryKey('materials.list', input), queryFn: () => request('materials.list', input) };
    }),
  });
  const loaded = new Map(pageNumbers.map((page, position) => [page, pages[position]?.data]));
  return {
    error: pages.find((page) => page.isError)?.error,
    /** The item at an index, or undefined while its page loads. */
    itemAt(index: number): Material | undefined {
      const page = Math.floor(index / materialPageSize);
      return loaded.get(page)?.items[index - page * materialPageSize];
    },
  };
}
