import type { SprakbroApi } from '../../../shared/api/client';
import { fail, type Result } from '../../../shared/result';

declare global {
  interface Window {
    /** Present in the Electron window, exposed by the preload script. */
    api?: SprakbroApi;
  }
}

/**
 * Browser mode: the same contract over HTTP to the local server. The session cookie set
 * when the start link was opened authenticates the call; the server checks Host and Origin.
 */
const httpApi: SprakbroApi = {
  async call(method, input) {
    try {
      const response = await fetch('api/call', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method, input }),
      });
      if (!response.ok) return fail(response.status === 401 ? 'forbidden' : 'internal');
      return (await response.json()) as Result<never>;
    } catch {
      return { ok: false, error: { code: 'internal', params: { reason: 'network' } } };
    }
  },
};

export const transport: SprakbroApi = window.api ?? httpApi;
