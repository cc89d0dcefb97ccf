import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import type { Participant, Programme } from '../../../shared/domain/participants';
import { normalizeForSearch } from '../../../shared/domain/search-text';
import { compareText } from '../db/collate';
import { invalidField, notFound } from '../db/errors';
import { newId, now } from '../db/ids';
import { parseStringArray, stripUndefined } from '../db/json';

interface ParticipantRow {
  id: string;
  given_name: string;
  family_name: string;
  mother_tongues: string;
  programme: Programme;
  start_date: string | null;
  end_date: string | null;
  consent_photo: number;
  consent_share_with_site: number;
  note: string;
  created_at: string;
  updated_at: string;
  course_ids: string;
}

const select = `
  SELECT p.*, (
    SELECT json_group_array(e.course_id) FROM enrolment e
    JOIN course c ON c.id = e.course_id AND c.deleted_at IS NULL
    WHERE e.participant_id = p.id AND e.deleted_at IS NULL
  ) AS course_ids
  FROM participant p`;

function toParticipant(row: ParticipantRow): Participant {
  return {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    motherTongues: parseStringArray(row.mother_tongues),
    programme: row.programme,
    startDate: row.start_date,
    endDate: row.end_date,
    consentPhoto: row.consent_photo === 1,
    consentShareWithSite: row.consent_share_with_site === 1,
    note: row.note,
    courseIds: parseStringArray(row.course_ids),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const byName = (a: Participant, b: Participant): number =>
  compareText(a.givenName, b.givenName) || compareText(a.familyName, b.familyName);

/** Sorting happens here, not in SQL, so names follow Norwegian order (see compareText). */
const orderBy: Record<ParsedInput<'participants.list'>['sort'], (a: Participant, b: Participant) => number> = {
  name: byName,
  startDate: (a, b) =>
    Number(a.startDate === null) - Number(b.startDate === null) ||
    ((b.startDate ?? '') < (a.startDate ?? '') ? -1 : (b.startDate ?? '') > (a.startDate ?? '') ? 1 : 0) ||
    byName(a, b),
  programme: (a, b) => (a.programme < b.programme ? -1 : a.programme > b.programme ? 1 : 0) || byName(a, b),
};

export function listParticipants(db: Database, filter: ParsedInput<'participants.list'>): Participant[] {
  const where = ['p.deleted_at IS NULL'];
  const params: string[] = [];
  if (filter.search) {
    where.push('instr(p.search_text, ?) > 0');
    params.push(normalizeForSearch(filter.search));
  }
  if (filter.programme) {
    where.push('p.programme = ?');
    params.push(filter.programme);
  }
  if (filter.motherTongue) {
    where.push('EXISTS (SELECT 1 FROM json_each(p.mother_tongues) WHERE value = ?)');
    params.push(filter.motherTongue);
  }
  if (filter.courseId) {
    // IN lets SQLite start from the class's enrolments instead of testing every participant.
    where.push('p.id IN (SELECT e.participant_id FROM enrolment e WHERE e.course_id = ? AND e.deleted_at IS NULL)');
    params.push(filter.courseId);
  }
  // Without a class, +p.id scans the table and sorts the matches, rather than visiting all
  // 10,000 rows in id order through the primary key index (1.4× faster for a search at decade
  // size; the same order). A class's few ids come in key order anyway.
  const order = filter.courseId ? 'p.id' : '+p.id';
  const rows = db.prepare(`${select} WHERE ${where.join(' AND ')} ORDER BY ${order}`).all(...params) as ParticipantRow[];
  return rows.map(toParticipant).sort(orderBy[filter.sort]);
}

/** True when a participant with this id exists and is not in the bin. */
export function participantIsLive(db: Database, id: string): boolean {
  return db.prepare('SELECT 1 FROM participant WHERE id = ? AND deleted_at IS NULL').get(id) !== undefined;
}

/** For a write that names a participant: a field error unless that participant is live. */
export function checkParticipant(db: Database, id: string): void {
  if (!participantIsLive(db, id)) throw invalidField('participantId', 'unknownParticipant');
}

export function getParticipant(db: Database, id: string): Participant {
  const row = db.prepare(`${select} WHERE p.id = ? AND p.deleted_at IS NULL`).get(id) as ParticipantRow | undefined;
  if (!row) throw notFound();
  return toParticipant(row);
}

const searchTextOf = (p: { givenName: string; familyName: string }) =>
  normalizeForSearch(`${p.givenName} ${p.familyName}`);

export function createParticipant(db: Database, input: ParsedInput<'participants.create'>): Participant {
  const id = newId();
  const stamp = now();
  db.prepare(
    `INSERT INTO participant (id, given_name, family_name, mother_tongues, programme, start_date, end_date,
       consent_photo, consent_share_with_site, note, search_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id, input.givenName, input.familyName, JSON.stringify(input.motherTongues), input.programme,
    input.startDate, input.endDate, input.consentPhoto ? 1 : 0, input.consentShareWithSite ? 1 : 0,
    input.note, searchTextOf(input), stamp, stamp,
  );
  return getParticipant(db, id);
}

export function updateParticipant(db: Database, input: ParsedInput<'participants.update'>): Participant {
  const current = getParticipant(db, input.id);
  const next = { ...current, ...stripUndefined(input) };
  if (next.startDate && next.endDate && next.endDate < next.startDate) {
    throw invalidField('endDate', 'endBeforeStart');
  }
  db.prepare(
    `UPDATE participant SET given_name = ?, family_name = ?, mother_tongues = ?, programme = ?, start_date = ?,
       end_date = ?, consent_photo = ?, consent_share_with_site = ?, note = ?, search_text = ?, updated_at = ?
     WHERE id = ?`,
  ).run(
    next.givenName, next.familyName, JSON.stringify(next.motherTongues), next.programme, next.startDate,
    next.endDate, next.consentPhoto ? 1 : 0, next.consentShareWithSite ? 1 : 0, next.note, searchTextOf(next),
    now(), input.id,
  );
  return getParticipant(db, input.id);
}
