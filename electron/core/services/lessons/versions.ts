import type { Database } from 'better-sqlite3';
import type { Lesson, LessonVersion } from '../../../../shared/domain/lessons';
import { invalidField } from '../../db/errors';
import { newId, now } from '../../db/ids';
import { syncLessonMaterials } from '../materials/lesson-materials';

/**
 * Version history of a lesson's text. Autosave sends the text every few seconds while a
 * teacher types; one version per keystroke burst is what a person wants to go back to, so
 * a save within `burstMs` of the newest version replaces that version instead of adding one.
 * Only the newest `keep` versions are kept.
 */
export const burstMs = 2 * 60 * 1000;
export const keep = 50;

interface VersionRow {
  id: string;
  lesson_id: string;
  body_html: string;
  created_at: string;
}

const toVersion = (row: VersionRow): LessonVersion => ({
  id: row.id,
  lessonId: row.lesson_id,
  bodyHtml: row.body_html,
  createdAt: row.created_at,
});

/** Records the lesson's new text; `force` starts a new version even inside a burst (a restore). */
export function recordVersion(db: Database, lessonId: string, bodyHtml: string, options: { force?: boolean; at?: string } = {}): void {
  const stamp = options.at ?? now();
  const newest = db
    .prepare('SELECT id, created_at FROM lesson_version WHERE lesson_id = ? ORDER BY created_at DESC, id DESC LIMIT 1')
    .get(lessonId) as { id: string; created_at: string } | undefined;
  const inBurst = newest && Date.parse(stamp) - Date.parse(newest.created_at) < burstMs;
  if (newest && inBurst && !options.force) {
    db.prepare('UPDATE lesson_version SET body_html = ? WHERE id = ?').run(bodyHtml, newest.id);
    return;
  }
  db.prepare('INSERT INTO lesson_version (id, lesson_id, body_html, created_at) VALUES (?, ?, ?, ?)').run(
    newId(), lessonId, bodyHtml, stamp,
  );
  db.prepare(
    `DELETE FROM lesson_version WHERE lesson_id = ? AND id NOT IN (
       SELECT id FROM lesson_version WHERE lesson_id = ? ORDER BY created_at DESC, id DESC LIMIT ?)`,
  ).run(lessonId, lessonId, keep);
}

/** Newest first. */
export function listVersions(db: Database, lessonId: string): LessonVersion[] {
  const rows = db
    .prepare('SELECT * FROM lesson_version WHERE lesson_id = ? ORDER BY created_at DESC, id DESC')
    .all(lessonId) as VersionRow[];
  return rows.map(toVersion);
}

/**
 * Puts an old text back as the lesson's text. The restored text becomes a new version of
 * its own, so the text it replaced stays in the history and the restore can be undone.
 */
export function restoreVersion(db: Database, lesson: Lesson, versionId: string): void {
  const row = db
    .prepare('SELECT * FROM lesson_version WHERE id = ? AND lesson_id = ?')
    .get(versionId, lesson.id) as VersionRow | undefined;
  if (!row) throw invalidField('versionId', 'invalidValue');
  const stamp = now();
  db.prepare('UPDATE lesson SET body_html = ?, updated_at = ? WHERE id = ?').run(row.body_html, stamp, lesson.id);
  recordVersion(db, lesson.id, row.body_html, { force: true, at: stamp });
  syncLessonMaterials(db, lesson.id, row.body_html);
}
