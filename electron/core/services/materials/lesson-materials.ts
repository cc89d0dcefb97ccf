import type { Database } from 'better-sqlite3';
import { parseMaterialFileUrl } from '../../../../shared/domain/materials';
import { now } from '../../db/ids';

/** Attribute values in sanitised lesson HTML (always double-quoted, see sanitise-html.ts). */
const fileAttribute = /\s(?:src|href)="(\/media\/materials\/[^"]+)"/g;

/** The material ids a (sanitised) lesson text shows or links to, once each, in order. */
export function materialIdsInHtml(html: string): string[] {
  const ids = new Set<string>();
  for (const match of html.matchAll(fileAttribute)) {
    const parsed = parseMaterialFileUrl(match[1] ?? '');
    if (parsed) ids.add(parsed.id);
  }
  return [...ids];
}

/**
 * Keeps lesson_material in step with a lesson's text: called wherever the text is saved,
 * so "which lessons use this photo" is always true. Ids that name no material (typed by
 * hand, or purged) are left out; a material in the bin keeps its link, so an undo restores
 * both.
 */
export function syncLessonMaterials(db: Database, lessonId: string, html: string): void {
  const wanted = materialIdsInHtml(html);
  const known = db.prepare('SELECT 1 FROM material WHERE id = ?');
  const ids = wanted.filter((id) => known.get(id) !== undefined);
  const current = db.prepare('SELECT material_id FROM lesson_material WHERE lesson_id = ?').pluck().all(lessonId) as string[];
  const remove = db.prepare('DELETE FROM lesson_material WHERE lesson_id = ? AND material_id = ?');
  for (const id of current) if (!ids.includes(id)) remove.run(lessonId, id);
  const insert = db.prepare('INSERT OR IGNORE INTO lesson_material (lesson_id, material_id, created_at) VALUES (?, ?, ?)');
  const stamp = now();
  for (const id of ids) insert.run(lessonId, id, stamp);
}
