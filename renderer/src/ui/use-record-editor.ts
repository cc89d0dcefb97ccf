import { useCallback, useEffect } from 'react';
import type { z } from 'zod';
import { useAutosave } from './use-autosave';
import { useEditHistory } from './use-edit-history';

type UpdateMethod = 'staff.update' | 'courses.update' | 'participants.update';

/** A stored record being edited: autosaved, validated inline, with undo and redo. */
export function useRecordEditor<T extends { id: string }>(method: UpdateMethod, record: T, schema: z.ZodType) {
  const autosave = useAutosave(method, record.id, schema);
  const { change } = autosave;
  const apply = useCallback((patch: Partial<T>) => change(patch), [change]);
  const history = useEditHistory(record, apply);
  const { undo, redo } = history;

  // Ctrl+Z / Ctrl+Shift+Z (⌘ on macOS) undo and redo whole edits, except inside a text
  // field, where the field's own undo of single keystrokes comes first.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key !== 'z' && key !== 'y') return;
      if (isTextEntry(event.target)) return;
      event.preventDefault();
      if (key === 'y' || event.shiftKey) redo();
      else undo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return { ...history, issues: autosave.issues, state: autosave.state, flush: autosave.flush };
}

export type RecordEditor = ReturnType<typeof useRecordEditor>;

function isTextEntry(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return ['text', 'search', 'email', 'tel', 'url', 'number', 'password'].includes(target.type);
}
