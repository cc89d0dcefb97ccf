import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ProfileCurrent } from '../../../../shared/domain/profiles';
import { apiErrorOf, request } from '../../api/client';
import { queryKey, useApiQuery } from '../../api/hooks';

const sessionCodes = new Set(['locked', 'signed_out']);

/** Who is signed in. Any call refused with `locked` or `signed_out` makes it look again. */
export function useProfileSession() {
  const queryClient = useQueryClient();
  const current = useApiQuery('profiles.current', {}, { staleTime: 0 });

  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.query.queryKey[0] === 'profiles.current') return;
        const error = event.query.state.error;
        if (error && sessionCodes.has(apiErrorOf(error).code)) {
          void queryClient.invalidateQueries({ queryKey: queryKey('profiles.current', {}) });
        }
      }),
    [queryClient],
  );
  return current;
}

/**
 * Changes the session (sign in, out, lock, unlock) and brings every screen in line with it:
 * a different person must never see what the previous one had on screen, so their cached
 * answers are dropped; an unlock only refetches what the lock refused.
 */
export function useSessionChange() {
  const queryClient = useQueryClient();
  return {
    async apply(next: Promise<ProfileCurrent>, { samePerson = false } = {}): Promise<ProfileCurrent> {
      const current = await next;
      queryClient.setQueryData(queryKey('profiles.current', {}), current);
      if (samePerson) await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'profiles.current' });
      // Reset, not only refetch: the previous person's answers must not stay on screen meanwhile.
      else await queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== 'profiles.current' });
      return current;
    },
    signIn: (staffId: string, pin?: string) => request('profiles.signIn', pin ? { staffId, pin } : { staffId }),
    signOut: () => request('profiles.signOut', {}),
    lock: () => request('profiles.lock', {}),
    unlock: (pin: string) => request('profiles.unlock', { pin }),
  };
}
