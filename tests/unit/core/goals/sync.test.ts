import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../../../electron/core/db/connection';
import { loadShippedCatalogue, parseCatalogue, type LoadedCatalogue } from '../../../../electron/core/services/goals/catalogue';
import { compareCatalogueVersions, syncCatalogue } from '../../../../electron/core/services/goals/sync';
import type { CatalogueGoal } from '../../../../shared/domain/goals';
import { createTestApi } from '../../helpers/test-api';

const goal = (id: string, nb: string, overrides: Partial<CatalogueGoal> = {}): CatalogueGoal => ({
  id, level: 'A1', skill: 'lese', domain: 'bolig', nb, en: `I can ${id}.`, status: 'active', ...overrides,
});
const release = (version: string, goals: CatalogueGoal[]): LoadedCatalogue =>
  parseCatalogue({ catalogueVersion: version, goals }, `release-${version}.json`);

let db: Database;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

const stored = (id: string) =>
  db.prepare('SELECT id, status, text_nb, catalogue_version, deleted_at FROM goal WHERE id = ?').get(id) as
    | { id: string; status: string; text_nb: string; catalogue_version: string; deleted_at: string | null }
    | undefined;

describe('catalogue sync', () => {
  it('puts the whole shipped catalogue in a new database when the API starts', () => {
    const api = createTestApi();
    const count = api.db.prepare("SELECT count(*) FROM goal WHERE source = 'catalogue'").pluck().get();
    expect(count).toBe(loadShippedCatalogue().catalogue.goals.length);
    expect(api.db.prepare('SELECT catalogue_version FROM goal_catalogue_state').pluck().get()).toBe(
      loadShippedCatalogue().catalogue.catalogueVersion,
    );
    api.db.close();
  });

  it('does nothing the second time (cheap start)', () => {
    const first = release('2026.1', [goal('sb-goal-a', 'Jeg kan a.')]);
    expect(syncCatalogue(db, first)).toMatchObject({ applied: true, added: 1 });
    const before = db.prepare('SELECT updated_at FROM goal').pluck().all();
    expect(syncCatalogue(db, first)).toEqual({ applied: false, added: 0, updated: 0, retired: 0 });
    expect(db.prepare('SELECT updated_at FROM goal').pluck().all()).toEqual(before);
  });

  it('retires a goal that leaves the catalogue, never deletes it, and updates wording', () => {
    syncCatalogue(db, release('2026.1', [goal('sb-goal-a', 'Jeg kan a.'), goal('sb-goal-b', 'Jeg kan b.')]));
    const report = syncCatalogue(db, release('2026.2', [goal('sb-goal-a', 'Jeg kan a, bedre sagt.'), goal('sb-goal-c', 'Jeg kan c.')]));
    expect(report).toEqual({ applied: true, added: 1, updated: 1, retired: 1 });
    expect(stored('sb-goal-b')).toMatchObject({ status: 'retired', deleted_at: null });
    expect(stored('sb-goal-a')).toMatchObject({ status: 'active', text_nb: 'Jeg kan a, bedre sagt.', catalogue_version: '2026.2' });
    expect(stored('sb-goal-c')).toMatchObject({ status: 'active', catalogue_version: '2026.2' });
  });

  it('retires a goal the catalogue marks retired and brings it back if a later release revives it', () => {
    syncCatalogue(db, release('2026.1', [goal('sb-goal-a', 'Jeg kan a.')]));
    syncCatalogue(db, release('2026.2', [goal('sb-goal-a', 'Jeg kan a.', { status: 'retired' })]));
    expect(stored('sb-goal-a')?.status).toBe('retired');
    syncCatalogue(db, release('2026.3', [goal('sb-goal-a', 'Jeg kan a.')]));
    expect(stored('sb-goal-a')?.status).toBe('active');
  });

  it('refuses a release that changes what an id means, and changes nothing', () => {
    syncCatalogue(db, release('2026.1', [goal('sb-goal-a', 'Jeg kan a.')]));
    expect(() => syncCatalogue(db, release('2026.2', [goal('sb-goal-a', 'Jeg kan a.', { level: 'B1' }), goal('sb-goal-z', 'Jeg kan z.')])))
      .toThrow(/sb-goal-a changed its meaning \(A1\/lese\/bolig\/ → B1\/lese\/bolig\/\)/);
    expect(stored('sb-goal-z')).toBeUndefined();
    expect(db.prepare('SELECT catalogue_version FROM goal_catalogue_state').pluck().get()).toBe('2026.1');
  });

  it('leaves a database alone that a newer catalogue already updated (an older app opening it)', () => {
    syncCatalogue(db, release('2026.3', [goal('sb-goal-a', 'Jeg kan a.'), goal('sb-goal-b', 'Jeg kan b.')]));
    expect(syncCatalogue(db, release('2026.1', [goal('sb-goal-a', 'Jeg kan a.')])).applied).toBe(false);
    expect(stored('sb-goal-b')?.status).toBe('active');
  });

  it('compares release numbers as numbers', () => {
    expect(compareCatalogueVersions('2026.10', '2026.9')).toBeGreaterThan(0);
    expect(compareCatalogueVersions('2027.1', '2026.9')).toBeGreaterThan(0);
    expect(compareCatalogueVersions('2026.1', '2026.1')).toBe(0);
  });

  it('keeps a retired catalogue goal readable through the API, but out of default searches', () => {
    const api = createTestApi();
    const retired = loadShippedCatalogue().catalogue.goals.find((item) => item.status === 'retired')!;
    expect(api.value('goals.get', { id: retired.id })).toMatchObject({ status: 'retired', textNb: retired.nb });
    const words = retired.nb.split(' ').slice(3, 6).join(' ');
    expect(api.value('goals.search', { query: words }).map((found) => found.id)).not.toContain(retired.id);
    expect(api.value('goals.search', { query: words, includeRetired: true }).map((found) => found.id)).toContain(retired.id);
    api.db.close();
  });
});
