import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashDatabase } from '../../helpers/db-dump';
import { createMaterialTestApi, photo, storeFiles, type MaterialTestApi } from '../materials/material-helpers';
import { hostileGoalCsv, hostileGrepJson, hostileMaterialFiles } from './hostile-files';

/**
 * Hostile files through every importer in core (goal CSV, Grep JSON, material upload):
 * malformed, wrongly encoded, huge, disguised. Each one gets a clear, stable refusal and
 * leaves the database and the material store exactly as they were. (Exchange packages and
 * glossary CSV/TBX have their own sweeps with their importers.)
 */
let api: MaterialTestApi;
beforeEach(() => {
  api = createMaterialTestApi(1024 * 1024);
});
afterEach(() => api.db.close());

describe('hostile goal files', () => {
  it.each(hostileGoalCsv())('CSV: $name is refused with a reason and changes nothing', ({ content, issue }) => {
    const before = hashDatabase(api.db);
    const answer = api.raw('goals.importCommit', { format: 'csv', content });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('validation');
    expect(answer.error.issues?.length).toBeGreaterThan(0);
    if (issue) expect(answer.error.issues?.map((found) => found.code)).toContain(issue);
    // The preview answers too (a list of problems, or the same refusal), never an internal error.
    const preview = api.raw('goals.importPreview', { format: 'csv', content });
    expect(preview.ok || preview.error.code === 'validation').toBe(true);
    expect(hashDatabase(api.db)).toBe(before);
  });

  it.each(hostileGrepJson())('Grep JSON: $name is refused with a reason and changes nothing', ({ content, issue }) => {
    const before = hashDatabase(api.db);
    const defaults = { level: 'B1', skill: 'lese', domain: 'arbeidsliv' } as const;
    const answer = api.raw('goals.importCommit', { format: 'grep-json', content, defaults });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('validation');
    expect(answer.error.issues?.length).toBeGreaterThan(0);
    if (issue) expect(answer.error.issues?.map((found) => found.code)).toContain(issue);
    expect(hashDatabase(api.db)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('hostile material files', () => {
  it.each(hostileMaterialFiles())('$name is refused ($reason) and nothing is stored', async ({ bytes, fileName, reason }) => {
    const before = hashDatabase(api.db);
    const answer = await api.importBytes(await bytes(), { fileName });
    expect(answer).toEqual({ ok: false, error: { code: 'file_rejected', params: expect.objectContaining({ reason }) as unknown } });
    expect(hashDatabase(api.db)).toBe(before);
    expect(storeFiles(api.store)).toEqual([]);
  });

  it('still takes a good photo after all of them (the refusals left nothing half-done)', async () => {
    for (const file of hostileMaterialFiles()) await api.importBytes(await file.bytes(), { fileName: file.fileName });
    const answer = await api.importBytes(await photo({ seed: 7 }), { fileName: 'verktøy.jpg' });
    expect(answer.ok).toBe(true);
  });
});
