import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { isBlocked, type Material, type MaterialKind, type MaterialPage } from '../../../shared/domain/materials';
import { participantDisplayName } from '../../../shared/domain/participants';
import { normalizeForSearch } from '../../../shared/domain/search-text';
import { compareText } from '../db/collate';
import { invalidField, notFound } from '../db/errors';
import { newId, now } from '../db/ids';
import { parseStringArray, stripUndefined } from '../db/json';
import { blobExists, type MaterialStore } from '../services/materials/store';
import { checkParticipant } from './participants';

interface MaterialRow {
  id: string;
  sha256: string;
  kind: MaterialKind;
  media_type: string;
  original_name: string;
  size: number;
  width: number | null;
  height: number | null;
  date: string | null;
  date_from_exif: number;
  participant_id: string | null;
  placement_id: string | null;
  site_id: string | null;
  caption: string;
  transcript: string;
  tags: string;
  others_appear: number;
  others_consent: number;
  has_thumbnail: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  given_name: string | null;
  family_name: string | null;
  site_name: string | null;
  goal_ids: string;
}

// The participant's and site's names come along; a deleted site's name is not shown.
const materialSelect = `
  SELECT m.*, p.given_name, p.family_name, s.name AS site_name,
    (SELECT json_group_array(goal_id) FROM (SELECT goal_id FROM material_goal WHERE material_id = m.id ORDER BY position)) AS goal_ids
  FROM material m
  LEFT JOIN participant p ON p.id = m.participant_id
  LEFT JOIN practice_site s ON s.id = m.site_id AND s.deleted_at IS NULL`;

/** The gallery's order; the same expression as the material_by_newest index. */
const newestFirst = 'coalesce(m.date, substr(m.created_at, 1, 10)) DESC, m.created_at DESC, m.id DESC';

/** Material of a deleted participant is out of sight with them, and back with them. */
const participantLive = '(m.participant_id IS NULL OR p.deleted_at IS NULL)';

function toMaterial(row: MaterialRow, store: MaterialStore | undefined): Material {
  const othersAppear = row.others_appear === 1;
  const othersConsent = row.others_consent === 1;
  return {
    id: row.id,
    sha256: row.sha256,
    kind: row.kind,
    mediaType: row.media_type,
    originalName: row.original_name,
    size: row.size,
    width: row.width,
    height: row.height,
    dateFromExif: row.date_from_exif === 1,
    participantId: row.participant_id,
    participantName:
      row.given_name === null ? null : participantDisplayName({ givenName: row.given_name, familyName: row.family_name ?? '' }),
    placementId: row.placement_id,
    siteId: row.site_id,
    siteName: row.site_name,
    date: row.date,
    caption: row.caption,
    transcript: row.transcript,
    tags: parseStringArray(row.tags),
    goalIds: parseStringArray(row.goal_ids),
    othersAppear,
    othersConsent,
    blocked: isBlocked({ othersAppear, othersConsent }),
    hasThumbnail: row.has_thumbnail === 1,
    fileMissing: !blobExists(store, row.sha256),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A live material; not_found when it is missing or in the bin. */
export function getMaterial(db: Database, store: MaterialStore | undefined, id: string): Material {
  const row = db.prepare(`${materialSelect} WHERE m.id = ? AND m.deleted_at IS NULL AND ${participantLive}`).get(id) as
    | MaterialRow
    | undefined;
  if (!row) throw notFound();
  return toMaterial(row, store);
}

/** The row with these bytes, live or in the bin: the store keeps each file once. */
/** The item already holding these bytes, with what a re-import needs to repair its files. */
export interface MaterialBySha {
  id: string;
  deleted: boolean;
  mediaType: string;
  hasThumbnail: boolean;
}

export function findMaterialBySha(db: Database, sha256: string): MaterialBySha | undefined {
  const row = db.prepare('SELECT id, deleted_at, media_type, has_thumbnail FROM material WHERE sha256 = ?').get(sha256) as
    | { id: string; deleted_at: string | null; media_type: string; has_thumbnail: number }
    | undefined;
  return row ? { id: row.id, deleted: row.deleted_at !== null, mediaType: row.media_type, hasThumbnail: row.has_thumbnail === 1 } : undefined;
}

/**
 * The gallery's total without a filter: the live items (read from the gallery's own partial
 * index, without visiting the rows) less those of participants in the bin. The same number
 * as the filtered count below, which visits every row and looks up its participant.
 */
function liveMaterialCount(db: Database): number {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM material m INDEXED BY material_by_newest WHERE m.deleted_at IS NULL)
        - (SELECT count(*) FROM participant p JOIN material m ON m.participant_id = p.id
           WHERE p.deleted_at IS NOT NULL AND m.deleted_at IS NULL)`,
    )
    .pluck()
    .get() as number;
}

export function listMaterials(db: Database, store: MaterialStore | undefined, filter: ParsedInput<'materials.list'>): MaterialPage {
  const where = ['m.deleted_at IS NULL', participantLive];
  const params: (string | number)[] = [];
  if (filter.participantId) {
    where.push('m.participant_id = ?');
    params.push(filter.participantId);
  }
  if (filter.placementId) {
    where.push('m.placement_id = ?');
    params.push(filter.placementId);
  }
  if (filter.siteId) {
    where.push('m.site_id = ?');
    params.push(filter.siteId);
  }
  if (filter.kind) {
    where.push('m.kind = ?');
    params.push(filter.kind);
  }
  if (filter.goalId) {
    where.push('EXISTS (SELECT 1 FROM material_goal mg WHERE mg.material_id = m.id AND mg.goal_id = ?)');
    params.push(filter.goalId);
  }
  if (filter.tag) {
    where.push('EXISTS (SELECT 1 FROM json_each(m.tags) WHERE json_each.value = ?)');
    params.push(filter.tag);
  }
  if (filter.search) {
    const folded = normalizeForSearch(filter.search);
    where.push("(instr(m.search_text, ?) > 0 OR instr(coalesce(p.search_text, ''), ?) > 0)");
    params.push(folded, folded);
  }
  const condition = where.join(' AND ');
  const total = params.length === 0 ? liveMaterialCount(db) : (
    db
      .prepare(`SELECT count(*) AS n FROM material m LEFT JOIN participant p ON p.id = m.participant_id WHERE ${condition}`)
      .get(...params) as { n: number }
  ).n;
  // Newest first: by the capture date, then by when it was imported (material_by_newest
  // gives this order without sorting). The page is chosen first, so names and goals are
  // looked up for its rows only, not for every match.
  const ids = db
    .prepare(
      `SELECT m.id FROM material m LEFT JOIN participant p ON p.id = m.participant_id WHERE ${condition}
       ORDER BY ${newestFirst} LIMIT ? OFFSET ?`,
    )
    .pluck()
    .all(...params, filter.limit, filter.offset) as string[];
  if (ids.length === 0) return { items: [], total };
  const rows = db
    .prepare(`${materialSelect} WHERE m.id IN (SELECT value FROM json_each(?)) ORDER BY ${newestFirst}`)
    .all(JSON.stringify(ids)) as MaterialRow[];
  return { items: rows.map((row) => toMaterial(row, store)), total };
}

/** The fields a teacher sets, at import or later. */
export interface MaterialLinks {
  participantId: string | null;
  placementId: string | null;
  siteId: string | null;
  goalIds: readonly string[];
}

/**
 * A placement says whose and where: choosing one sets its participant and site. Naming
 * another participant than the placement's is a contradiction and is refused; choosing
 * another participant clears a placement that was theirs only.
 */
export function resolveLinks(db: Database, current: MaterialLinks, change: Partial<MaterialLinks>): MaterialLinks {
  const given = stripUndefined({
    participantId: change.participantId,
    placementId: change.placementId,
    siteId: change.siteId,
    goalIds: change.goalIds,
  });
  const next: MaterialLinks = {
    participantId: current.participantId,
    placementId: current.placementId,
    siteId: current.siteId,
    goalIds: current.goalIds,
    ...given,
  };
  if (change.participantId !== undefined && change.placementId === undefined && next.placementId !== null) {
    const owner = db.prepare('SELECT participant_id FROM placement WHERE id = ?').pluck().get(next.placementId);
    if (owner !== next.participantId) next.placementId = null;
  }
  if (next.placementId !== null) {
    const placement = db
      .prepare('SELECT participant_id, site_id FROM placement WHERE id = ? AND deleted_at IS NULL')
      .get(next.placementId) as { participant_id: string; site_id: string } | undefined;
    if (!placement) throw invalidField('placementId', 'invalidValue');
    if (change.participantId != null && change.participantId !== placement.participant_id) {
      throw invalidField('placementId', 'invalidValue');
    }
    next.participantId = placement.participant_id;
    next.siteId = placement.site_id;
  }
  if (next.participantId !== null && change.participantId !== undefined) {
    checkParticipant(db, next.participantId);
  }
  if (next.siteId !== null && change.siteId !== undefined) {
    const found = db.prepare('SELECT 1 FROM practice_site WHERE id = ? AND deleted_at IS NULL').get(next.siteId);
    if (!found) throw invalidField('siteId', 'invalidValue');
  }
  if (change.goalIds) {
    const find = db.prepare('SELECT 1 FROM goal WHERE id = ?');
    for (const [index, id] of change.goalIds.entries()) {
      if (!find.get(id)) throw invalidField(`goalIds.${index}`, 'unknownGoal');
    }
  }
  return next;
}

const searchTextOf = (material: { caption: string; transcript: string; tags: readonly string[]; originalName: string }) =>
  normalizeForSearch([material.caption, material.transcript, ...material.tags, material.originalName].join(' '));

function replaceGoals(db: Database, materialId: string, goalIds: readonly string[], stamp: string): void {
  db.prepare('DELETE FROM material_goal WHERE material_id = ?').run(materialId);
  const insert = db.prepare(
    'INSERT INTO material_goal (material_id, goal_id, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  goalIds.forEach((goalId, position) => insert.run(materialId, goalId, position, stamp, stamp));
}

export interface NewMaterial extends MaterialLinks {
  sha256: string;
  kind: MaterialKind;
  mediaType: string;
  originalName: string;
  size: number;
  width: number | null;
  height: number | null;
  date: string | null;
  dateFromExif: boolean;
  caption: string;
  transcript: string;
  tags: readonly string[];
  othersAppear: boolean;
  othersConsent: boolean;
  hasThumbnail: boolean;
}

/** Stores a checked material row; returns its id. */
export function insertMaterial(db: Database, material: NewMaterial): string {
  const id = newId();
  const stamp = now();
  db.prepare(
    `INSERT INTO material (id, sha256, kind, media_type, original_name, size, width, height, date, date_from_exif,
       participant_id, placement_id, site_id, caption, transcript, tags, others_appear, others_consent, has_thumbnail,
       search_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id, material.sha256, material.kind, material.mediaType, material.originalName, material.size, material.width,
    material.height, material.date, material.dateFromExif ? 1 : 0, material.participantId, material.placementId,
    material.siteId, material.caption, material.transcript, JSON.stringify(material.tags), material.othersAppear ? 1 : 0,
    material.othersConsent ? 1 : 0, material.hasThumbnail ? 1 : 0, searchTextOf(material), stamp, stamp,
  );
  replaceGoals(db, id, material.goalIds, stamp);
  return id;
}

export function updateMaterial(db: Database, store: MaterialStore | undefined, input: ParsedInput<'materials.update'>): Material {
  const current = getMaterial(db, store, input.id);
  const links = resolveLinks(db, current, input);
  const next = { ...current, ...stripUndefined(input), ...links };
  const stamp = now();
  // A date typed by hand is no longer the camera's.
  const dateFromExif = input.date !== undefined && input.date !== current.date ? false : current.dateFromExif;
  db.prepare(
    `UPDATE material SET participant_id = ?, placement_id = ?, site_id = ?, date = ?, date_from_exif = ?, caption = ?,
       transcript = ?, tags = ?, others_appear = ?, others_consent = ?, search_text = ?, updated_at = ? WHERE id = ?`,
  ).run(
    next.participantId, next.placementId, next.siteId, next.date, dateFromExif ? 1 : 0, next.caption, next.transcript,
    JSON.stringify(next.tags), next.othersAppear ? 1 : 0, next.othersConsent ? 1 : 0, searchTextOf(next), stamp, input.id,
  );
  if (input.goalIds) replaceGoals(db, input.id, input.goalIds, stamp);
  return getMaterial(db, store, input.id);
}

/** To the bin or back. The file stays in the store until the bin is emptied, so undo is exact. */
export function setMaterialDeleted(db: Database, id: string, deleted: boolean): void {
  const stamp = now();
  const result = db
    .prepare('UPDATE material SET deleted_at = ?, updated_at = ? WHERE id = ? AND (deleted_at IS NULL) = ?')
    .run(deleted ? stamp : null, stamp, id, deleted ? 1 : 0);
  if (result.changes === 0) throw notFound();
}

/** Every tag in use on live material, once (ignoring case), in Norwegian order. */
export function materialTags(db: Database): string[] {
  const tags = db
    .prepare(
      `SELECT DISTINCT j.value FROM material m, json_each(m.tags) j
       LEFT JOIN participant p ON p.id = m.participant_id
       WHERE m.deleted_at IS NULL AND ${participantLive} AND j.type = 'text'`,
    )
    .pluck()
    .all() as string[];
  const seen = new Map<string, string>();
  for (const tag of tags.sort(compareText)) {
    const key = tag.toLocaleLowerCase('nb');
    if (!seen.has(key)) seen.set(key, tag);
  }
  return [...seen.values()];
}

/** Live material of one participant (optionally one placement), newest first. */
export function materialsOfParticipant(
  db: Database,
  store: MaterialStore | undefined,
  participantId: string,
  placementId: string | undefined,
): Material[] {
  const rows = db
    .prepare(
      `${materialSelect} WHERE m.deleted_at IS NULL AND m.participant_id = ? AND (? IS NULL OR m.placement_id = ?)
       ORDER BY ${newestFirst}`,
    )
    .all(participantId, placementId ?? null, placementId ?? null) as MaterialRow[];
  return rows.map((row) => toMaterial(row, store));
}

/** What the file routes need to know: never more than the store name and the type. */
export function materialFileFacts(db: Database, id: string):
  | { sha256: string; kind: MaterialKind; mediaType: string; originalName: string; hasThumbnail: boolean; blocked: boolean }
  | undefined {
  const row = db
    .prepare(
      `SELECT m.sha256, m.kind, m.media_type, m.original_name, m.has_thumbnail, m.others_appear, m.others_consent
       FROM material m LEFT JOIN participant p ON p.id = m.participant_id
       WHERE m.id = ? AND m.deleted_at IS NULL AND ${participantLive}`,
    )
    .get(id) as
    | Pick<MaterialRow, 'sha256' | 'kind' | 'media_type' | 'original_name' | 'has_thumbnail' | 'others_appear' | 'others_consent'>
    | undefined;
  if (!row) return undefined;
  return {
    sha256: row.sha256,
    kind: row.kind,
    mediaType: row.media_type,
    originalName: row.original_name,
    hasThumbnail: row.has_thumbnail === 1,
    blocked: isBlocked({ othersAppear: row.others_appear === 1, othersConsent: row.others_consent === 1 }),
  };
}
