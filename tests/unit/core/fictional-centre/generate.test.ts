import { describe, expect, it } from 'vitest';
import { createApi } from '../../../../electron/core/api/dispatch';
import { openDatabase } from '../../../../electron/core/db/connection';
import { generateCentre } from '../../../../electron/core/services/fictional-centre/generate';
import { centreSizes } from '../../../../electron/core/services/fictional-centre/sizes';
import { participantSchema } from '../../../../shared/domain/participants';

describe('fictional centre generator', () => {
  it('builds a year of a large centre with the counts it promises, valid for the API', () => {
    const db = openDatabase(':memory:');
    const started = performance.now();
    const counts = generateCentre(db, 'year', { lastSchoolYearEnd: 2027 });
    const elapsed = performance.now() - started;
    const size = centreSizes.year;
    expect(counts.participants).toBe(size.participants);
    expect(counts.courses).toBe(size.classes);
    expect(counts.lessons).toBe(size.lessons);
    expect(counts.goals).toBe(size.goals);
    expect(counts.attendance).toBeGreaterThan(0);
    expect(db.prepare('SELECT count(*) FROM lesson').pluck().get()).toBe(size.lessons);
    expect(db.prepare('SELECT count(*) FROM attendance').pluck().get()).toBe(counts.attendance);
    expect(counts.assessments).toBe(size.assessments);
    expect(counts.sittings).toBeGreaterThan(0);
    expect(counts.materials).toBe(size.materials);
    expect(counts.glossaryTerms).toBe(size.glossaryTerms);
    expect(counts.glossaryTranslations).toBe(size.glossaryTerms * 8);
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect(count('assessment')).toBe(size.assessments);
    expect(count('level_audit')).toBe(size.assessments);
    expect(count('norskproven_sitting')).toBe(counts.sittings);
    expect(count('material')).toBe(size.materials);
    expect(count('glossary_translation')).toBe(size.glossaryTerms * 8);
    // Arabic-script and Ethiopic translations, as the centre's assistants write them.
    expect(db.prepare("SELECT count(*) FROM glossary_translation WHERE language = 'ar' AND text GLOB '*[ء-ي]*'").pluck().get()).toBe(size.glossaryTerms);
    expect(db.prepare("SELECT count(*) FROM glossary_translation WHERE language = 'ti' AND text GLOB '*[ሀ-ፚ]*'").pluck().get()).toBe(size.glossaryTerms);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    // The API's own reads, with every answer checked against its output schema.
    const api = createApi({ db, mode: 'test', version: 'test' }, { checkOutputs: true });
    const call = (method: string, input: unknown) => {
      const result = api.call(method, input, { role: 'teacher' });
      if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
      return result.value;
    };
    const listed = call('participants.list', {});
    expect(listed).toHaveLength(size.participants);
    for (const participant of (listed as unknown[]).slice(0, 50)) participantSchema.parse(participant);

    const sat = db.prepare('SELECT participant_id FROM norskproven_sitting LIMIT 1').pluck().get() as string;
    const profile = call('assessments.profile', { participantId: sat }) as { sittings: unknown[] };
    expect(profile.sittings.length).toBeGreaterThan(0);
    const courseId = db.prepare('SELECT course_id FROM enrolment WHERE participant_id = ?').pluck().get(sat) as string;
    call('assessments.classMatrix', { courseId });
    call('attendance.ledger', { participantId: sat, courseId });
    const page = call('materials.list', { limit: 200 }) as { items: unknown[]; total: number };
    expect(page.total).toBe(size.materials);
    expect(page.items).toHaveLength(200);
    const found = call('glossary.list', { search: 'arbeids' }) as { term: string; translations: unknown[] }[];
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((term) => term.term.includes('arbeids') && term.translations.length === 8)).toBe(true);
    console.log(`year centre in ${Math.round(elapsed)} ms`, counts);
  }, 120_000);

  it('is deterministic: the same seed gives the same people in the same classes', () => {
    const names = (seed: number) => {
      const db = openDatabase(':memory:');
      generateCentre(db, 'demo', { seed });
      return db.prepare('SELECT given_name || \' \' || family_name FROM participant ORDER BY created_at, id').pluck().all();
    };
    expect(names(7)).toEqual(names(7));
    expect(names(7)).not.toEqual(names(8));
  });

  it('refuses a database that already has people in it', () => {
    const db = openDatabase(':memory:');
    generateCentre(db, 'demo');
    expect(() => generateCentre(db, 'demo')).toThrow(/empty database/u);
  });
});
