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
    expect(db.pragma('foreign_key_check')).toEqual([]);

    const api = createApi({ db, mode: 'test', version: 'test' }, { checkOutputs: true });
    const listed = api.call('participants.list', {}, { role: 'teacher' });
    expect(listed.ok && listed.value).toHaveLength(size.participants);
    if (listed.ok) for (const participant of (listed.value as unknown[]).slice(0, 50)) participantSchema.parse(participant);
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
