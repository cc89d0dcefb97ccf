// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerUndoTarget } from '../../renderer/src/ui/undo-shortcuts';

const press = (init: KeyboardEventInit, target: EventTarget = document.body) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function target() {
  const t = { undo: vi.fn(), redo: vi.fn() };
  cleanups.push(registerUndoTarget(t));
  return t;
}

describe('undo shortcuts', () => {
  it('only the most recently opened editor answers, and the one below takes over when it closes', () => {
    const form = target();
    const dialog = { undo: vi.fn(), redo: vi.fn() };
    const closeDialog = registerUndoTarget(dialog);
    press({ key: 'z', ctrlKey: true });
    expect(dialog.undo).toHaveBeenCalledTimes(1);
    expect(form.undo).not.toHaveBeenCalled();
    closeDialog();
    press({ key: 'z', ctrlKey: true });
    expect(form.undo).toHaveBeenCalledTimes(1);
  });

  it('redoes with Ctrl+Shift+Z and Ctrl+Y, and leaves text fields their own undo', () => {
    const editor = target();
    press({ key: 'Z', ctrlKey: true, shiftKey: true });
    press({ key: 'y', ctrlKey: true });
    expect(editor.redo).toHaveBeenCalledTimes(2);
    const input = document.body.appendChild(document.createElement('input'));
    press({ key: 'z', ctrlKey: true }, input);
    expect(editor.undo).not.toHaveBeenCalled();
  });
});
