import { useQueryClient } from '@tanstack/react-query';

/** The document queries are not among the shared cache areas: refresh them after a change here. */
export function useDocumentsRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ predicate: (query) => String(query.queryKey[0]).startsWith('documents.') });
}
