import { useQueryClient } from '@tanstack/react-query';

/** The queue and the plans are derived from plans and glossaries that change elsewhere: always read afresh. */
export const freshOnMount = { refetchOnMount: 'always' as const, staleTime: 0 };

const mine = ['translationTasks.', 'plansForMe.'];

/** After a change to a task: the queue, the lesson badges and the plans read again. */
export function useInvalidateTranslations() {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({ predicate: (query) => mine.some((area) => String(query.queryKey[0]).startsWith(area)) });
}
