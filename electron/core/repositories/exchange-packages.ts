import type { Database } from 'better-sqlite3';
import type { PackedPlans, PackedTranslation, ReceivedPackage, ReceivedPackageSummary, SentPackage } from '../../../shared/domain/exchange';
import { packedPlansSchema } from '../../../shared/domain/exchange';
import type { TranslationDirection, TranslationStatus } from '../../../shared/domain/glossary';
import { notFound } from '../db/errors';
import { newId, now } from '../db/ids';
import { parseStringArray } from '../db/json';

/** This installation's id, made the first time a package is sent; every outgoing package names it. */
export function installId(db: Database): string {
  const found = db.prepare('SELECT install_id FROM exchange_identity WHERE singleton = 1').pluck().get() as string | undefined;
  if (found) return found;
  const id = newId();
  db.prepare('INSERT INTO exchange_identity (singleton, install_id, created_at) VALUES (1, ?, ?)').run(id, now());
  return id;
}

/** The install id if one was ever made (a centre that never sent a package has none). */
export const knownInstallId = (db: Database): string | undefined =>
  db.prepare('SELECT install_id FROM exchange_identity WHERE singleton = 1').pluck().get() as string | undefined;

export interface SentContents {
  lessonIds: string[];
  themeIds: string[];
  termIds: string[];
}

export interface SentRow {
  id: string;
  course_id: string;
  assistant_id: string | null;
  assistant_name: string;
  secret: string;
  from_date: string;
  to_date: string;
  contents: string;
  merged_at: string | null;
  created_at: string;
}

export function insertSentPackage(
  db: Database,
  row: { id: string; courseId: string; assistantId: string; assistantName: string; secret: string; from: string; to: string; contents: SentContents; createdAt: string },
  base: readonly (PackedTranslation & { termId: string })[],
): void {
  db.prepare(
    `INSERT INTO exchange_package_sent (id, course_id, assistant_id, assistant_name, secret, from_date, to_date, contents, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.courseId, row.assistantId, row.assistantName, row.secret, row.from, row.to, JSON.stringify(row.contents), row.createdAt, row.createdAt);
  const insertBase = db.prepare(
    `INSERT INTO exchange_base_translation (package_id, term_id, language, text, transliteration, example, direction, status)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const t of base) insertBase.run(row.id, t.termId, t.language, t.text, t.transliteration, t.example, t.direction, t.status);
}

export const findSentPackage = (db: Database, id: string): SentRow | undefined =>
  db.prepare('SELECT * FROM exchange_package_sent WHERE id = ? AND deleted_at IS NULL').get(id) as SentRow | undefined;

function contentsOf(row: SentRow): SentContents {
  const value = JSON.parse(row.contents) as Partial<Record<keyof SentContents, unknown>>;
  const list = (key: keyof SentContents) => parseStringArray(JSON.stringify(value[key] ?? []));
  return { lessonIds: list('lessonIds'), themeIds: list('themeIds'), termIds: list('termIds') };
}

export function listSentPackages(db: Database, courseId?: string): SentPackage[] {
  const rows = db
    .prepare(
      `SELECT * FROM exchange_package_sent WHERE deleted_at IS NULL AND (? IS NULL OR course_id = ?) ORDER BY created_at DESC, id DESC LIMIT 200`,
    )
    .all(courseId ?? null, courseId ?? null) as SentRow[];
  return rows.map((row) => {
    const contents = contentsOf(row);
    return {
      id: row.id,
      courseId: row.course_id,
      assistantId: row.assistant_id,
      assistantName: row.assistant_name,
      from: row.from_date,
      to: row.to_date,
      termCount: contents.termIds.length,
      lessonCount: contents.lessonIds.length,
      createdAt: row.created_at,
      mergedAt: row.merged_at,
    };
  });
}

export const sentTermIds = (row: SentRow): string[] => contentsOf(row).termIds;

export interface BaseTranslation {
  text: string;
  transliteration: string;
  example: string;
  direction: TranslationDirection;
  status: TranslationStatus;
}

/** The translations as they were when the package was made, by "termId language". */
export function baseTranslations(db: Database, packageId: string): Map<string, BaseTranslation> {
  const rows = db
    .prepare('SELECT term_id, language, text, transliteration, example, direction, status FROM exchange_base_translation WHERE package_id = ?')
    .all(packageId) as (BaseTranslation & { term_id: string; language: string })[];
  return new Map(rows.map(({ term_id, language, ...value }) => [`${term_id} ${language}`, value]));
}

export const setPackageMerged = (db: Database, id: string, mergedAt: string | null): void => {
  db.prepare('UPDATE exchange_package_sent SET merged_at = ?, updated_at = ? WHERE id = ?').run(mergedAt, now(), id);
};

// ---- Merges ----

export interface MergeChange {
  translationId: string;
  /** updated_at the merge wrote: an undo is refused once the row has changed since. */
  stamp: string;
  /** The row before the merge; null when the merge made it. */
  before: BaseTranslation | null;
}

export function insertMerge(db: Database, packageId: string, changes: readonly MergeChange[], stamp: string): string {
  const id = newId();
  db.prepare('INSERT INTO exchange_merge (id, package_id, changes, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
    id, packageId, JSON.stringify(changes), stamp, stamp,
  );
  return id;
}

export function findMerge(db: Database, id: string): { packageId: string; changes: MergeChange[] } {
  const row = db.prepare('SELECT package_id, changes FROM exchange_merge WHERE id = ? AND undone_at IS NULL').get(id) as
    | { package_id: string; changes: string }
    | undefined;
  if (!row) throw notFound();
  return { packageId: row.package_id, changes: JSON.parse(row.changes) as MergeChange[] };
}

export const markMergeUndone = (db: Database, id: string): void => {
  const stamp = now();
  db.prepare('UPDATE exchange_merge SET undone_at = ?, updated_at = ? WHERE id = ?').run(stamp, stamp, id);
};

// ---- Received (the assistant's laptop) ----

interface ReceivedRow {
  id: string;
  centre_id: string;
  secret: string;
  course_name: string;
  assistant_name: string;
  from_date: string;
  to_date: string;
  plans: string;
  term_ids: string;
  received_at: string;
}

export function upsertReceivedPackage(
  db: Database,
  row: { id: string; centreId: string; secret: string; plans: PackedPlans; termIds: string[] },
): void {
  const stamp = now();
  db.prepare(
    `INSERT INTO exchange_package_received (id, centre_id, secret, course_name, assistant_name, from_date, to_date, plans, term_ids, received_at, created_at, updated_at)
     VALUES (@id, @centreId, @secret, @courseName, @assistantName, @from, @to, @plans, @termIds, @stamp, @stamp, @stamp)
     ON CONFLICT (id) DO UPDATE SET plans = excluded.plans, term_ids = excluded.term_ids, received_at = excluded.received_at,
       updated_at = excluded.updated_at, deleted_at = NULL`,
  ).run({
    id: row.id,
    centreId: row.centreId,
    secret: row.secret,
    courseName: row.plans.course.name,
    assistantName: row.plans.assistant.name,
    from: row.plans.from,
    to: row.plans.to,
    plans: JSON.stringify(row.plans),
    termIds: JSON.stringify(row.termIds),
    stamp,
  });
}

export const isReceived = (db: Database, id: string): boolean =>
  db.prepare('SELECT 1 FROM exchange_package_received WHERE id = ? AND deleted_at IS NULL').pluck().get(id) !== undefined;

function toReceived(row: ReceivedRow): ReceivedPackage {
  return {
    id: row.id,
    courseName: row.course_name,
    assistantName: row.assistant_name,
    from: row.from_date,
    to: row.to_date,
    receivedAt: row.received_at,
    termIds: parseStringArray(row.term_ids),
    // Checked when it came in; read again through the schema so a damaged row cannot break the view.
    plans: packedPlansSchema.parse(JSON.parse(row.plans)),
  };
}

export function getReceivedPackage(db: Database, id: string): ReceivedPackage & { centreId: string; secret: string } {
  const row = db.prepare('SELECT * FROM exchange_package_received WHERE id = ? AND deleted_at IS NULL').get(id) as ReceivedRow | undefined;
  if (!row) throw notFound();
  return { ...toReceived(row), centreId: row.centre_id, secret: row.secret };
}

export function listReceivedPackages(db: Database): ReceivedPackageSummary[] {
  const rows = db
    .prepare('SELECT * FROM exchange_package_received WHERE deleted_at IS NULL ORDER BY received_at DESC, id DESC LIMIT 200')
    .all() as ReceivedRow[];
  return rows.map((row) => ({
    id: row.id,
    courseName: row.course_name,
    assistantName: row.assistant_name,
    from: row.from_date,
    to: row.to_date,
    receivedAt: row.received_at,
    termCount: parseStringArray(row.term_ids).length,
  }));
}
