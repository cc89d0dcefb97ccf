import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { transport } from '../../api/transport';
import { ImportQueue, type ImportItem } from './import-queue';

const changeListeners = new Set<() => void>();
const finishListeners = new Set<(item: ImportItem) => void>();

/**
 * One queue for the whole window: an import started in the gallery goes on while the
 * teacher opens an item or another page, and any import area shows the same progress.
 */
export const materialImports = new ImportQueue(
  (file, metadata, onProgress) => transport.importMaterial(file, metadata, onProgress),
  () => changeListeners.forEach((listener) => listener()),
  (item) => finishListeners.forEach((listener) => listener(item)),
);

const subscribe = (listener: () => void) => {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
};

const refreshPauseMs = 400;

/** The queue's lines, and fresh material lists as files arrive (at most a few times a second). */
export function useMaterialImports() {
  const queryClient = useQueryClient();
  const items = useSyncExternalStore(subscribe, () => materialImports.items);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        void queryClient.invalidateQueries({ predicate: (query) => String(query.queryKey[0]).startsWith('materials.') });
      }, refreshPauseMs);
    };
    finishListeners.add(refresh);
    return () => {
      finishListeners.delete(refresh);
      clearTimeout(timer);
    };
  }, [queryClient]);
  return { items, queue: materialImports };
}
