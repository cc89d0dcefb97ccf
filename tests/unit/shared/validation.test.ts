import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, methodNames } from '../../../shared/api/contract';
import { idSchema, isoDateSchema } from '../../../shared/domain/common';
import { fail, fieldIssueCodes, ok } from '../../../shared/result';
import { toFieldIssues } from '../../../shared/validation';

const issuesFor = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a failure');
  return toFieldIssues(result.error, input);
};

describe('toFieldIssues', () => {
  const schema = z
    .object({
      name: z.string().trim().min(1).max(5),
      code: z.string().min(3),
      count: z.number().int().min(1).max(9),
      kind: z.enum(['a', 'b']),
      tags: z.array(z.string()).max(2),
      nested: z.object({ inner: z.boolean() }).strict().optional(),
      date: isoDateSchema.optional(),
    })
    .strict();
  const valid = { name: 'Kari', code: 'abc', count: 2, kind: 'a', tags: [] };

  it.each([
    ['an empty string', { ...valid, name: ' ' }, [{ path: 'name', code: 'required' }]],
    ['a too long string', { ...valid, name: 'abcdef' }, [{ path: 'name', code: 'tooLong', params: { max: 5 } }]],
    ['a too short string', { ...valid, code: 'ab' }, [{ path: 'code', code: 'tooShort', params: { min: 3 } }]],
    ['a too small number', { ...valid, count: 0 }, [{ path: 'count', code: 'tooSmall', params: { min: 1 } }]],
    ['a too big number', { ...valid, count: 10 }, [{ path: 'count', code: 'tooBig', params: { max: 9 } }]],
    ['a too long list', { ...valid, tags: ['a', 'b', 'c'] }, [{ path: 'tags', code: 'tooBig', params: { max: 2 } }]],
    ['a missing field', { code: 'abc', count: 2, kind: 'a', tags: [] }, [{ path: 'name', code: 'required' }]],
    ['a missing enum', { name: 'x', code: 'abc', count: 2, tags: [] }, [{ path: 'kind', code: 'required' }]],
    ['a wrong type', { ...valid, count: '2' }, [{ path: 'count', code: 'invalidType' }]],
    ['null for a string', { ...valid, name: null }, [{ path: 'name', code: 'invalidType' }]],
    ['a value outside the enum', { ...valid, kind: 'c' }, [{ path: 'kind', code: 'invalidValue' }]],
    ['a nested wrong type', { ...valid, nested: { inner: 'yes' } }, [{ path: 'nested.inner', code: 'invalidType' }]],
    ['an unknown key', { ...valid, extra: 1 }, [{ path: 'extra', code: 'unexpectedField' }]],
    ['a nested unknown key', { ...valid, nested: { inner: true, more: 1 } }, [{ path: 'nested.more', code: 'unexpectedField' }]],
    ['an impossible date, once', { ...valid, date: '2026-02-30' }, [{ path: 'date', code: 'invalidDate' }]],
    ['a malformed date, once', { ...valid, date: 'today' }, [{ path: 'date', code: 'invalidDate' }]],
    ['not an object', 'text', [{ path: '', code: 'invalidType' }]],
  ])('maps %s', (_label, input, expected) => {
    expect(issuesFor(schema, input)).toEqual(expected);
  });

  it('only ever answers known issue codes', () => {
    const inputs = [null, 1, [], {}, { name: 1, code: [], count: 'x', kind: 5, tags: {}, nested: [], date: 3, x: 1 }];
    for (const input of inputs) {
      for (const issue of issuesFor(schema, input)) expect(fieldIssueCodes).toContain(issue.code);
    }
  });

  it('reads a refinement message that is one of our codes as that code', () => {
    const refined = z.object({ a: z.string() }).refine((v) => v.a !== 'x', { message: 'duplicate', path: ['a'] });
    expect(issuesFor(refined, { a: 'x' })).toEqual([{ path: 'a', code: 'duplicate' }]);
  });

  it('reads a wrong type as required when it is not given the input', () => {
    const result = schema.safeParse({ ...valid, count: '2' });
    expect(result.success).toBe(false);
    if (!result.success) expect(toFieldIssues(result.error)).toEqual([{ path: 'count', code: 'required' }]);
  });

  it('uses the value zod reports when parsing was asked to report input', () => {
    const result = schema.safeParse({ ...valid, count: '2' }, { reportInput: true });
    expect(result.success).toBe(false);
    if (!result.success) expect(toFieldIssues(result.error)).toEqual([{ path: 'count', code: 'invalidType' }]);
  });
});

describe('schemas', () => {
  it('accepts UUIDs as ids and refuses anything else', () => {
    expect(idSchema.safeParse('0198c3a6-2f4b-7cc1-9a55-3f1c2b8e4d10').success).toBe(true);
    for (const bad of ['', '42', '0198c3a6-2f4b-7cc1-9a55', '0198c3a6_2f4b_7cc1_9a55_3f1c2b8e4d10', "x' OR 1=1"]) {
      expect(idSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('never fills defaults into a partial update, so a field left out keeps its stored value', () => {
    const id = '0198c3a6-2f4b-7cc1-9a55-3f1c2b8e4d10';
    // Settings and the centre's document details and texts are single records, not rows with an id.
    const singletons: readonly string[] = ['settings.update', 'documents.centre.update', 'documents.texts.update'];
    const updates = methodNames.filter((m) => m.endsWith('.update') && !singletons.includes(m));
    expect(updates.length).toBeGreaterThanOrEqual(3);
    for (const method of updates) {
      expect(contract[method].input.parse({ id }), method).toEqual({ id });
    }
    expect(contract['settings.update'].input.parse({})).toEqual({});
  });

  it('fills defaults on create', () => {
    expect(contract['staff.create'].input.parse({ name: 'Kari', role: 'teacher', positionPercent: 50 })).toEqual({
      name: 'Kari', role: 'teacher', positionPercent: 50, languages: [], email: '', phone: '',
    });
    expect(contract['participants.list'].input.parse({})).toEqual({ sort: 'name' });
  });

  it('makes every input schema strict', () => {
    for (const method of methodNames) {
      expect(contract[method].input.safeParse({ unexpected: 1 }).success, method).toBe(false);
    }
  });
});

describe('result envelope', () => {
  it('builds ok and error envelopes without empty extras', () => {
    expect(ok(1)).toEqual({ ok: true, value: 1 });
    expect(fail('not_found')).toEqual({ ok: false, error: { code: 'not_found' } });
    expect(fail('validation', [{ path: 'a', code: 'required' }])).toEqual({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'a', code: 'required' }] },
    });
    expect(fail('database_newer', undefined, { found: 3, known: 2 })).toEqual({
      ok: false,
      error: { code: 'database_newer', params: { found: 3, known: 2 } },
    });
  });
});
