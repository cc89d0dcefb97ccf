import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import type { UserLanguage } from '../../../shared/domain/glossary-exchange';
import { isKnownLanguage, languageName, type UiLanguage } from '../../../shared/domain/languages';
import { compareText } from '../db/collate';
import { ApiFailure, invalidField, notFound } from '../db/errors';
import { newId, now } from '../db/ids';

interface LanguageRow {
  id: string;
  code: string;
  name: string;
  direction: 'ltr' | 'rtl';
  created_at: string;
  updated_at: string;
}

const toLanguage = (row: LanguageRow): UserLanguage => ({
  id: row.id,
  code: row.code,
  name: row.name,
  direction: row.direction,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The languages users have added, by name. */
export function listUserLanguages(db: Database): UserLanguage[] {
  const rows = db.prepare('SELECT * FROM user_language WHERE deleted_at IS NULL').all() as LanguageRow[];
  return rows.map(toLanguage).sort((a, b) => compareText(a.name, b.name));
}

export function getUserLanguage(db: Database, id: string): UserLanguage {
  const row = db.prepare('SELECT * FROM user_language WHERE id = ? AND deleted_at IS NULL').get(id) as LanguageRow | undefined;
  if (!row) throw notFound();
  return toLanguage(row);
}

/** True for a built-in code or one a user has added (and not deleted). */
export function isUsableLanguage(db: Database, code: string): boolean {
  return isKnownLanguage(code) || db.prepare('SELECT 1 FROM user_language WHERE code = ? AND deleted_at IS NULL').pluck().get(code) !== undefined;
}

/** Refuses a language that is neither built in nor added, as the given input field. */
export function checkUsableLanguage(db: Database, code: string, path = 'language'): void {
  if (!isUsableLanguage(db, code)) throw invalidField(path, 'unknownLanguage');
}

function checkCodeFree(db: Database, code: string, exceptId?: string): void {
  if (isKnownLanguage(code)) throw invalidField('code', 'duplicate');
  const taken = db.prepare('SELECT id FROM user_language WHERE code = ? AND deleted_at IS NULL').pluck().get(code) as string | undefined;
  if (taken && taken !== exceptId) throw invalidField('code', 'duplicate');
}

export function createUserLanguage(db: Database, input: ParsedInput<'glossary.languages.create'>): UserLanguage {
  checkCodeFree(db, input.code);
  const id = newId();
  const stamp = now();
  db.prepare('INSERT INTO user_language (id, code, name, direction, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    id, input.code, input.name, input.direction, stamp, stamp,
  );
  return getUserLanguage(db, id);
}

export function updateUserLanguage(db: Database, input: ParsedInput<'glossary.languages.update'>): UserLanguage {
  const current = getUserLanguage(db, input.id);
  db.prepare('UPDATE user_language SET name = ?, direction = ?, updated_at = ? WHERE id = ?').run(
    input.name ?? current.name, input.direction ?? current.direction, now(), input.id,
  );
  return getUserLanguage(db, input.id);
}

/**
 * Bin and back. A language that live translations use stays (they would lose their name
 * and direction); restoring is refused when the code has been added again meanwhile.
 */
export function setUserLanguageDeleted(db: Database, id: string, deleted: boolean): void {
  const row = db.prepare('SELECT code FROM user_language WHERE id = ?').get(id) as { code: string } | undefined;
  if (!row) throw notFound();
  if (deleted) {
    const used = db
      .prepare(
        `SELECT 1 FROM glossary_translation tr JOIN glossary_term g ON g.id = tr.term_id AND g.deleted_at IS NULL
         WHERE tr.language = ? AND tr.deleted_at IS NULL LIMIT 1`,
      )
      .pluck()
      .get(row.code);
    if (used) throw new ApiFailure('conflict', [{ path: 'code', code: 'invalidValue' }], { reason: 'languageInUse' });
  } else {
    checkCodeFree(db, row.code, id);
  }
  const stamp = now();
  const result = db
    .prepare('UPDATE user_language SET deleted_at = ?, updated_at = ? WHERE id = ? AND (deleted_at IS NULL) = ?')
    .run(deleted ? stamp : null, stamp, id, deleted ? 1 : 0);
  if (result.changes === 0) throw notFound();
}

/** Name and direction of any language a translation may have: built-in first, then added. */
export function userLanguageMap(db: Database): Map<string, UserLanguage> {
  return new Map(listUserLanguages(db).map((language) => [language.code, language]));
}

/** A language's name in the UI language: the built-in name, the name a user gave it, or the code. */
export function displayLanguageName(db: Database, code: string, ui: UiLanguage): string {
  if (isKnownLanguage(code)) return languageName(code, ui);
  const name = db.prepare('SELECT name FROM user_language WHERE code = ? AND deleted_at IS NULL').pluck().get(code) as string | undefined;
  return name ?? code;
}
