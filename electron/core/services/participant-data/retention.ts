import type { Database } from 'better-sqlite3';
import { defaultRetentionYears, retentionYearsSchema, type RetentionList } from '../../../../shared/domain/participant-data';
import { now } from '../../db/ids';

/** The setting's key; kept apart from the general settings, which only this page reads. */
const retentionKey = 'privacy.retentionYears';

export function retentionYears(db: Database): number {
  const stored = db.prepare('SELECT value FROM setting WHERE key = ?').pluck().get(retentionKey) as string | undefined;
  if (stored === undefined) return defaultRetentionYears;
  try {
    const parsed = retentionYearsSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : defaultRetentionYears;
  } catch {
    return defaultRetentionYears;
  }
}

export function setRetentionYears(db: Database, years: number): void {
  const stamp = now();
  db.prepare(
    `INSERT INTO setting (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(retentionKey, JSON.stringify(years), stamp, stamp);
}

/** The same day `years` years before `today` (29 February falls back to 28 February). */
export function yearsBefore(today: string, years: number): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year - years, month - 1, day));
  if (date.getUTCMonth() !== month - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

/**
 * Participants whose last course (or their own period, when it ends later) ended before the
 * cutoff. Participants in the bin are listed too: the bin is not deletion. Participants with
 * no end date at all are never listed: nothing says they are done.
 */
export function retentionList(db: Database, today = now().slice(0, 10)): RetentionList {
  const years = retentionYears(db);
  const cutoff = yearsBefore(today, years);
  const rows = db
    .prepare(
      `WITH ends AS (
         SELECT p.id, p.given_name, p.family_name, p.deleted_at,
                max(coalesce(p.end_date, ''), coalesce((SELECT max(c.end_date) FROM enrolment e JOIN course c ON c.id = e.course_id
                                                       WHERE e.participant_id = p.id), '')) AS last_end
         FROM participant p)
       SELECT ends.*, (SELECT max(at) FROM privacy_log l WHERE l.participant_id = ends.id AND l.action <> 'delete') AS exported_at
       FROM ends WHERE last_end <> '' AND last_end < ? ORDER BY last_end, family_name, given_name`,
    )
    .all(cutoff) as { id: string; given_name: string; family_name: string; deleted_at: string | null; last_end: string; exported_at: string | null }[];
  return {
    years,
    cutoff,
    rows: rows.map((row) => ({
      participantId: row.id,
      givenName: row.given_name,
      familyName: row.family_name,
      lastEnd: row.last_end,
      inBin: row.deleted_at !== null,
      exportedAt: row.exported_at,
    })),
  };
}
