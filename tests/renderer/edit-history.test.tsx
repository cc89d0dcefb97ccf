// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { looksLikeTyping, useEditHistory } from '../../renderer/src/ui/use-edit-history';

interface Person {
  name: string;
  role: string;
}

const start: Person = { name: 'Amina', role: 'teacher' };

function setup() {
  const apply = vi.fn();
  const hook = renderHook(() => useEditHistory(start, apply));
  return { apply, hook };
}

afterEach(() => vi.useRealTimers());

describe('useEditHistory', () => {
  it('undoes and redoes separate edits step by step, saving each change', () => {
    const { apply, hook } = setup();
    act(() => hook.result.current.edit({ role: 'assistant' }));
    act(() => hook.result.current.edit({ role: 'admin' }));
    expect(hook.result.current.values.role).toBe('admin');

    act(() => hook.result.current.undo());
    expect(hook.result.current.values.role).toBe('assistant');
    act(() => hook.result.current.undo());
    expect(hook.result.current.values).toEqual(start);
    expect(hook.result.current.canUndo).toBe(false);
    expect(apply).toHaveBeenLastCalledWith({ role: 'teacher' });

    act(() => hook.result.current.redo());
    expect(hook.result.current.values.role).toBe('assistant');
    expect(hook.result.current.canRedo).toBe(true);
  });

  it('treats quick typing in one field as one step', () => {
    vi.useFakeTimers();
    const { hook } = setup();
    for (const name of ['Amina ', 'Amina Y', 'Amina Yu']) {
      act(() => hook.result.current.edit({ name }));
      vi.advanceTimersByTime(200);
    }
    act(() => hook.result.current.undo());
    expect(hook.result.current.values.name).toBe('Amina');
  });

  it('keeps edits apart after a pause, and a new edit clears redo', () => {
    vi.useFakeTimers();
    const { hook } = setup();
    act(() => hook.result.current.edit({ name: 'A' }));
    vi.advanceTimersByTime(5000);
    act(() => hook.result.current.edit({ name: 'AB' }));
    act(() => hook.result.current.undo());
    expect(hook.result.current.values.name).toBe('A');
    act(() => hook.result.current.edit({ role: 'admin' }));
    expect(hook.result.current.canRedo).toBe(false);
  });
});

describe('looksLikeTyping', () => {
  it.each([
    ['Amina', 'Amina ', true],
    ['Amina Y', 'Amina', false],
    ['Amin', 'Amina', true],
    ['Amna', 'Amina', true],
    ['ليلى', 'ليلى ح', false],
    ['ليلى ', 'ليلى ح', true],
    ['teacher', 'admin', false],
    ['assistant', 'admin', false],
    [1, 2, false],
  ])('%s → %s: %s', (previous, next, expected) => {
    expect(looksLikeTyping(previous, next)).toBe(expected);
  });
});
