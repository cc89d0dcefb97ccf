import {
  goalDomains,
  goalSkills,
  goalTextMax,
  goalTrades,
  type GoalDomain,
  type GoalDraft,
  type GoalImportIssue,
  type GoalLevel,
  type GoalSkill,
  type GoalTrade,
} from '../../../../shared/domain/goals';
import { cefrLevels } from '../../../../shared/domain/courses';

/** One line of an import before duplicates are checked: what it became, and what is wrong with it. */
export interface ParsedLine {
  line: number;
  /** The Norwegian text as read (shortened), shown beside the line's errors. */
  text?: string;
  draft?: GoalDraft;
  errors: GoalImportIssue[];
}

/**
 * "Muntlig samhandling", "muntlig-samhandling" and "Restaurant og kjøkken" all name the
 * same value: teachers type what they see in the app, not our slugs.
 */
export function slug(value: string): string {
  return value
    .normalize('NFC')
    .trim()
    .toLocaleLowerCase('nb')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[\s_]+/g, '-');
}

const pick = <T extends string>(values: readonly T[], raw: string): T | undefined =>
  values.find((value) => value === slug(raw));

export const parseLevel = (raw: string): GoalLevel | undefined =>
  cefrLevels.find((level) => level === raw.trim().toUpperCase());
export const parseSkill = (raw: string): GoalSkill | undefined => pick(goalSkills, raw);
export const parseDomain = (raw: string): GoalDomain | undefined => pick(goalDomains, raw);
export const parseTrade = (raw: string): GoalTrade | undefined => pick(goalTrades, raw);

/**
 * Text that was read with the wrong encoding: U+FFFD where Latin-1 or Windows-1252 bytes
 * were decoded as UTF-8, or "Ã¸"-style pairs where UTF-8 was decoded as Latin-1.
 */
export function looksMisencoded(text: string): boolean {
  // NUL and other control characters (tab and line break aside) mean a binary or UTF-16 file.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.includes('\uFFFD') || /Ã[\u0080-\u00BF]|Ã[¦¸¥†˜…]/u.test(text) || /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/u.test(text);
}

/** Checks a goal text; pushes its problems onto `errors` and returns the trimmed text. */
export function checkText(line: number, field: string, raw: string, required: boolean, errors: GoalImportIssue[]): string {
  const text = raw.normalize('NFC').trim();
  if (required && text === '') errors.push({ line, field, code: 'required' });
  if (text.length > goalTextMax) errors.push({ line, field, code: 'tooLong' });
  return text;
}
