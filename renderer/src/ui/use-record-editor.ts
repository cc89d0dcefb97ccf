import { useCallback, useEffect, useRef } from 'react';
import type { z } from 'zod';
import { useAutosave } from './use-autosave';
import { useEditHistory } from './use-edit-history';
import { registerUndoTarget } from './undo-shortcuts';

type UpdateMethod = 'staff.update' | 'courses.update' | 'participants.update' | 'lessons.update' | 'themes.update'
  | 'calendar.schoolYears.update' | 'calendar.closures.update' | 'practiceSites.update'
  | 'placements.update' | 'trainingPlans.update' | 'statusMeetings.update' | 'siteVisits.update' | 'buddyTasks.update' | 'materials.update'
  | 'glossary.update' | 'glossary.translations.update';

/** A stored record being edited: autosaved, validated inline, with undo and redo. */
export function useRecordEditor<T extends { id: string }>(method: UpdateMethod, record: T, schema: z.ZodType) {
  const autosave = useAutosave(method, record.id, schema);
  const { change } = autosave;
  const apply = useCallback((patch: Partial<T>) => change(patch), [change]);
  const history = useEditHistory(record, apply);
  const { undo, redo } = history;

  // Refs keep one registration for the editor's life, whatever undo/redo identity it has now.
  const actions = useRef({ undo, redo });
  useEffect(() => {
    actions.current = { undo, redo };
  }, [undo, redo]);
  useEffect(
    () => registerUndoTarget({ undo: () => actions.current.undo(), redo: () => actions.current.redo() }),
    [],
  );

  return { ...history, issues: autosave.issues, state: autosave.state, flush: autosave.flush };
}

export type RecordEditor = ReturnType<typeof useRecordEditor>;
