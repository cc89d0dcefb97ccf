import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import { request } from './client';

/** Query key: method first, so a mutation can invalidate every query of an area at once. */
export const queryKey = <M extends MethodName>(method: M, input: MethodInput<M>) => [method, input] as const;

export function useApiQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: Partial<UseQueryOptions<MethodOutput<M>>> = {},
) {
  return useQuery<MethodOutput<M>>({
    queryKey: queryKey(method, input),
    queryFn: () => request(method, input, { waitDuringRestore: true }),
    ...options,
  });
}

/** The areas whose cached answers a change can make stale; kept coarse on purpose. */
const areas = ['staff.', 'courses.', 'participants.', 'sensitiveNotes.', 'app.', 'settings.', 'backups.', 'calendar.', 'themes.', 'lessons.', 'goals.', 'attendance.',
  'practiceSites.', 'placements.',
  'trainingPlans.', 'statusMeetings.', 'siteVisits.', 'buddyTasks.', 'practiceFollowUp.', 'materials.',
  'assessments.',
  'glossary.'];

export function useInvalidateAll() {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({
      predicate: (query) => areas.some((area) => String(query.queryKey[0]).startsWith(area)),
    });
}

/** A mutation that refreshes every list and detail afterwards (a change to a participant moves class counts too). */
export function useApiMutation<M extends MethodName>(method: M) {
  const invalidateAll = useInvalidateAll();
  return useMutation<MethodOutput<M>, Error, MethodInput<M>>({
    mutationFn: (input) => request(method, input),
    onSuccess: () => invalidateAll(),
  });
}
