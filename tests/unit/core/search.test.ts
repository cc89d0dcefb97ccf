import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCourse, addParticipant, addStaff } from '../helpers/fixtures';
import { createTestApi, type TestApi } from '../helpers/test-api';

/**
 * Search by name in the scripts a centre meets: Arabic (with or without harakat, any alef),
 * Persian letters, Ethiopic, and Norwegian æøå, case-insensitively.
 */
let api: TestApi;
const ids: Record<string, string> = {};

beforeAll(() => {
  api = createTestApi();
  const people: [key: string, givenName: string, familyName: string][] = [
    ['laila', 'ليلى', 'حداد'],
    ['omar', 'عُمَر', 'الخطيب'],
    ['ahmad', 'أحمد', 'نوري'],
    ['nadia', 'نـاديـة', 'كريم'],
    ['fariba', 'فریبا', 'رحیمی'],
    ['kaveh', 'کاوه', 'کریمی'],
    ['helen', 'ሄለን', 'ተስፋይ'],
    ['dawit', 'ዳዊት', 'ገብረሚካኤል'],
    ['ase', 'Åse', 'Ødegård Bækken'],
    ['hodan', 'Hodan', 'Warsame'],
    ['olga', 'Ольга', 'Шевченко'],
  ];
  for (const [key, givenName, familyName] of people) {
    ids[key] = addParticipant(api, { givenName, familyName, motherTongues: [] }).id;
  }
});
afterAll(() => api.db.close());

const search = (text: string) =>
  api.value('participants.list', { search: text }).map((p) => Object.keys(ids).find((key) => ids[key] === p.id));

describe('participant search', () => {
  it.each([
    ['Arabic as stored', 'ليلى', ['laila']],
    ['Arabic with harakat', 'لَيْلَى', ['laila']],
    ['Arabic without the harakat that were stored', 'عمر', ['omar']],
    ['alef maqsura typed as yeh', 'ليلي', ['laila']],
    ['bare alef for alef with hamza above', 'احمد', ['ahmad']],
    ['alef with hamza below', 'إحمد', ['ahmad']],
    ['alef with madda', 'آحمد', ['ahmad']],
    ['teh marbuta typed as heh, without tatweel', 'ناديه', ['nadia']],
    ['Arabic presentation forms', 'ﻟﻴﻠﻰ', ['laila']],
    ['Arabic yeh for Persian yeh', 'فريبا رحيمي', ['fariba']],
    ['Arabic kaf for Persian keheh', 'كاوه', ['kaveh']],
    ['Persian keheh for Arabic kaf', 'کریم', ['nadia', 'kaveh']],
    ['family name', 'الخطيب', ['omar']],
    ['Ethiopic given name', 'ሄለን', ['helen']],
    ['Ethiopic family name, partly', 'ገብረ', ['dawit']],
    ['Norwegian, upper case', 'ØDEGÅRD', ['ase']],
    ['Norwegian, mixed case', 'bæKKEN', ['ase']],
    ['Norwegian given name, lower case', 'åse', ['ase']],
    ['Latin, upper case', 'HODAN', ['hodan']],
    ['full name with extra spaces', '  hodan    warsame ', ['hodan']],
    ['Cyrillic, any case', 'ольга ШЕВЧЕНКО', ['olga']],
  ])('finds by %s', (_label, text, expected) => {
    expect(search(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['o for ø', 'odegard'],
    ['aa for å', 'aase'],
    ['a LIKE wildcard', '%'],
    ['an underscore', '_'],
    ['a name no one has', 'Kristoffersen'],
  ])('does not match %s', (_label, text) => {
    expect(search(text)).toEqual([]);
  });

  it('lists everyone for an empty or blank search', () => {
    expect(search('')).toHaveLength(Object.keys(ids).length);
    expect(search('   ')).toHaveLength(Object.keys(ids).length);
  });

  it('finds a participant by the new name after a rename', () => {
    const p = addParticipant(api, { givenName: 'Zarghuna', familyName: 'Habibi' });
    api.value('participants.update', { id: p.id, familyName: 'حبیبی' });
    expect(api.value('participants.list', { search: 'حبيبي' }).map((x) => x.id)).toEqual([p.id]);
    expect(api.value('participants.list', { search: 'Habibi' })).toEqual([]);
    api.value('participants.delete', { id: p.id });
  });
});

describe('staff and course search', () => {
  it('finds staff and classes by name in any script', () => {
    const nadia = addStaff(api, { name: 'نادية كريم', role: 'assistant' });
    const yonas = addStaff(api, { name: 'ዮናስ በርሀ', role: 'assistant' });
    const course = addCourse(api, { name: 'Arbeidsrettet norsk – Økt A' });
    expect(api.value('staff.list', { search: 'ناديه' }).map((s) => s.id)).toEqual([nadia.id]);
    expect(api.value('staff.list', { search: 'በርሀ' }).map((s) => s.id)).toEqual([yonas.id]);
    expect(api.value('courses.list', { search: 'økt' }).map((c) => c.id)).toEqual([course.id]);
    expect(api.value('courses.list', { search: 'ARBEIDSRETTET' }).map((c) => c.id)).toEqual([course.id]);
  });
});
