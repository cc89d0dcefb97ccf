import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import exifr from 'exifr';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../../electron/core/api/dispatch';
import { openDatabase } from '../../../../electron/core/db/connection';
import { blobPath, thumbnailPath } from '../../../../electron/core/services/materials/store';
import { removeUnusedFiles } from '../../../../electron/core/services/participant-data/delete';
import { yearsBefore } from '../../../../electron/core/services/participant-data/retention';
import { hashDatabase } from '../../helpers/db-dump';
import { tempDir } from '../../helpers/temp-dir';
import { errorOf, missingId } from '../../helpers/fixtures';
import { afterCommit, createPrivacyTestApi, finishedExport, participantWithEverything, placesHolding, type PrivacyTestApi } from './participant-data-helpers';

let api: PrivacyTestApi;
beforeEach(() => {
  api = createPrivacyTestApi();
});
afterEach(() => api.db.close());

const sha = (materialId: string) => api.db.prepare('SELECT sha256 FROM material WHERE id = ?').pluck().get(materialId) as string;

async function exported(participantId: string, includeSensitive = false) {
  const { jobId } = api.value('participantData.exportStart', { participantId, includeSensitive });
  const done = await finishedExport(api, jobId);
  const files = unzipSync(Buffer.from(done.zipBase64, 'base64'));
  return { done, files, data: JSON.parse(strFromU8(files['data.json']!)) as { tables: Record<string, Record<string, unknown>[]>; sensitiveNotes?: { text: string }[] }, html: strFromU8(files['oversikt.html']!) };
}

describe('complete deletion of a participant', () => {
  it('leaves no row anywhere that holds the participant id or name, and removes their files', async () => {
    const selam = await participantWithEverything(api, 'Selam', 'Tesfamariam');
    const other = await participantWithEverything(api, 'Hodan', 'Warsame');
    const photoSha = sha(selam.photoId);
    const soundSha = sha(selam.soundId);
    expect(existsSync(blobPath(api.store, photoSha))).toBe(true);
    expect(existsSync(thumbnailPath(api.store, photoSha))).toBe(true);
    expect(placesHolding(api.db, selam.person.id).length).toBeGreaterThan(10);

    const result = api.value('participantData.delete', { participantId: selam.person.id, confirmName: '  selam   TESFAMARIAM ' });
    expect(result.rows).toBeGreaterThan(15);
    expect(result.files).toBe(2);
    await afterCommit();

    // Scanned generically, over every table and column there is, so a new table cannot hide a trace.
    expect(placesHolding(api.db, selam.person.id)).toEqual([]);
    expect(placesHolding(api.db, selam.placement.id)).toEqual([]);
    expect(placesHolding(api.db, 'Tesfamariam')).toEqual([]);
    expect(placesHolding(api.db, 'Fiktiv helseopplysning')).toEqual([]);
    expect(existsSync(blobPath(api.store, photoSha))).toBe(false);
    expect(existsSync(thumbnailPath(api.store, photoSha))).toBe(false);
    expect(existsSync(blobPath(api.store, soundSha))).toBe(false);

    // The other participant, the course and the site are untouched.
    expect(api.value('participants.get', { id: other.person.id }).familyName).toBe('Warsame');
    expect(api.value('materials.get', { id: other.photoId }).fileMissing).toBe(false);
    expect(api.value('courses.get', { id: selam.course.id }).name).toBe('Klasse for Selam');
    expect(api.db.pragma('foreign_key_check')).toEqual([]);
    expect(api.db.pragma('integrity_check', { simple: true })).toBe('ok');

    // The log says only that a participant was deleted.
    const log = api.value('participantData.log', {});
    expect(log).toEqual([expect.objectContaining({ action: 'delete', participantId: null })]);
  });

  it('removes a file only when no material row points to its content address any more', async () => {
    const selam = await participantWithEverything(api, 'Selam', 'Tesfamariam');
    const hodan = await participantWithEverything(api, 'Hodan', 'Warsame');
    // One file per content address (material.sha256 is unique), but the check is made again
    // after the commit: a file a row still names is never removed.
    expect(removeUnusedFiles(api.db, api.store, [sha(hodan.photoId)])).toBe(0);
    expect(existsSync(blobPath(api.store, sha(hodan.photoId)))).toBe(true);

    api.value('participantData.delete', { participantId: selam.person.id, confirmName: 'Selam Tesfamariam' });
    await afterCommit();
    expect(existsSync(blobPath(api.store, sha(hodan.photoId)))).toBe(true);
    expect(existsSync(thumbnailPath(api.store, sha(hodan.photoId)))).toBe(true);
    expect(existsSync(blobPath(api.store, sha(hodan.soundId)))).toBe(true);
  });

  it('refuses a wrong name or an unknown participant and changes nothing', async () => {
    const selam = await participantWithEverything(api);
    const before = hashDatabase(api.db);
    expect(errorOf(api.call('participantData.delete', { participantId: selam.person.id, confirmName: 'Selma Fiktiv' }))).toMatchObject({
      code: 'validation',
      issues: [{ path: 'confirmName', code: 'invalidValue' }],
    });
    expect(errorOf(api.call('participantData.delete', { participantId: missingId, confirmName: 'Selam Fiktiv' })).code).toBe('not_found');
    expect(errorOf(api.call('participantData.delete', { participantId: selam.person.id, confirmName: 'Selam Fiktiv' }, 'assistant')).code).toBe('forbidden');
    expect(hashDatabase(api.db)).toBe(before);
  });

  it('deletes a participant who sits in the bin', async () => {
    const selam = await participantWithEverything(api);
    api.value('participants.delete', { id: selam.person.id });
    api.value('participantData.delete', { participantId: selam.person.id, confirmName: 'Selam Fiktiv' });
    await afterCommit();
    expect(placesHolding(api.db, selam.person.id)).toEqual([]);
  });
});

describe('export of a participant’s data', () => {
  it('packs a readable summary, every row about them and their files without location data', async () => {
    const selam = await participantWithEverything(api);
    const { done, files, data, html } = await exported(selam.person.id);
    expect(done.fileName).toMatch(/^deltakerdata-Selam-Fiktiv-\d{4}-\d{2}-\d{2}\.zip$/u);
    expect(done).toMatchObject({ files: 2, missingFiles: 0 });

    for (const table of ['participant', 'enrolment', 'attendance', 'assessment', 'norskproven_sitting', 'level_target', 'placement', 'training_plan', 'training_plan_goal', 'status_meeting', 'site_visit', 'buddy_task', 'material']) {
      expect(data.tables[table]?.length, table).toBeGreaterThan(0);
    }
    expect(data.tables.participant?.[0]).toMatchObject({ id: selam.person.id, given_name: 'Selam', note: 'Fiktiv merknad' });
    expect(data.tables.participant?.[0]).not.toHaveProperty('search_text');
    // Sensitive notes stay out unless asked for: neither ciphertext nor text.
    expect(data.tables.sensitive_note).toBeUndefined();
    expect(data.sensitiveNotes).toBeUndefined();
    expect(html).not.toContain('Fiktiv helseopplysning');

    expect(html).toContain('<html lang="nb">');
    expect(html).toContain('Klasse for Selam');
    expect(html).not.toMatch(/<script/iu);

    const photoPath = Object.keys(files).find((name) => name.startsWith('materiale/') && name.endsWith('.jpg'))!;
    expect(photoPath).toMatch(/^materiale\/001-Selam-verktøy\.jpg$/u);
    expect(html).toContain(encodeURI(photoPath));
    expect(await exifr.gps(Buffer.from(files[photoPath]!))).toBeUndefined();
    expect(Object.keys(files).some((name) => name.endsWith('Selam-samtale.wav'))).toBe(true);

    expect(api.value('participantData.log', {})).toEqual([expect.objectContaining({ action: 'export', participantId: selam.person.id })]);
    expect(api.value('sensitiveNotes.log', { participantId: selam.person.id }).filter((entry) => entry.action === 'open')).toEqual([]);
  });

  it('includes sensitive notes only when ticked, and logs each opening', async () => {
    const selam = await participantWithEverything(api);
    const { data, html } = await exported(selam.person.id, true);
    expect(data.sensitiveNotes?.map((note) => note.text)).toEqual(['Fiktiv helseopplysning']);
    expect(html).toContain('Fiktiv helseopplysning');
    expect(api.value('sensitiveNotes.log', { participantId: selam.person.id }).filter((entry) => entry.action === 'open')).toHaveLength(1);
    expect(api.value('participantData.log', {})[0]).toMatchObject({ action: 'export_sensitive' });
  });

  it('leaves out material in which others appear without consent, and says so', async () => {
    const selam = await participantWithEverything(api);
    api.value('materials.update', { id: selam.photoId, othersAppear: true, othersConsent: false });
    const { done, files, html } = await exported(selam.person.id);
    expect(done).toMatchObject({ files: 1, missingFiles: 1 });
    expect(Object.keys(files).some((name) => name.endsWith('.jpg'))).toBe(false);
    expect(html).toContain('Selam-verktøy.jpg');
  });

  it('escapes what participants and staff wrote', async () => {
    const person = api.value('participants.create', { givenName: '<img src=x onerror=alert(1)>', familyName: 'سلام', motherTongues: ['ar'], programme: 'other', note: '<script>window.__pwned=1</script>' });
    const { html } = await exported(person.id);
    expect(html).not.toMatch(/<script|<img/iu);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<bdi dir="auto">');
  });

  it('hands a finished package over once, and refuses unknown jobs and participants', async () => {
    const selam = await participantWithEverything(api);
    const { jobId } = api.value('participantData.exportStart', { participantId: selam.person.id, includeSensitive: false });
    await finishedExport(api, jobId);
    expect(errorOf(api.call('participantData.exportResult', { jobId })).code).toBe('not_found');
    expect(errorOf(api.call('participantData.exportStart', { participantId: missingId, includeSensitive: false })).code).toBe('not_found');
  });
});

describe('retention list', () => {
  it('lists participants whose last course ended more than the set number of years ago', async () => {
    const old = await participantWithEverything(api, 'Selam', 'Fiktiv');
    const recent = api.value('participants.create', { givenName: 'Amina', familyName: 'Ny', motherTongues: ['ar'], programme: 'nav' });
    const course = api.value('courses.create', { name: 'Ny klasse', startDate: '2026-08-17', endDate: '2027-06-18', levelFrom: 'A1', levelTo: 'A2', track: 1 });
    api.value('courses.enrol', { courseId: course.id, participantId: recent.id });
    api.value('participants.create', { givenName: 'Uten', familyName: 'Kurs', motherTongues: [], programme: 'other' });

    const list = api.value('participantData.retention', {});
    expect(list.years).toBe(5);
    expect(list.rows.map((row) => row.participantId)).toEqual([old.person.id]);
    expect(list.rows[0]).toMatchObject({ lastEnd: '2019-06-14', inBin: false, exportedAt: null });

    // Fifty years back, nobody; the setting is kept.
    expect(api.value('participantData.setRetentionYears', { years: 50 }).rows).toEqual([]);
    expect(api.value('participantData.retention', {}).years).toBe(50);
    expect(errorOf(api.call('participantData.setRetentionYears', { years: 0 })).code).toBe('validation');
  });

  it('counts back whole years, 29 February included', () => {
    expect(yearsBefore('2026-11-24', 5)).toBe('2021-11-24');
    expect(yearsBefore('2028-02-29', 1)).toBe('2027-02-28');
  });
});

describe('deletion on disk', () => {
  // secure_delete overwrites the freed pages and a checkpoint empties the log: without them the text stays in the file.
  it('leaves the name nowhere in the database file or its write-ahead log', async () => {
    const file = join(tempDir('sprakbro-secure-delete-'), 'sprakbro.sqlite');
    const db = openDatabase(file);
    const onDisk = createApi({ db, mode: 'test', version: 'test' });
    const teacher = { role: 'teacher' } as const;
    const created = onDisk.call('participants.create', { givenName: 'Zerihun', familyName: 'Unikfiktivsen', motherTongues: ['ti'], programme: 'kvp', note: 'Merknad om Unikfiktivsen' }, teacher);
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = () => Buffer.concat([readFileSync(file), existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`) : Buffer.alloc(0)]);
    expect(bytes().includes(Buffer.from('Unikfiktivsen'))).toBe(true);

    expect(onDisk.call('participantData.delete', { participantId: (created.value as { id: string }).id, confirmName: 'Zerihun Unikfiktivsen' }, teacher).ok).toBe(true);
    await afterCommit();
    expect(bytes().includes(Buffer.from('Unikfiktivsen'))).toBe(false);
    db.close();
    expect(readFileSync(file).includes(Buffer.from('Unikfiktivsen'))).toBe(false);
  });
});
