import { useCallback, useRef, useState } from 'react';
import type { CredentialVerifyInput, VerificationResult } from '../../../../shared/domain/credentials';
import { request } from '../../api/client';

/** How often and how long the screen asks for a file check's result (a check takes tens of ms). */
const pollMs = 120;
const giveUpMs = 30_000;

export type CheckStatus =
  | { state: 'idle' }
  | { state: 'checking'; label: string }
  | { state: 'done'; label: string; result: VerificationResult }
  | { state: 'failed'; label: string; error: unknown };

/**
 * Starts a check and follows it to its result. A newer check replaces an older one still
 * running, so the screen always shows the answer for what was chosen last.
 */
export function useCredentialCheck() {
  const [status, setStatus] = useState<CheckStatus>({ state: 'idle' });
  const latest = useRef(0);

  const run = useCallback(async (input: CredentialVerifyInput, label: string) => {
    const ticket = ++latest.current;
    const current = () => ticket === latest.current;
    setStatus({ state: 'checking', label });
    try {
      let answer = await request('credentials.verify', input);
      const giveUpAt = Date.now() + giveUpMs;
      while (answer.state === 'checking' && current()) {
        if (Date.now() > giveUpAt) throw new Error('timeout');
        await new Promise((resolve) => setTimeout(resolve, pollMs));
        answer = await request('credentials.check', { checkId: answer.checkId });
      }
      if (current() && answer.state === 'done') setStatus({ state: 'done', label, result: answer.result });
    } catch (error) {
      if (current()) setStatus({ state: 'failed', label, error });
    }
  }, []);

  const reset = useCallback(() => {
    latest.current += 1;
    setStatus({ state: 'idle' });
  }, []);

  return { status, run, reset };
}
