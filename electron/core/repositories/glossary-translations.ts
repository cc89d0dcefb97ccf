import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import type { GlossaryTranslation, TranslationDirection, TranslationStatus } from '../../../shared/domain/glossary';
import { languages } from '../../../shared/domain/languages';
import { detectDirection } from '../../../shared/domain/text-direction';
import { invalidField, notFound } from '../db/errors';
import { newId, now } from '../db/ids';
import { stripUndefined } from '../db/json';
import { checkUsableLanguage } from './glossary-languages';
import { refreshTermSearchText } from './glossary-search';

interface TranslationRow {
  id: string;
  term_id: string;
  language: string;
  text: string;
  transliteration: string;
  example: string;
  direction: TranslationDirection;
  status: TranslationStatus;
  author_id: string | null;
  author_name: string | null;
  created_at: string;
  updated_at: string;
}

const select = `
  SELECT tr.*, s.name AS author_name FROM glossary_translation tr
  LEFT JOIN staff s ON s.id = tr.author_id AND s.deleted_at IS NULL`;

// Languages in the order of the app's list (Norwegian first, then the languages of the centres).
const languageOrder = new Map(languages.map((language, index) => [language.code, index]));
const byLanguage = (a: GlossaryTranslation, b: GlossaryTranslation) =>
  (languageOrder.get(a.language) ?? 999) - (languageOrder.get(b.language) ?? 999);

function toTranslation(row: TranslationRow): GlossaryTranslation {
  return {
    id: row.id,
    termId: row.term_id,
    language: row.language,
    text: row.text,
    transliteration: row.transliteration,
    example: row.example,
    direction: row.direction,
    dir: row.direction === 'auto' ? detectDirection(row.text) : row.direction,
    status: row.status,
    authorId: row.author_id,
    authorName: row.author_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listTermTranslations(db: Database, termId: string): GlossaryTranslation[] {
  const rows = db.prepare(`${select} WHERE tr.term_id = ? AND tr.deleted_at IS NULL`).all(termId) as TranslationRow[];
  return rows.map(toTranslation).sort(byLanguage);
}

/** The live translations of many terms in one query, for lists and printouts. */
export function translationsByTerm(db: Database, termIds: readonly string[]): Map<string, GlossaryTranslation[]> {
  const rows = db
    .prepare(`${select} WHERE tr.deleted_at IS NULL AND tr.term_id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(termIds)) as TranslationRow[];
  const result = new Map<string, GlossaryTranslation[]>();
  for (const translation of rows.map(toTranslation)) {
    const list = result.get(translation.termId) ?? [];
    list.push(translation);
    result.set(translation.termId, list);
  }
  for (const list of result.values()) list.sort(byLanguage);
  return result;
}

export function getGlossaryTranslation(db: Database, id: string): GlossaryTranslation {
  const row = db
    .prepare(
      `${select} JOIN glossary_term g ON g.id = tr.term_id AND g.deleted_at IS NULL WHERE tr.id = ? AND tr.deleted_at IS NULL`,
    )
    .get(id) as TranslationRow | undefined;
  if (!row) throw notFound();
  return toTranslation(row);
}

function checkAuthor(db: Database, authorId: string | null | undefined): void {
  if (authorId && !db.prepare('SELECT 1 FROM staff WHERE id = ? AND deleted_at IS NULL').pluck().get(authorId)) {
    throw invalidField('authorId', 'unknownStaff');
  }
}

function checkLanguageFree(db: Database, termId: string, language: string, exceptId?: string): void {
  const taken = db
    .prepare(`SELECT id FROM glossary_translation WHERE term_id = ? AND language = ? AND deleted_at IS NULL`)
    .pluck()
    .get(termId, language) as string | undefined;
  if (taken && taken !== exceptId) throw invalidField('language', 'duplicate');
}

export function createGlossaryTranslation(db: Database, input: ParsedInput<'glossary.translations.create'>): GlossaryTranslation {
  if (!db.prepare('SELECT 1 FROM glossary_term WHERE id = ? AND deleted_at IS NULL').pluck().get(input.termId)) {
    throw invalidField('termId', 'invalidValue');
  }
  checkUsableLanguage(db, input.language);
  checkLanguageFree(db, input.termId, input.language);
  checkAuthor(db, input.authorId);
  const id = newId();
  const stamp = now();
  db.prepare(
    `INSERT INTO glossary_translation (id, term_id, language, text, transliteration, example, direction, status, author_id,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id, input.termId, input.language, input.text, input.transliteration, input.example, input.direction, input.status,
    input.authorId, stamp, stamp,
  );
  refreshTermSearchText(db, input.termId);
  return getGlossaryTranslation(db, id);
}

export function updateGlossaryTranslation(db: Database, input: ParsedInput<'glossary.translations.update'>): GlossaryTranslation {
  const current = getGlossaryTranslation(db, input.id);
  checkAuthor(db, input.authorId);
  const next = { ...current, ...stripUndefined(input) };
  db.prepare(
    `UPDATE glossary_translation SET text = ?, transliteration = ?, example = ?, direction = ?, status = ?, author_id = ?,
       updated_at = ? WHERE id = ?`,
  ).run(next.text, next.transliteration, next.example, next.direction, next.status, next.authorId, now(), input.id);
  refreshTermSearchText(db, current.termId);
  return getGlossaryTranslation(db, input.id);
}

/**
 * Bin and back. Restoring is refused while another translation into the same language was
 * written meanwhile: the term keeps one translation per language.
 */
export function setGlossaryTranslationDeleted(db: Database, id: string, deleted: boolean): void {
  const row = db.prepare('SELECT term_id, language FROM glossary_translation WHERE id = ?').get(id) as
    | { term_id: string; language: string }
    | undefined;
  if (!row) throw notFound();
  if (!deleted) checkLanguageFree(db, row.term_id, row.language, id);
  const stamp = now();
  const result = db
    .prepare(`UPDATE glossary_translation SET deleted_at = ?, updated_at = ? WHERE id = ? AND (deleted_at IS NULL) = ?`)
    .run(deleted ? stamp : null, stamp, id, deleted ? 1 : 0);
  if (result.changes === 0) throw notFound();
  refreshTermSearchText(db, row.term_id);
}
