import type { z } from 'zod';
import { fieldIssueCodes, type FieldIssue, type FieldIssueCode } from './result';

const knownCodes = new Set<string>(fieldIssueCodes);
const noInput = Symbol('no input given');

/** The value at `path` inside `input`, or undefined when any step is missing. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Turns zod's issues into our stable field issue codes. Refinements put one of our codes
 * in `message`; zod's own checks are mapped by kind so the renderer never shows zod text.
 * The same code at the same path is reported once.
 *
 * Pass the parsed `input` so a missing value ('required') is told apart from a wrong one
 * ('invalidType', 'invalidValue'): zod 4 leaves the offending value out of its issues
 * unless parsing was asked to report it. Without either, every wrong type reads as 'required'.
 */
export function toFieldIssues(error: z.ZodError, input: unknown = noInput): FieldIssue[] {
  const issues = error.issues.flatMap((issue): FieldIssue[] => {
    const path = issue.path.map(String).join('.');
    if (knownCodes.has(issue.message)) {
      return [{ path, code: issue.message as FieldIssueCode }];
    }
    const known = 'input' in issue || input !== noInput;
    const missing = known && ('input' in issue ? issue.input : valueAt(input, issue.path)) === undefined;
    switch (issue.code) {
      case 'too_small':
        if (issue.origin === 'string' && Number(issue.minimum) <= 1) return [{ path, code: 'required' }];
        if (issue.origin === 'string') return [{ path, code: 'tooShort', params: { min: Number(issue.minimum) } }];
        return [{ path, code: 'tooSmall', params: { min: Number(issue.minimum) } }];
      case 'too_big':
        if (issue.origin === 'string') return [{ path, code: 'tooLong', params: { max: Number(issue.maximum) } }];
        return [{ path, code: 'tooBig', params: { max: Number(issue.maximum) } }];
      case 'invalid_type':
        return [{ path, code: missing || !known ? 'required' : 'invalidType' }];
      case 'unrecognized_keys':
        // One issue per unexpected key, at that key, so a form can point at it.
        return issue.keys.map((key) => ({ path: [...issue.path, key].map(String).join('.'), code: 'unexpectedField' }));
      default:
        // An enum or a union of literals reports a missing value as an invalid one.
        return [{ path, code: missing ? 'required' : 'invalidValue' }];
    }
  });
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.code}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
