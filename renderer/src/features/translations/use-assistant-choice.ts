import { useState } from 'react';
import { useApiQuery } from '../../api/hooks';

/**
 * Whose queue or plans to show. A signed-in assistant sees their own, always (the API
 * refuses another assistant's); other profiles, and the open mode, pick an assistant or
 * see everyone ('').
 */
export function useAssistantChoice() {
  const current = useApiQuery('profiles.current', {});
  const [picked, setPicked] = useState('');
  const profile = current.data?.profile ?? null;
  const fixed = profile?.role === 'assistant' ? profile : null;
  return {
    assistantId: fixed ? fixed.staffId : picked,
    setAssistantId: setPicked,
    /** The signed-in assistant, whose choice cannot be changed; null when the user may pick. */
    fixed,
    ready: !current.isLoading,
  };
}
