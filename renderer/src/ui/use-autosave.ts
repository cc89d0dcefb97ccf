import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { MethodInput } from '../../../shared/api/contract';
import type { FieldIssue } from '../../../shared/result';
import { toFieldIssues } from '../../../shared/validation';
import { ApiCallError, request } from '../api/client';
import { useInvalidateAll } from '../api/hooks';

export type SaveState = 'saved' | 'saving' | 'invalid';
type UpdateMethod = 'staff.update' | 'courses.update' | 'participants.update' | 'lessons.update' | 'themes.update'
  | 'calendar.schoolYears.update' | 'calendar.closures.update' | 'practiceSites.update'
  | 'placements.update' | 'trainingPlans.update' | 'statusMeetings.update' | 'siteVisits.update' | 'buddyTasks.update' | 'materials.update'
  | 'glossary.update' | 'glossary.translations.update';

const debounceMs = 400;

/**
 * Saves edits on their own: each change is checked with the same schema the backend uses,
 * shown inline when wrong, and sent after a short pause (or at once on blur and when the
 * form closes). Changes that fail stay pending, so fixing the field saves them all.
 */
export function useAutosave<M extends UpdateMethod>(method: M, id: string, schema: z.ZodType) {
  const invalidateAll = useInvalidateAll();
  const pending = useRef<Record<string, unknown>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [state, setState] = useState<SaveState>('saved');

  const check = useCallback(() => schema.safeParse({ id, ...pending.current }), [id, schema]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const patch = pending.current;
    if (Object.keys(patch).length === 0 || !check().success) return;
    pending.current = {};
    try {
      await request(method, { id, ...patch } as MethodInput<M>);
      if (Object.keys(pending.current).length === 0) setState('saved');
      void invalidateAll();
    } catch (error) {
      pending.current = { ...patch, ...pending.current };
      setState('invalid');
      setIssues(error instanceof ApiCallError && error.error.issues ? error.error.issues : []);
    }
  }, [check, id, invalidateAll, method]);

  const change = useCallback(
    (patch: Record<string, unknown>) => {
      pending.current = { ...pending.current, ...patch };
      const parsed = check();
      clearTimeout(timer.current);
      if (!parsed.success) {
        setIssues(toFieldIssues(parsed.error, { id, ...pending.current }));
        setState('invalid');
        return;
      }
      setIssues([]);
      setState('saving');
      timer.current = setTimeout(() => void flush(), debounceMs);
    },
    [check, flush, id],
  );

  // Leaving the form (or the app) must never drop the last keystrokes.
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);
  useEffect(() => {
    const onHide = () => void flushRef.current();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flushRef.current();
    };
  }, []);

  return { change, flush, issues, state };
}
