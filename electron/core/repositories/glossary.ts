import { isBlocked } from '../../../shared/domain/materials';
import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import type { GlossaryLessonOption, GlossaryOverview, GlossaryTerm, WordClass } from '../../../shared/domain/glossary';
import { normalizeForSearch } from '../../../shared/domain/search-text';
import { compareText } from '../db/collate';
import { ApiFailure, invalidField, notFound } from '../db/errors';
import { newId, now } from '../db/ids';
import { parseStringArray, stripUndefined } from '../db/json';
import { refreshTermSearchText } from './glossary-search';
import { termsContaining } from './glossary-search-index';
import { listTermTranslations, translationsByTerm } from './glossary-translations';

interface TermRow {
  id: string;
  term: string;
  word_class: WordClass | null;
  example: string;
  material_id: string | null;
  created_at: string;
  updated_at: string;
  themes_json: string;
  lesson_ids_json: string;
  image_id: string | null;
  image_caption: string | null;
  others_appear: number | null;
  others_consent: number | null;
  audio_material_id: string | null;
  audio_id: string | null;
  audio_caption: string | null;
  audio_others_appear: number | null;
  audio_others_consent: number | null;
}

// One query per list, whatever its length: links come as JSON arrays, the picture by a join.
// Links to a deleted theme or lesson are kept (an undo brings them back) but not shown.
const termSelect = `
  SELECT g.id, g.term, g.word_class, g.example, g.material_id, g.created_at, g.updated_at,
    (SELECT json_group_array(json_object('id', x.id, 'name', x.name)) FROM (
       SELECT t.id, t.name FROM glossary_term_theme gt JOIN theme t ON t.id = gt.theme_id AND t.deleted_at IS NULL
       WHERE gt.term_id = g.id ORDER BY t.start_date, t.name) x) AS themes_json,
    (SELECT json_group_array(x.id) FROM (
       SELECT l.id FROM glossary_term_lesson gl JOIN lesson l ON l.id = gl.lesson_id AND l.deleted_at IS NULL
       WHERE gl.term_id = g.id ORDER BY l.date, l.start_time) x) AS lesson_ids_json,
    m.id AS image_id, m.caption AS image_caption, m.others_appear, m.others_consent,
    g.audio_material_id, a.id AS audio_id, a.caption AS audio_caption,
    a.others_appear AS audio_others_appear, a.others_consent AS audio_others_consent
  FROM glossary_term g
  LEFT JOIN material m ON m.id = g.material_id AND m.deleted_at IS NULL
  LEFT JOIN material a ON a.id = g.audio_material_id AND a.deleted_at IS NULL`;

const isThemeLink = (value: unknown): value is { id: string; name: string } =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' &&
  typeof (value as { name?: unknown }).name === 'string';

function toTerm(row: TermRow, translations: GlossaryTerm['translations']): GlossaryTerm {
  const parsed: unknown = JSON.parse(row.themes_json);
  const themes = Array.isArray(parsed) ? parsed.filter(isThemeLink) : [];
  return {
    id: row.id,
    term: row.term,
    wordClass: row.word_class,
    example: row.example,
    materialId: row.material_id,
    image: row.image_id
      ? { materialId: row.image_id, caption: row.image_caption ?? '', blocked: isBlocked({ othersAppear: row.others_appear === 1, othersConsent: row.others_consent === 1 }) }
      : null,
    audioMaterialId: row.audio_material_id,
    audio: row.audio_id
      ? {
          materialId: row.audio_id,
          caption: row.audio_caption ?? '',
          blocked: isBlocked({ othersAppear: row.audio_others_appear === 1, othersConsent: row.audio_others_consent === 1 }),
        }
      : null,
    themeIds: themes.map((theme) => theme.id),
    themes,
    lessonIds: parseStringArray(row.lesson_ids_json),
    translations,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A theme has a few hundred terms at most; a one-letter search stops here instead of sending the whole glossary. */
const maxListed = 500;

/**
 * Terms by filter, in Norwegian order. A screen gets at most `maxListed` (the first ones in
 * order, so the cut is at the end of the alphabet, not at random); printing passes no limit.
 */
export function listGlossaryTerms(db: Database, filter: ParsedInput<'glossary.list'>, limit: number | null = maxListed): GlossaryTerm[] {
  const where = ['g.deleted_at IS NULL'];
  const params: string[] = [];
  if (filter.search) {
    const folded = normalizeForSearch(filter.search);
    // The in-memory index names the candidates; SQL then reads only those (glossary-search-index.ts).
    const candidates = termsContaining(db, folded);
    if (candidates !== null) {
      where.push('g.id IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(candidates));
    }
    where.push('instr(g.search_text, ?) > 0');
    params.push(folded);
  }
  if (filter.themeId) {
    where.push('EXISTS (SELECT 1 FROM glossary_term_theme gt WHERE gt.term_id = g.id AND gt.theme_id = ?)');
    params.push(filter.themeId);
  }
  if (filter.withoutTheme) {
    where.push(`NOT EXISTS (SELECT 1 FROM glossary_term_theme gt JOIN theme t ON t.id = gt.theme_id AND t.deleted_at IS NULL
      WHERE gt.term_id = g.id)`);
  }
  // Ordered before the limit (NOCASE is close to Norwegian order; the exact order is the collator's below).
  const limited = limit === null ? '' : ` LIMIT ${Math.max(0, Math.floor(limit))}`;
  const rows = db
    .prepare(`${termSelect} WHERE ${where.join(' AND ')} ORDER BY g.term COLLATE NOCASE, g.id${limited}`)
    .all(...params) as TermRow[];
  const translations = translationsByTerm(db, rows.map((row) => row.id));
  return rows
    .map((row) => toTerm(row, translations.get(row.id) ?? []))
    .sort((a, b) => compareText(a.term, b.term) || (a.id < b.id ? -1 : 1));
}

export function getGlossaryTerm(db: Database, id: string): GlossaryTerm {
  const row = db.prepare(`${termSelect} WHERE g.id = ? AND g.deleted_at IS NULL`).get(id) as TermRow | undefined;
  if (!row) throw notFound();
  return toTerm(row, listTermTranslations(db, id));
}

/** Themes, lessons, picture and recording must exist (an image, an audio file) before anything is stored. */
function checkLinks(
  db: Database,
  input: { themeIds?: string[]; lessonIds?: string[]; materialId?: string | null; audioMaterialId?: string | null },
): void {
  const theme = db.prepare('SELECT 1 FROM theme WHERE id = ? AND deleted_at IS NULL').pluck();
  input.themeIds?.forEach((id, index) => {
    if (!theme.get(id)) throw invalidField(`themeIds.${index}`, 'unknownTheme');
  });
  const lesson = db.prepare('SELECT 1 FROM lesson WHERE id = ? AND deleted_at IS NULL').pluck();
  input.lessonIds?.forEach((id, index) => {
    if (!lesson.get(id)) throw invalidField(`lessonIds.${index}`, 'invalidValue');
  });
  if (input.materialId) {
    const kind = db.prepare(`SELECT kind FROM material WHERE id = ? AND deleted_at IS NULL`).pluck().get(input.materialId);
    if (kind !== 'image') throw invalidField('materialId', 'invalidValue');
  }
  if (input.audioMaterialId) {
    const kind = db.prepare(`SELECT kind FROM material WHERE id = ? AND deleted_at IS NULL`).pluck().get(input.audioMaterialId);
    if (kind !== 'audio') throw invalidField('audioMaterialId', 'invalidValue');
  }
}

function writeLinks(db: Database, termId: string, input: { themeIds?: string[]; lessonIds?: string[] }): void {
  if (input.themeIds) {
    db.prepare('DELETE FROM glossary_term_theme WHERE term_id = ?').run(termId);
    const insert = db.prepare('INSERT INTO glossary_term_theme (term_id, theme_id) VALUES (?, ?)');
    for (const themeId of input.themeIds) insert.run(termId, themeId);
  }
  if (input.lessonIds) {
    db.prepare('DELETE FROM glossary_term_lesson WHERE term_id = ?').run(termId);
    const insert = db.prepare('INSERT INTO glossary_term_lesson (term_id, lesson_id) VALUES (?, ?)');
    for (const lessonId of input.lessonIds) insert.run(termId, lessonId);
  }
}

export function createGlossaryTerm(db: Database, input: ParsedInput<'glossary.create'>): GlossaryTerm {
  checkLinks(db, input);
  const id = newId();
  const stamp = now();
  db.prepare(
    `INSERT INTO glossary_term (id, term, word_class, example, material_id, audio_material_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, input.term, input.wordClass, input.example, input.materialId, input.audioMaterialId, stamp, stamp);
  writeLinks(db, id, input);
  refreshTermSearchText(db, id);
  return getGlossaryTerm(db, id);
}

export function updateGlossaryTerm(db: Database, input: ParsedInput<'glossary.update'>): GlossaryTerm {
  const current = getGlossaryTerm(db, input.id);
  checkLinks(db, input);
  const next = { ...current, ...stripUndefined(input) };
  db.prepare(
    `UPDATE glossary_term SET term = ?, word_class = ?, example = ?, material_id = ?, audio_material_id = ?, updated_at = ? WHERE id = ?`,
  ).run(next.term, next.wordClass, next.example, next.materialId, next.audioMaterialId, now(), input.id);
  writeLinks(db, input.id, input);
  refreshTermSearchText(db, input.id);
  return getGlossaryTerm(db, input.id);
}

/** Bin and back: the translations and links stay with the term, so an undo is exact. */
export function setGlossaryTermDeleted(db: Database, id: string, deleted: boolean): void {
  const stamp = now();
  const result = db
    .prepare(`UPDATE glossary_term SET deleted_at = ?, updated_at = ? WHERE id = ? AND (deleted_at IS NULL) = ?`)
    .run(deleted ? stamp : null, stamp, id, deleted ? 1 : 0);
  if (result.changes === 0) throw notFound();
}

export function glossaryOverview(db: Database): GlossaryOverview {
  const themes = db
    .prepare(
      `SELECT t.id, t.name, t.course_id AS courseId, c.name AS courseName, t.start_date AS startDate, t.end_date AS endDate,
         (SELECT count(*) FROM glossary_term_theme gt JOIN glossary_term g ON g.id = gt.term_id AND g.deleted_at IS NULL
          WHERE gt.theme_id = t.id) AS termCount
       FROM theme t JOIN course c ON c.id = t.course_id AND c.deleted_at IS NULL
       WHERE t.deleted_at IS NULL
       ORDER BY t.start_date DESC, t.name`,
    )
    .all() as GlossaryOverview['themes'];
  const withoutThemeCount = db
    .prepare(
      `SELECT count(*) FROM glossary_term g WHERE g.deleted_at IS NULL AND NOT EXISTS (
         SELECT 1 FROM glossary_term_theme gt JOIN theme t ON t.id = gt.theme_id AND t.deleted_at IS NULL WHERE gt.term_id = g.id)`,
    )
    .pluck()
    .get() as number;
  return { themes, withoutThemeCount };
}

export function glossaryLessonOptions(db: Database, termId: string): GlossaryLessonOption[] {
  const term = getGlossaryTerm(db, termId);
  if (term.themeIds.length + term.lessonIds.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT l.id, l.date, l.title, c.name AS courseName FROM lesson l JOIN course c ON c.id = l.course_id
       WHERE l.deleted_at IS NULL AND (
         l.theme_id IN (SELECT value FROM json_each(?)) OR l.id IN (SELECT value FROM json_each(?)))
       ORDER BY l.date, l.start_time LIMIT 500`,
    )
    .all(JSON.stringify(term.themeIds), JSON.stringify(term.lessonIds)) as GlossaryLessonOption[];
  return rows;
}

/** The theme a printout is for, with its class name; not found when it is gone. */
export function themeForPrint(db: Database, themeId: string): { name: string; courseName: string } {
  const row = db
    .prepare(
      `SELECT t.name, c.name AS courseName FROM theme t JOIN course c ON c.id = t.course_id
       WHERE t.id = ? AND t.deleted_at IS NULL AND c.deleted_at IS NULL`,
    )
    .get(themeId) as { name: string; courseName: string } | undefined;
  if (!row) throw new ApiFailure('not_found');
  return row;
}
