import { useCallback, useRef, useState } from 'react';

interface Step<T> {
  before: Partial<T>;
  after: Partial<T>;
  at: number;
}

/** Typing into one field within this pause counts as one step to undo, as in a word processor. */
const coalesceMs = 1500;

const pick = <T extends object>(values: T, keys: readonly (keyof T)[]): Partial<T> =>
  Object.fromEntries(keys.map((key) => [key, values[key]])) as Partial<T>;

/**
 * True when `next` differs from `previous` by one typed or deleted character, so a run of
 * keystrokes in a text field becomes one step while picking another option stays its own.
 */
export function looksLikeTyping(previous: unknown, next: unknown): boolean {
  if (typeof previous !== 'string' || typeof next !== 'string') return false;
  let start = 0;
  while (start < previous.length && start < next.length && previous[start] === next[start]) start += 1;
  let end = 0;
  while (
    end < previous.length - start &&
    end < next.length - start &&
    previous[previous.length - 1 - end] === next[next.length - 1 - end]
  ) {
    end += 1;
  }
  return previous.length - start - end <= 1 && next.length - start - end <= 1;
}

/** The one field both patches change, when each changes exactly one and it is the same. */
const singleSharedKey = (a: object, b: object): string | undefined => {
  const [left, right] = [Object.keys(a), Object.keys(b)];
  return left.length === 1 && right.length === 1 && left[0] === right[0] ? left[0] : undefined;
};

/**
 * The values of a form with multi-step undo and redo. Every change, undone or redone, goes
 * through `apply`, which saves it; so an undo is saved like any other edit.
 */
export function useEditHistory<T extends object>(initial: T, apply: (patch: Partial<T>) => void) {
  const [values, setValues] = useState(initial);
  const current = useRef(initial);
  const undoSteps = useRef<Step<T>[]>([]);
  const redoSteps = useRef<Step<T>[]>([]);
  const [counts, setCounts] = useState({ undo: 0, redo: 0 });

  const commit = useCallback(
    (patch: Partial<T>) => {
      current.current = { ...current.current, ...patch };
      setValues(current.current);
      setCounts({ undo: undoSteps.current.length, redo: redoSteps.current.length });
      apply(patch);
    },
    [apply],
  );

  const edit = useCallback(
    (patch: Partial<T>) => {
      const now = Date.now();
      const last = undoSteps.current.at(-1);
      const key = last && singleSharedKey(last.after, patch);
      const typing =
        key !== undefined && looksLikeTyping((last?.after as Record<string, unknown>)[key], (patch as Record<string, unknown>)[key]);
      if (last && typing && now - last.at < coalesceMs) {
        last.after = patch;
        last.at = now;
      } else {
        undoSteps.current.push({ before: pick(current.current, Object.keys(patch) as (keyof T)[]), after: patch, at: now });
      }
      redoSteps.current = [];
      commit(patch);
    },
    [commit],
  );

  const undo = useCallback(() => {
    const step = undoSteps.current.pop();
    if (!step) return;
    redoSteps.current.push(step);
    commit(step.before);
  }, [commit]);

  const redo = useCallback(() => {
    const step = redoSteps.current.pop();
    if (!step) return;
    // A redone step must not merge with the next edit.
    undoSteps.current.push({ ...step, at: 0 });
    commit(step.after);
  }, [commit]);

  return { values, edit, undo, redo, canUndo: counts.undo > 0, canRedo: counts.redo > 0 };
}
