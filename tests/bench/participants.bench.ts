import { test } from 'vitest';
import { createApi } from '../../electron/core/api/dispatch';
import { openDatabase } from '../../electron/core/db/connection';
import { languages } from '../../shared/domain/languages';
import { programmes } from '../../shared/domain/participants';

/*
 * Lists and searches at the scale of ten years of a large centre: 10,000 participants in
 * 500 classes. Run with `npm run bench`; the issue on benchmarks sets the targets.
 */
const db = openDatabase(':memory:');
const api = createApi({ db, mode: 'test', version: 'bench' });
const caller = { role: 'teacher' as const };
const syllables = ['ma', 'li', 'ha', 'sa', 'ne', 'ro', 'ti', 'ka', 'de', 'yo', 'fa', 'zu'];
const made = (seed: number, length: number) =>
  Array.from({ length }, (_, i) => syllables[(seed * 7 + i * 5) % syllables.length]).join('');

const courseIds: string[] = [];
db.transaction(() => {
  for (let c = 0; c < 500; c += 1) {
    const year = 2017 + (c % 10);
    const result = api.call(
      'courses.create',
      { name: `Klasse ${c}`, startDate: `${year}-08-17`, endDate: `${year + 1}-06-18`, levelFrom: 'A1', levelTo: 'A2', track: 2 },
      caller,
    );
    if (result.ok) courseIds.push((result.value as { id: string }).id);
  }
  for (let p = 0; p < 10_000; p += 1) {
    const result = api.call(
      'participants.create',
      {
        givenName: made(p, 2 + (p % 3)),
        familyName: made(p + 13, 3),
        motherTongues: [languages[p % languages.length]!.code],
        programme: programmes[p % programmes.length]!,
      },
      caller,
    );
    if (result.ok) {
      api.call('courses.enrol', { courseId: courseIds[p % courseIds.length]!, participantId: (result.value as { id: string }).id }, caller);
    }
  }
})();

test('participants at centre scale (10,000 participants, 500 classes)', async ({ bench }) => {
  const classId = courseIds[7]!;
  await bench.compare(
    bench('list all, sorted by name', () => {
      api.call('participants.list', {}, caller);
    }),
    bench('search by name', () => {
      api.call('participants.list', { search: 'mali' }, caller);
    }),
    bench('one class (20 participants)', () => {
      api.call('participants.list', { courseId: classId }, caller);
    }),
    bench('language groups of one class', () => {
      api.call('courses.languageGroups', { id: classId }, caller);
    }),
    { time: 1000 },
  );
});
