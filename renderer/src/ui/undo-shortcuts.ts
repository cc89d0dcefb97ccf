/**
 * Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (⌘ on macOS) for the editors on screen. Only the most
 * recently opened editor answers, so an edit dialog above a form undoes its own changes and
 * not the form's. Inside a text field the field's own undo of single keystrokes comes first.
 */
export interface UndoTarget {
  undo(): void;
  redo(): void;
}

const targets: UndoTarget[] = [];

function onKey(event: KeyboardEvent): void {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
  const key = event.key.toLowerCase();
  if (key !== 'z' && key !== 'y') return;
  const target = targets.at(-1);
  if (!target || isTextEntry(event.target)) return;
  event.preventDefault();
  if (key === 'y' || event.shiftKey) target.redo();
  else target.undo();
}

/** Makes `target` the one that answers the shortcuts until the returned function is called. */
export function registerUndoTarget(target: UndoTarget): () => void {
  if (targets.length === 0) document.addEventListener('keydown', onKey);
  targets.push(target);
  return () => {
    const index = targets.lastIndexOf(target);
    if (index >= 0) targets.splice(index, 1);
    if (targets.length === 0) document.removeEventListener('keydown', onKey);
  };
}

function isTextEntry(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return ['text', 'search', 'email', 'tel', 'url', 'number', 'password'].includes(target.type);
}
