import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, missingId } from '../../helpers/fixtures';
import { createMaterialTestApi, png, wav, type MaterialTestApi } from '../materials/material-helpers';

/** A term's pronunciation: a recording from the material store, linked like its picture. */
let api: MaterialTestApi;
beforeEach(() => (api = createMaterialTestApi()));
afterEach(() => api.db.close());

async function material(bytes: Buffer, fileName: string, metadata: Record<string, unknown> = {}) {
  const result = await api.importBytes(bytes, { fileName, ...metadata });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.material;
}

describe('glossary term audio', () => {
  it('links a recording at create and update, keeps it on reading and removes the link on request', async () => {
    const recording = await material(wav(), 'bleie.wav', { caption: 'Uttale: bleie' });
    expect(recording.kind).toBe('audio');
    const created = api.value('glossary.create', { term: 'bleie', audioMaterialId: recording.id });
    expect(created).toMatchObject({ audioMaterialId: recording.id, audio: { materialId: recording.id, caption: 'Uttale: bleie', blocked: false } });
    expect(api.value('glossary.get', { id: created.id }).audio?.materialId).toBe(recording.id);

    const plain = api.value('glossary.create', { term: 'smokk' });
    expect(plain).toMatchObject({ audioMaterialId: null, audio: null });
    const linked = api.value('glossary.update', { id: plain.id, audioMaterialId: recording.id });
    expect(linked.audio?.materialId).toBe(recording.id);
    // Changing another field keeps the recording.
    expect(api.value('glossary.update', { id: plain.id, example: 'Barnet har smokk.' }).audioMaterialId).toBe(recording.id);
    expect(api.value('glossary.update', { id: plain.id, audioMaterialId: null })).toMatchObject({ audioMaterialId: null, audio: null });
  });

  it('refuses a picture as audio and an unknown material, storing nothing', async () => {
    const picture = await material(await png(), 'bilde.png');
    const term = api.value('glossary.create', { term: 'bleie' });
    const asPicture = errorOf(api.call('glossary.update', { id: term.id, audioMaterialId: picture.id }));
    expect(asPicture.code).toBe('validation');
    expect(asPicture.issues?.[0]?.path).toBe('audioMaterialId');
    expect(errorOf(api.call('glossary.create', { term: 'x', audioMaterialId: missingId })).issues?.[0]?.path).toBe('audioMaterialId');
    expect(errorOf(api.call('glossary.create', { term: 'x', audioMaterialId: 'not an id' })).code).toBe('validation');
    expect(api.value('glossary.get', { id: term.id }).audioMaterialId).toBeNull();
    expect(api.value('glossary.list', {}).map((item) => item.term)).toEqual(['bleie']);
    // A recording is not a picture either.
    const recording = await material(wav(), 'ord.wav');
    expect(errorOf(api.call('glossary.update', { id: term.id, materialId: recording.id })).issues?.[0]?.path).toBe('materialId');
  });

  it('marks a recording where others are heard without consent, and hides a deleted one until it is restored', async () => {
    const recording = await material(wav(900), 'samtale.wav', { othersAppear: true, othersConsent: false });
    const term = api.value('glossary.create', { term: 'samtale', audioMaterialId: recording.id });
    expect(term.audio?.blocked).toBe(true);
    api.value('materials.update', { id: recording.id, othersConsent: true });
    expect(api.value('glossary.get', { id: term.id }).audio?.blocked).toBe(false);

    api.value('materials.delete', { id: recording.id });
    expect(api.value('glossary.get', { id: term.id })).toMatchObject({ audioMaterialId: recording.id, audio: null });
    expect(errorOf(api.call('glossary.create', { term: 'y', audioMaterialId: recording.id })).issues?.[0]?.path).toBe('audioMaterialId');
    api.value('materials.restore', { id: recording.id });
    expect(api.value('glossary.get', { id: term.id }).audio?.materialId).toBe(recording.id);
  });
});
