import type { Database } from 'better-sqlite3';
import type { CatalogueGoal } from '../../../../shared/domain/goals';
import { now } from '../../db/ids';
import { CatalogueError, type LoadedCatalogue } from './catalogue';

export interface SyncReport {
  applied: boolean;
  added: number;
  updated: number;
  retired: number;
}

interface StoredCatalogueGoal {
  id: string;
  source: string;
  level: string;
  skill: string;
  domain: string;
  trade: string | null;
  text_nb: string;
  text_en: string;
  status: string;
  catalogue_version: string | null;
}

/** "2026.1" → [2026, 1], so 2026.10 sorts after 2026.9. */
const versionParts = (version: string): number[] => version.split('.').map(Number);
export function compareCatalogueVersions(a: string, b: string): number {
  const [ay = 0, ar = 0] = versionParts(a);
  const [by = 0, br = 0] = versionParts(b);
  return ay - by || ar - br;
}

/** What a goal means: a catalogue release may fix wording, never move a goal to another level, skill, domain or trade. */
const meaningOf = (goal: { level: string; skill: string; domain: string; trade: string | null }) =>
  `${goal.level}/${goal.skill}/${goal.domain}/${goal.trade ?? ''}`;

/**
 * Brings the goal table in line with the shipped catalogue. Cheap when nothing changed
 * (one row read). New goals are added, changed wording is updated, and a goal that left
 * the catalogue is retired, never deleted, so lessons that link to it still read it. An
 * older app opening a database that a newer catalogue already updated changes nothing.
 */
export function syncCatalogue(db: Database, { catalogue, fingerprint }: LoadedCatalogue): SyncReport {
  const unchanged: SyncReport = { applied: false, added: 0, updated: 0, retired: 0 };
  const state = db.prepare('SELECT catalogue_version, fingerprint FROM goal_catalogue_state WHERE id = 1').get() as
    | { catalogue_version: string; fingerprint: string }
    | undefined;
  if (state && state.fingerprint === fingerprint) return unchanged;
  if (state && compareCatalogueVersions(state.catalogue_version, catalogue.catalogueVersion) > 0) return unchanged;

  return db.transaction((): SyncReport => {
    const stamp = now();
    const stored = new Map(
      (db.prepare("SELECT * FROM goal WHERE source = 'catalogue'").all() as StoredCatalogueGoal[]).map((row) => [row.id, row]),
    );
    const taken = db.prepare("SELECT source FROM goal WHERE id = ?").pluck();
    const insert = db.prepare(
      `INSERT INTO goal (id, source, catalogue_version, level, skill, domain, trade, text_nb, text_en, status, created_at, updated_at)
       VALUES (?, 'catalogue', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const update = db.prepare(
      'UPDATE goal SET catalogue_version = ?, text_nb = ?, text_en = ?, status = ?, updated_at = ? WHERE id = ?',
    );
    const report: SyncReport = { applied: true, added: 0, updated: 0, retired: 0 };
    const seen = new Set<string>();
    for (const goal of catalogue.goals) {
      seen.add(goal.id);
      const current = stored.get(goal.id);
      const trade = goal.trade ?? null;
      if (!current) {
        if (taken.get(goal.id) !== undefined) throw new CatalogueError(`Catalogue goal ${goal.id} clashes with a goal that is not from the catalogue`);
        insert.run(goal.id, catalogue.catalogueVersion, goal.level, goal.skill, goal.domain, trade, goal.nb, goal.en, goal.status, stamp, stamp);
        report.added += 1;
        continue;
      }
      if (meaningOf(current) !== meaningOf({ ...goal, trade })) {
        throw new CatalogueError(
          `Catalogue goal ${goal.id} changed its meaning (${meaningOf(current)} → ${meaningOf({ ...goal, trade })}); give it a new id instead`,
        );
      }
      if (differs(current, goal)) {
        update.run(catalogue.catalogueVersion, goal.nb, goal.en, goal.status, stamp, goal.id);
        report.updated += 1;
      }
    }
    const retire = db.prepare("UPDATE goal SET status = 'retired', updated_at = ? WHERE id = ?");
    for (const [id, current] of stored) {
      if (seen.has(id) || current.status === 'retired') continue;
      retire.run(stamp, id);
      report.retired += 1;
    }
    db.prepare(
      `INSERT INTO goal_catalogue_state (id, catalogue_version, fingerprint, applied_at) VALUES (1, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET catalogue_version = excluded.catalogue_version,
         fingerprint = excluded.fingerprint, applied_at = excluded.applied_at`,
    ).run(catalogue.catalogueVersion, fingerprint, stamp);
    return report;
  })();
}

const differs = (current: StoredCatalogueGoal, goal: CatalogueGoal): boolean =>
  current.text_nb !== goal.nb || current.text_en !== goal.en || current.status !== goal.status;
