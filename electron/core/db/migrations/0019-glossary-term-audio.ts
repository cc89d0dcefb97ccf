import type { Migration } from './types';

/**
 * A glossary term may carry a pronunciation: an audio recording from the material store,
 * beside its picture. Deleting the material for good clears the link; core checks that the
 * material is live and is audio before it is linked.
 */
export const migration0019: Migration = {
  version: 19,
  name: 'glossary-term-audio',
  up(db) {
    db.exec(`ALTER TABLE glossary_term ADD COLUMN audio_material_id TEXT REFERENCES material(id) ON DELETE SET NULL;`);
  },
};
