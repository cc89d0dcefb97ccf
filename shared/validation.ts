import type { z } from 'zod';
import { fieldIssueCodes, type FieldIssue, type FieldIssueCode } from './result';

const knownCodes = new Set<string>(fieldIssueCodes);

/**
 * Turns zod's issues into our stable field issue codes. Refinements put one of our codes
 * in `message`; zod's own checks are mapped by kind so the renderer never shows zod text.
 */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue): FieldIssue => {
    const path = issue.path.map(String).join('.');
    if (knownCodes.has(issue.message)) {
      return { path, code: issue.message as FieldIssueCode };
    }
    switch (issue.code) {
      case 'too_small':
        if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { path, code: 'required' };
        if (issue.origin === 'string') return { path, code: 'tooShort', params: { min: Number(issue.minimum) } };
        return { path, code: 'tooSmall', params: { min: Number(issue.minimum) } };
      case 'too_big':
        if (issue.origin === 'string') return { path, code: 'tooLong', params: { max: Number(issue.maximum) } };
        return { path, code: 'tooBig', params: { max: Number(issue.maximum) } };
      case 'invalid_type':
        return { path, code: issue.input === undefined ? 'required' : 'invalidType' };
      case 'unrecognized_keys':
        return { path, code: 'unexpectedField' };
      default:
        return { path, code: 'invalidValue' };
    }
  });
}
