import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import {
  contactRoles,
  placementsOverlap,
  practiceWeekdays,
  type Placement,
  type PracticeSite,
  type PracticeTrade,
  type PracticeWeekday,
  type SiteContact,
} from '../../../shared/domain/practice';
import { participantDisplayName } from '../../../shared/domain/participants';
import { normalizeForSearch } from '../../../shared/domain/search-text';
import { compareText } from '../db/collate';
import { invalidField, notFound } from '../db/errors';
import { newId, now } from '../db/ids';
import { parseStringArray, stripUndefined } from '../db/json';
import { setDeleted } from '../db/tombstone';
import { checkParticipant } from './participants';

interface SiteRow {
  id: string;
  name: string;
  org_number: string | null;
  address: string;
  trade: PracticeTrade | null;
  contacts: string;
  note: string;
  created_at: string;
  updated_at: string;
  placement_count: number;
}

const siteSelect = `
  SELECT s.*, (
    SELECT count(*) FROM placement pl
    JOIN participant p ON p.id = pl.participant_id AND p.deleted_at IS NULL
    WHERE pl.site_id = s.id AND pl.deleted_at IS NULL
  ) AS placement_count
  FROM practice_site s`;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Reads the stored contacts; anything malformed is left out rather than breaking the site. */
function parseContacts(json: string): SiteContact[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((item) => ({
    name: text(item.name),
    role: contactRoles.find((role) => role === item.role) ?? 'contact',
    phone: text(item.phone),
    email: text(item.email),
  }));
}

function toSite(row: SiteRow): PracticeSite {
  return {
    id: row.id,
    name: row.name,
    orgNumber: row.org_number,
    address: row.address,
    trade: row.trade,
    contacts: parseContacts(row.contacts),
    note: row.note,
    placementCount: row.placement_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** What the site list search finds: name, org number, address and the contact people. */
const siteSearchText = (site: { name: string; orgNumber: string | null; address: string; contacts: readonly SiteContact[] }) =>
  normalizeForSearch([site.name, site.orgNumber ?? '', site.address, ...site.contacts.map((c) => c.name)].join(' '));

export function listPracticeSites(db: Database, filter: ParsedInput<'practiceSites.list'>): PracticeSite[] {
  const where = ['s.deleted_at IS NULL'];
  const params: string[] = [];
  if (filter.search) {
    where.push('instr(s.search_text, ?) > 0');
    // Org numbers are stored without spaces; "912 345 678" finds them as well.
    const folded = normalizeForSearch(filter.search);
    params.push(/^[\d\s]+$/u.test(folded) ? folded.replace(/\s+/gu, '') : folded);
  }
  if (filter.trade) {
    where.push('s.trade = ?');
    params.push(filter.trade);
  }
  const rows = db.prepare(`${siteSelect} WHERE ${where.join(' AND ')}`).all(...params) as SiteRow[];
  return rows.map(toSite).sort((a, b) => compareText(a.name, b.name) || (a.id < b.id ? -1 : 1));
}

export function getPracticeSite(db: Database, id: string): PracticeSite {
  const row = db.prepare(`${siteSelect} WHERE s.id = ? AND s.deleted_at IS NULL`).get(id) as SiteRow | undefined;
  if (!row) throw notFound();
  return toSite(row);
}

export function createPracticeSite(db: Database, input: ParsedInput<'practiceSites.create'>): PracticeSite {
  const id = newId();
  const stamp = now();
  db.prepare(
    `INSERT INTO practice_site (id, name, org_number, address, trade, contacts, note, search_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id, input.name, input.orgNumber, input.address, input.trade, JSON.stringify(input.contacts), input.note,
    siteSearchText(input), stamp, stamp,
  );
  return getPracticeSite(db, id);
}

export function updatePracticeSite(db: Database, input: ParsedInput<'practiceSites.update'>): PracticeSite {
  const current = getPracticeSite(db, input.id);
  const next = { ...current, ...stripUndefined(input) };
  db.prepare(
    `UPDATE practice_site SET name = ?, org_number = ?, address = ?, trade = ?, contacts = ?, note = ?, search_text = ?,
       updated_at = ? WHERE id = ?`,
  ).run(
    next.name, next.orgNumber, next.address, next.trade, JSON.stringify(next.contacts), next.note, siteSearchText(next),
    now(), input.id,
  );
  return getPracticeSite(db, input.id);
}

interface PlacementRow {
  id: string;
  participant_id: string;
  site_id: string;
  start_date: string;
  end_date: string;
  weekdays: string;
  hours_per_day: number;
  note: string;
  created_at: string;
  updated_at: string;
  given_name: string;
  family_name: string;
  site_name: string;
}

// Placements of a deleted participant or site are out of sight with them, and back with them.
const placementSelect = `
  SELECT pl.*, p.given_name, p.family_name, s.name AS site_name
  FROM placement pl
  JOIN participant p ON p.id = pl.participant_id AND p.deleted_at IS NULL
  JOIN practice_site s ON s.id = pl.site_id AND s.deleted_at IS NULL`;

const weekdaysOf = (json: string): PracticeWeekday[] => {
  const stored = parseStringArray(json);
  return practiceWeekdays.filter((day) => stored.includes(day));
};

function toPlacement(row: PlacementRow): Placement {
  return {
    id: row.id,
    participantId: row.participant_id,
    participantName: participantDisplayName({ givenName: row.given_name, familyName: row.family_name }),
    siteId: row.site_id,
    siteName: row.site_name,
    startDate: row.start_date,
    endDate: row.end_date,
    weekdays: weekdaysOf(row.weekdays),
    hoursPerDay: row.hours_per_day,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listPlacements(db: Database, filter: ParsedInput<'placements.list'>): Placement[] {
  const [column, id] = filter.participantId
    ? ['pl.participant_id', filter.participantId]
    : ['pl.site_id', filter.siteId ?? ''];
  const rows = db
    .prepare(`${placementSelect} WHERE ${column} = ? AND pl.deleted_at IS NULL ORDER BY pl.start_date, pl.id`)
    .all(id) as PlacementRow[];
  return rows.map(toPlacement);
}

export function getPlacement(db: Database, id: string): Placement {
  const row = db.prepare(`${placementSelect} WHERE pl.id = ? AND pl.deleted_at IS NULL`).get(id) as PlacementRow | undefined;
  if (!row) throw notFound();
  return toPlacement(row);
}

function checkSite(db: Database, id: string): void {
  const found = db.prepare('SELECT 1 FROM practice_site WHERE id = ? AND deleted_at IS NULL').get(id);
  if (!found) throw invalidField('siteId', 'invalidValue');
}

/** A participant is at one site at a time: no two live placements share a weekday in overlapping periods. */
function checkNoOverlap(
  db: Database,
  placement: { id: string; participantId: string; startDate: string; endDate: string; weekdays: readonly string[] },
): void {
  const others = listPlacements(db, { participantId: placement.participantId }).filter((other) => other.id !== placement.id);
  if (others.some((other) => placementsOverlap(placement, other))) throw invalidField('weekdays', 'overlapsPlacement');
}

export function createPlacement(db: Database, input: ParsedInput<'placements.create'>): Placement {
  checkParticipant(db, input.participantId);
  checkSite(db, input.siteId);
  const id = newId();
  checkNoOverlap(db, { id, ...input });
  const stamp = now();
  db.prepare(
    `INSERT INTO placement (id, participant_id, site_id, start_date, end_date, weekdays, hours_per_day, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id, input.participantId, input.siteId, input.startDate, input.endDate, JSON.stringify(input.weekdays), input.hoursPerDay,
    input.note, stamp, stamp,
  );
  return getPlacement(db, id);
}

export function updatePlacement(db: Database, input: ParsedInput<'placements.update'>): Placement {
  const current = getPlacement(db, input.id);
  const next = { ...current, ...stripUndefined(input) };
  if (next.endDate < next.startDate) throw invalidField('endDate', 'endBeforeStart');
  if (input.siteId) checkSite(db, input.siteId);
  checkNoOverlap(db, next);
  db.prepare(
    `UPDATE placement SET site_id = ?, start_date = ?, end_date = ?, weekdays = ?, hours_per_day = ?, note = ?, updated_at = ?
     WHERE id = ?`,
  ).run(next.siteId, next.startDate, next.endDate, JSON.stringify(next.weekdays), next.hoursPerDay, next.note, now(), input.id);
  return getPlacement(db, input.id);
}

/** Undoing a removal puts the placement back, unless another placement has taken its days meanwhile. */
export function restorePlacement(db: Database, id: string): Placement {
  setDeleted(db, 'placement', id, false);
  const placement = getPlacement(db, id);
  checkNoOverlap(db, placement);
  return placement;
}
