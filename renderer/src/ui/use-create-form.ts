import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { MethodInput, MethodOutput } from '../../../shared/api/contract';
import type { FieldIssue } from '../../../shared/result';
import { toFieldIssues } from '../../../shared/validation';
import { ApiCallError } from '../api/client';
import { useApiMutation } from '../api/hooks';

type CreateMethod = 'staff.create' | 'courses.create' | 'participants.create' | 'themes.create'
  | 'calendar.schoolYears.create' | 'calendar.closures.create' | 'goals.create'
  | 'practiceSites.create' | 'placements.create' | 'buddyTasks.create'
  | 'assessments.create' | 'levelTargets.create'
  | 'glossary.create' | 'glossary.translations.create';

/**
 * State for a "new …" dialog: validates with the create schema before sending, then shows
 * any issue the backend found beside its field. Nothing is created until the input is clean.
 */
export function useCreateForm<M extends CreateMethod>(
  method: M,
  schema: z.ZodType,
  initial: MethodInput<M>,
  onCreated: (created: MethodOutput<M>) => void,
) {
  const mutation = useApiMutation(method);
  const [values, setValues] = useState<MethodInput<M>>(initial);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [submitted, setSubmitted] = useState(false);

  const set = (patch: Partial<MethodInput<M>>) => {
    const next = { ...values, ...patch };
    setValues(next);
    if (submitted) {
      const parsed = schema.safeParse(next);
      setIssues(parsed.success ? [] : toFieldIssues(parsed.error, next));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      setIssues(toFieldIssues(parsed.error, values));
      return;
    }
    try {
      const created = await mutation.mutateAsync(values);
      setValues(initial);
      setSubmitted(false);
      onCreated(created);
    } catch (error) {
      setIssues(error instanceof ApiCallError && error.error.issues ? error.error.issues : []);
    }
  };

  const reset = () => {
    setValues(initial);
    setIssues([]);
    setSubmitted(false);
  };

  return { values, set, issues, submit, reset, busy: mutation.isPending, error: mutation.error };
}
