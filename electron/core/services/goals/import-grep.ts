import type { ParsedInput } from '../../../../shared/api/contract';
import { goalImportMaxRows, type GoalImportIssue } from '../../../../shared/domain/goals';
import { checkText, looksMisencoded, type ParsedLine } from './import-fields';

type Defaults = NonNullable<ParsedInput<'goals.importPreview'>['defaults']>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The list of kompetansemål in a Grep (KL06 v201906) export: the array itself, an object
 * with a `kompetansemaal` list, or an object with exactly one list of objects (the shape of
 * a kompetansemaalsett answer varies between endpoints).
 */
function findGoalList(root: unknown): unknown[] | undefined {
  if (Array.isArray(root)) return root;
  if (!isObject(root)) return undefined;
  for (const key of ['kompetansemaal', 'kompetanse-maal', 'kompetansemaal-lk20']) {
    if (Array.isArray(root[key])) return root[key] as unknown[];
  }
  const lists = Object.values(root).filter((value) => Array.isArray(value) && value.some(isObject));
  return lists.length === 1 ? (lists[0] as unknown[]) : undefined;
}

/** "http://psi.oasis-open.org/iso/639/#nob" and "nob" both name Bokmål. */
const languageOf = (key: string): string => key.trim().toLowerCase().split(/[#/]/).pop() ?? '';

/** Grep titles come as a list of {spraak, verdi} (or the older {noekkel, verdi}), a map, or one string. */
function titles(tittel: unknown): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof tittel === 'string') found.set('default', tittel);
  else if (Array.isArray(tittel)) {
    for (const entry of tittel) {
      if (!isObject(entry) || typeof entry.verdi !== 'string') continue;
      const key = typeof entry.spraak === 'string' ? entry.spraak : typeof entry.noekkel === 'string' ? entry.noekkel : 'default';
      found.set(languageOf(key), entry.verdi);
    }
  } else if (isObject(tittel)) {
    for (const [key, value] of Object.entries(tittel)) if (typeof value === 'string') found.set(languageOf(key), value);
  }
  return found;
}

/** Grep's status is a URI or a word; "utgått"/"utgaatt" and "historisk" mean the goal is no longer in force. */
const isExpired = (status: unknown): boolean =>
  typeof status === 'string' && /utg(aa|å)tt|historisk|expired/i.test(status);

const stripUuidPrefix = (id: string) => id.trim().replace(/^uuid:/i, '');

/**
 * Parses a Grep JSON export. Grep has no CEFR level, skill or domain: those come from the
 * defaults the user chose in the import dialog. Line numbers are positions in the list.
 */
export function parseGrep(content: string, defaults: Defaults | undefined): ParsedLine[] {
  let root: unknown;
  try {
    root = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    return [{ line: 0, errors: [{ line: 0, field: 'content', code: looksMisencoded(content) ? 'badEncoding' : 'notJson' }] }];
  }
  const list = findGoalList(root);
  if (!list) return [{ line: 0, errors: [{ line: 0, field: 'content', code: 'notGrep' }] }];
  if (list.length === 0) return [{ line: 0, errors: [{ line: 0, field: 'content', code: 'noRows' }] }];
  if (list.length > goalImportMaxRows) return [{ line: 0, errors: [{ line: 0, field: 'content', code: 'tooManyRows' }] }];
  const fileErrors: ParsedLine[] = defaults
    ? []
    : [{ line: 0, errors: [{ line: 0, field: 'defaults', code: 'missingDefaults' }] }];

  const lines = list.map((item, index): ParsedLine => {
    const line = index + 1;
    const errors: GoalImportIssue[] = [];
    if (!isObject(item)) return { line, errors: [{ line, field: 'row', code: 'notGrep' }] };
    const byLanguage = titles(item.tittel);
    const nbRaw = byLanguage.get('nob') ?? byLanguage.get('default') ?? byLanguage.get('nno') ?? '';
    const enRaw = byLanguage.get('eng') ?? '';
    if ([nbRaw, enRaw].some(looksMisencoded)) errors.push({ line, field: 'row', code: 'badEncoding' });
    const textNb = checkText(line, 'nb', nbRaw, true, errors);
    const textEn = checkText(line, 'en', enRaw, false, errors);
    const grepId = typeof item.id === 'string' && item.id.trim() ? stripUuidPrefix(item.id).slice(0, 100) : null;
    const grepCode = typeof item.kode === 'string' && item.kode.trim() ? item.kode.trim().slice(0, 50) : null;
    if (!grepId) errors.push({ line, field: 'id', code: 'required' });
    const text = textNb.slice(0, 200);
    if (!defaults || textNb === '') return { line, text, errors };
    return {
      line,
      text,
      errors,
      draft: {
        level: defaults.level,
        skill: defaults.skill,
        domain: defaults.domain,
        trade: defaults.trade ?? null,
        textNb,
        textEn,
        grepCode,
        grepId,
        status: isExpired(item.status) ? 'retired' : 'active',
      },
    };
  });
  return [...fileErrors, ...lines];
}
