import type { Database } from 'better-sqlite3';
import type { GlossaryTerm } from '../../../../../shared/domain/glossary';
import type { GlossaryImportPreview, GlossaryImportRow } from '../../../../../shared/domain/glossary-exchange';
import { normalizeForSearch } from '../../../../../shared/domain/search-text';
import { translationsByTerm } from '../../../repositories/glossary-translations';
import type { ImportEntry, ImportedTranslation, ParsedGlossaryFile } from './entries';

/** The stored side of a comparison: only what a file can carry. */
interface StoredTerm {
  id: string;
  term: string;
  wordClass: GlossaryTerm['wordClass'];
  example: string;
  themeIds: string[];
  translations: GlossaryTerm['translations'];
}

/**
 * The stored terms a file's entries may match, by key. Only ids and words of the whole
 * glossary are read; the full terms only for the words the file has, so a 5,000-line file
 * against a 30,000-term glossary reads 5,000 terms, not 30,000.
 */
function storedTermsFor(db: Database, keys: ReadonlySet<string>): Map<string, StoredTerm[]> {
  const all = db.prepare('SELECT id, term FROM glossary_term WHERE deleted_at IS NULL ORDER BY id').all() as { id: string; term: string }[];
  const wanted = all.filter((row) => keys.has(key(row.term))).map((row) => row.id);
  const rows = db
    .prepare(
      `SELECT g.id, g.term, g.word_class, g.example,
         (SELECT json_group_array(gt.theme_id) FROM glossary_term_theme gt JOIN theme t ON t.id = gt.theme_id AND t.deleted_at IS NULL
          WHERE gt.term_id = g.id) AS theme_ids
       FROM glossary_term g WHERE g.id IN (SELECT value FROM json_each(?)) ORDER BY g.id`,
    )
    .all(JSON.stringify(wanted)) as { id: string; term: string; word_class: GlossaryTerm['wordClass']; example: string; theme_ids: string }[];
  const translations = translationsByTerm(db, wanted);
  const result = new Map<string, StoredTerm[]>();
  for (const row of rows) {
    const parsed: unknown = JSON.parse(row.theme_ids);
    const stored: StoredTerm = {
      id: row.id,
      term: row.term,
      wordClass: row.word_class,
      example: row.example,
      themeIds: Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [],
      translations: translations.get(row.id) ?? [],
    };
    result.set(key(row.term), [...(result.get(key(row.term)) ?? []), stored]);
  }
  return result;
}

/** What one entry of a file would do to the glossary. */
export interface PlannedEntry {
  entry: ImportEntry;
  /** The stored term it updates; undefined for a new term. */
  existing?: StoredTerm;
  themeIds: string[];
  row: GlossaryImportRow;
  newTranslations: ImportedTranslation[];
  changedTranslations: { id: string; next: ImportedTranslation }[];
  termChanges: { wordClass?: GlossaryTerm['wordClass']; example?: string };
  addThemeIds: string[];
}

const key = (term: string) => normalizeForSearch(term);

/** Live themes by name (case aside); a name two classes share is only usable when it is the chosen theme. */
function themeResolver(db: Database, chosenThemeId: string | undefined) {
  const rows = db.prepare('SELECT id, name FROM theme WHERE deleted_at IS NULL').all() as { id: string; name: string }[];
  const byName = new Map<string, string[]>();
  for (const row of rows) byName.set(key(row.name), [...(byName.get(key(row.name)) ?? []), row.id]);
  return (name: string): string | 'unknown' | 'ambiguous' => {
    const ids = byName.get(key(name)) ?? [];
    if (chosenThemeId && ids.includes(chosenThemeId)) return chosenThemeId;
    if (ids.length === 0) return 'unknown';
    return ids.length === 1 && ids[0] ? ids[0] : 'ambiguous';
  };
}

/**
 * Compares every entry with the glossary. A term is the same term when its Norwegian text is
 * the same (case, spacing and Arabic-script variants aside), preferring one in the chosen
 * theme. Empty cells never clear anything; a translation whose text changes goes back to draft.
 */
export function planImport(db: Database, parsed: ParsedGlossaryFile, chosenThemeId: string | undefined): PlannedEntry[] {
  const stored = storedTermsFor(db, new Set(parsed.entries.map((entry) => key(entry.term))));
  const resolveTheme = themeResolver(db, chosenThemeId);
  const seen = new Set<string>();

  return parsed.entries.map((entry): PlannedEntry => {
    const { line } = entry;
    const themeIds = new Set<string>(chosenThemeId ? [chosenThemeId] : []);
    for (const name of entry.themes) {
      const found = resolveTheme(name);
      if (found === 'unknown') entry.errors.push({ line, field: 'theme', code: 'unknownTheme' });
      else if (found === 'ambiguous') entry.errors.push({ line, field: 'theme', code: 'ambiguousTheme' });
      else themeIds.add(found);
    }
    if (entry.term !== '') {
      if (seen.has(key(entry.term))) entry.errors.push({ line, field: 'norwegian', code: 'duplicateInFile' });
      seen.add(key(entry.term));
    }
    const candidates = stored.get(key(entry.term)) ?? [];
    const existing = candidates.find((term) => chosenThemeId !== undefined && term.themeIds.includes(chosenThemeId)) ?? candidates[0];
    const planned: PlannedEntry = {
      entry,
      existing,
      themeIds: [...themeIds],
      row: { line, term: entry.term, kind: 'error', changes: [], errors: entry.errors },
      newTranslations: [],
      changedTranslations: [],
      termChanges: {},
      addThemeIds: [],
    };
    if (entry.errors.length > 0) return planned;
    const changes = planned.row.changes;

    // Text, transliteration and example as separate changes, so each shows in its own script and direction.
    const describe = (language: string, from: { text: string; transliteration: string; example?: string } | undefined, to: ImportedTranslation) => {
      if (to.text !== (from?.text ?? '')) changes.push({ field: language, from: from?.text ?? '', to: to.text });
      if (to.transliteration !== (from?.transliteration ?? '')) changes.push({ field: `${language}_translit`, from: from?.transliteration ?? '', to: to.transliteration });
      if ((to.example ?? '') !== (from?.example ?? '')) changes.push({ field: `${language}_example`, from: from?.example ?? '', to: to.example ?? '' });
    };
    if (!existing) {
      planned.newTranslations = entry.translations;
      for (const translation of entry.translations) describe(translation.language, undefined, translation);
      planned.row.kind = 'newTerm';
      return planned;
    }
    if (entry.wordClass !== null && entry.wordClass !== existing.wordClass) {
      planned.termChanges.wordClass = entry.wordClass;
      changes.push({ field: 'wordClass', from: existing.wordClass ?? '', to: entry.wordClass });
    }
    if (entry.example !== '' && entry.example !== existing.example) {
      planned.termChanges.example = entry.example;
      changes.push({ field: 'example', from: existing.example, to: entry.example });
    }
    planned.addThemeIds = planned.themeIds.filter((id) => !existing.themeIds.includes(id));
    if (planned.addThemeIds.length > 0) changes.push({ field: 'theme', from: '', to: String(planned.addThemeIds.length) });
    let changedSomething = changes.length > 0;
    for (const translation of entry.translations) {
      const current = existing.translations.find((item) => item.language === translation.language);
      if (!current) {
        planned.newTranslations.push(translation);
        describe(translation.language, undefined, translation);
        continue;
      }
      const next = {
        ...translation,
        transliteration: translation.transliteration || current.transliteration,
        example: translation.example || current.example,
      };
      if (next.text !== current.text || next.transliteration !== current.transliteration || next.example !== current.example) {
        planned.changedTranslations.push({ id: current.id, next });
        describe(translation.language, current, next);
        changedSomething = true;
      }
    }
    planned.row.kind = changedSomething ? 'changed' : planned.newTranslations.length > 0 ? 'newTranslation' : 'unchanged';
    return planned;
  });
}

export function summarise(parsed: ParsedGlossaryFile, plan: PlannedEntry[]): GlossaryImportPreview {
  const count = (kind: GlossaryImportRow['kind']) => plan.filter((item) => item.row.kind === kind).length;
  return {
    format: parsed.format,
    encoding: parsed.encoding,
    delimiter: parsed.delimiter,
    languages: parsed.languages,
    fileErrors: parsed.fileErrors,
    rows: plan.map((item) => item.row),
    counts: {
      newTerms: count('newTerm'),
      newTranslations: plan.filter((item) => item.existing).reduce((sum, item) => sum + item.newTranslations.length, 0),
      changed: count('changed'),
      unchanged: count('unchanged'),
      errors: count('error') + parsed.fileErrors.length,
    },
  };
}
