import { describe, expect, it } from 'vitest';
import { validate, version } from 'uuid';
import { newId } from '../../../electron/core/db/ids';

describe('row ids', () => {
  it('are valid UUIDv7, unique, and sort in the order they were made, also within one millisecond', () => {
    const ids = Array.from({ length: 50_000 }, () => newId());
    for (const id of ids.slice(0, 100)) {
      expect(validate(id)).toBe(true);
      expect(version(id)).toBe(7);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
