import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blobPath } from '../../../../electron/core/services/materials/store';
import type { Material } from '../../../../shared/domain/materials';
import { hashDatabase } from '../../helpers/db-dump';
import { addParticipant, errorOf, missingId } from '../../helpers/fixtures';
import { createMaterialTestApi, pdf, photo, wav, type MaterialTestApi } from './material-helpers';

let api: MaterialTestApi;
beforeEach(() => {
  api = createMaterialTestApi();
});
afterEach(() => api.db.close());

let seed = 100;
async function add(metadata: Partial<Parameters<MaterialTestApi['importBytes']>[1]> = {}, bytes?: Buffer): Promise<Material> {
  seed += 1;
  const result = await api.importBytes(bytes ?? (await photo({ seed })), { fileName: `bilde-${seed}.jpg`, ...metadata });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.material;
}

function placementFor(participantId: string, siteName = 'Solsikken barnehage') {
  const site = api.value('practiceSites.create', { name: siteName });
  const placement = api.value('placements.create', {
    participantId, siteId: site.id, startDate: '2026-08-24', endDate: '2027-01-29', weekdays: ['mon'],
  });
  return { site, placement };
}

describe('material list', () => {
  it('lists newest first by date, pages with a total, and filters by participant, kind and goal', async () => {
    const hodan = addParticipant(api);
    const tesfay = addParticipant(api, { givenName: 'ተስፋይ', familyName: 'ገብረ', motherTongues: ['ti'] });
    const oldest = await add({ date: '2026-09-01', participantId: hodan.id });
    const newest = await add({ date: '2026-10-01', participantId: tesfay.id, goalIds: ['sb-goal-0001'] });
    const middle = await add({ date: '2026-09-15', participantId: hodan.id }, wav());
    const page = api.value('materials.list', { limit: 2 });
    expect(page.total).toBe(3);
    expect(page.items.map((item) => item.id)).toEqual([newest.id, middle.id]);
    expect(api.value('materials.list', { limit: 2, offset: 2 }).items.map((item) => item.id)).toEqual([oldest.id]);
    expect(api.value('materials.list', { participantId: hodan.id }).items.map((item) => item.id)).toEqual([middle.id, oldest.id]);
    expect(api.value('materials.list', { kind: 'audio' }).items.map((item) => item.id)).toEqual([middle.id]);
    expect(api.value('materials.list', { goalId: 'sb-goal-0001' }).items.map((item) => item.id)).toEqual([newest.id]);
    expect(newest.participantName).toBe('ተስፋይ ገብረ');
  });

  it('searches caption, transcript, tags, file name and the participant’s name', async () => {
    const leila = addParticipant(api, { givenName: 'ليلى', familyName: 'حسن', motherTongues: ['ar'] });
    const caption = await add({ caption: 'Oppvaskmaskinen på kjøkkenet' });
    const transcript = await add({ transcript: 'Hun sier «god morgen» til barna' }, wav(900));
    const tag = await add({ tags: ['Garderobe'] });
    const name = await add({ fileName: 'vaktliste-uke-38.pdf' }, pdf());
    const person = await add({ participantId: leila.id });
    const ids = (search: string) => api.value('materials.list', { search }).items.map((item) => item.id).sort();
    expect(ids('OPPVASK')).toEqual([caption.id]);
    expect(ids('god morgen')).toEqual([transcript.id]);
    expect(ids('garderobe')).toEqual([tag.id]);
    expect(ids('uke-38')).toEqual([name.id]);
    // Arabic with a different alef form still finds the name.
    expect(ids('ليلي')).toEqual([person.id]);
  });

  it('hides material of a deleted participant and shows it again when they are restored', async () => {
    const hodan = addParticipant(api);
    await add({ participantId: hodan.id });
    api.value('participants.delete', { id: hodan.id });
    expect(api.value('materials.list', {}).total).toBe(0);
    api.value('participants.restore', { id: hodan.id });
    expect(api.value('materials.list', {}).total).toBe(1);
  });
});

describe('material update', () => {
  it('sets consent fields, tags, goals and caption, and says when an item is blocked', async () => {
    const item = await add();
    const blocked = api.value('materials.update', { id: item.id, othersAppear: true });
    expect(blocked).toMatchObject({ othersAppear: true, othersConsent: false, blocked: true });
    const agreed = api.value('materials.update', {
      id: item.id, othersConsent: true, tags: ['kjøkken', 'Rutiner'], goalIds: ['sb-goal-0002', 'sb-goal-0001'], caption: ' Ny tekst ',
    });
    expect(agreed).toMatchObject({
      blocked: false, tags: ['kjøkken', 'Rutiner'], goalIds: ['sb-goal-0002', 'sb-goal-0001'], caption: 'Ny tekst',
    });
    expect(api.value('materials.get', { id: item.id })).toEqual(agreed);
  });

  it('takes participant and site from a placement, and clears a placement that is not the new participant’s', async () => {
    const hodan = addParticipant(api);
    const other = addParticipant(api, { givenName: 'Amina' });
    const { site, placement } = placementFor(hodan.id);
    const item = await add();
    const placed = api.value('materials.update', { id: item.id, placementId: placement.id });
    expect(placed).toMatchObject({ participantId: hodan.id, placementId: placement.id, siteId: site.id, siteName: 'Solsikken barnehage' });
    expect(errorOf(api.raw('materials.update', { id: item.id, placementId: placement.id, participantId: other.id }))).toEqual({
      code: 'validation', issues: [{ path: 'placementId', code: 'invalidValue' }],
    });
    const moved = api.value('materials.update', { id: item.id, participantId: other.id });
    expect(moved).toMatchObject({ participantId: other.id, placementId: null, siteId: site.id });
  });

  it('refuses unknown participants, sites, goals and duplicate tags, changing nothing', async () => {
    const item = await add();
    const before = hashDatabase(api.db);
    expect(errorOf(api.raw('materials.update', { id: item.id, participantId: missingId })).issues).toEqual([
      { path: 'participantId', code: 'unknownParticipant' },
    ]);
    expect(errorOf(api.raw('materials.update', { id: item.id, siteId: missingId })).issues).toEqual([{ path: 'siteId', code: 'invalidValue' }]);
    expect(errorOf(api.raw('materials.update', { id: item.id, goalIds: ['sb-goal-9999'] })).issues).toEqual([
      { path: 'goalIds.0', code: 'unknownGoal' },
    ]);
    expect(errorOf(api.raw('materials.update', { id: item.id, tags: ['Kjøkken', 'kjøkken'] })).code).toBe('validation');
    expect(errorOf(api.raw('materials.update', { id: missingId, caption: 'x' })).code).toBe('not_found');
    expect(hashDatabase(api.db)).toBe(before);
  });

  it('a date typed by hand is no longer the camera’s', async () => {
    const item = await add({}, await photo({ seed: 999, takenAt: '2026:09:01 10:00:00' }));
    expect(item.dateFromExif).toBe(true);
    expect(api.value('materials.update', { id: item.id, date: '2026-09-02' })).toMatchObject({ date: '2026-09-02', dateFromExif: false });
  });
});

describe('delete, restore, tags and missing files', () => {
  it('moves an item to the bin and back, keeping its file', async () => {
    const item = await add();
    api.value('materials.delete', { id: item.id });
    expect(errorOf(api.raw('materials.get', { id: item.id })).code).toBe('not_found');
    expect(api.value('materials.list', {}).total).toBe(0);
    expect(api.value('materials.restore', { id: item.id })).toMatchObject({ id: item.id, fileMissing: false });
    expect(errorOf(api.raw('materials.restore', { id: item.id })).code).toBe('not_found');
  });

  it('filters by one tag exactly, not by words in captions', async () => {
    const tagged = await add({ tags: ['kjøkken', 'Rutiner'] });
    await add({ caption: 'Fra kjøkken på jobben' });
    await add({ tags: ['kjøkkenhage'] });
    expect(api.value('materials.list', { tag: 'kjøkken' }).items.map((item) => item.id)).toEqual([tagged.id]);
    expect(api.value('materials.list', { tag: 'Rutiner' }).total).toBe(1);
    expect(api.value('materials.list', { tag: 'ukjent' }).total).toBe(0);
  });

  it('lists the tags in use once each, in Norwegian order', async () => {
    await add({ tags: ['Øving', 'kjøkken', 'Arbeid'] });
    await add({ tags: ['Kjøkken', 'ærlig'] });
    const gone = await add({ tags: ['borte'] });
    api.value('materials.delete', { id: gone.id });
    expect(api.value('materials.tags', {})).toEqual(['Arbeid', 'kjøkken', 'ærlig', 'Øving']);
  });

  it('reports a file gone from the store as fileMissing instead of failing', async () => {
    const item = await add();
    rmSync(blobPath(api.store, item.sha256));
    expect(api.value('materials.get', { id: item.id }).fileMissing).toBe(true);
    expect(api.value('materials.list', {}).items[0]?.fileMissing).toBe(true);
  });
});

describe('evidence board', () => {
  it('groups a participant’s material by goal, with every training-plan goal, and lists unlinked items', async () => {
    const hodan = addParticipant(api);
    const { placement } = placementFor(hodan.id);
    api.value('trainingPlans.update', { id: placement.id, goalIds: ['sb-goal-0003', 'sb-goal-0001'] });
    const planned = await add({ placementId: placement.id, goalIds: ['sb-goal-0001'] });
    const both = await add({ placementId: placement.id, goalIds: ['sb-goal-0001', 'sb-goal-0002'] });
    const loose = await add({ participantId: hodan.id });
    await add({ goalIds: ['sb-goal-0001'] }); // someone else's
    const board = api.value('materials.evidence', { participantId: hodan.id });
    expect(board.groups.map((group) => [group.goal.id, group.inTrainingPlan, group.materials.map((item) => item.id)])).toEqual([
      ['sb-goal-0003', true, []],
      ['sb-goal-0001', true, [both.id, planned.id]],
      ['sb-goal-0002', false, [both.id]],
    ]);
    expect(board.groups[0]?.goal).toMatchObject({ id: 'sb-goal-0003', level: expect.any(String), title: expect.any(String) });
    expect(board.unlinked.map((item) => item.id)).toEqual([loose.id]);
    const forPlacement = api.value('materials.evidence', { participantId: hodan.id, placementId: placement.id });
    expect(forPlacement.unlinked).toEqual([]);
    expect(errorOf(api.raw('materials.evidence', { participantId: missingId })).code).toBe('not_found');
  });
});
