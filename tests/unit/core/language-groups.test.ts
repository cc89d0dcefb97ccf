import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { groupByLanguage, undeterminedLanguage } from '../../../electron/core/services/language-groups/language-groups';
import { addCourse, addParticipant, addStaff, errorOf } from '../helpers/fixtures';
import { createTestApi, type TestApi } from '../helpers/test-api';

describe('groupByLanguage', () => {
  const assistants = [
    { id: 'nadia', languages: ['ar', 'ckb'] },
    { id: 'yonas', languages: ['ti', 'am'] },
  ];

  it('forms a group per mother tongue, with the assistants who cover it', () => {
    const result = groupByLanguage(
      [
        { id: 'laila', motherTongues: ['ar'] },
        { id: 'helen', motherTongues: ['ti'] },
        { id: 'omar', motherTongues: ['ar'] },
      ],
      assistants,
    );
    expect(result).toEqual({
      groups: [
        { language: 'ar', participantIds: ['laila', 'omar'], assistantIds: ['nadia'] },
        { language: 'ti', participantIds: ['helen'], assistantIds: ['yonas'] },
      ],
      uncoveredParticipantIds: [],
    });
  });

  it('puts someone with several mother tongues in the first covered one', () => {
    const result = groupByLanguage([{ id: 'ahmad', motherTongues: ['prs', 'fa', 'ckb'] }], assistants);
    expect(result.groups).toEqual([{ language: 'ckb', participantIds: ['ahmad'], assistantIds: ['nadia'] }]);
    expect(result.uncoveredParticipantIds).toEqual([]);
  });

  it('keeps uncovered languages as groups without assistants, and lists their members', () => {
    const result = groupByLanguage(
      [
        { id: 'hodan', motherTongues: ['so'] },
        { id: 'fariba', motherTongues: ['prs', 'fa'] },
        { id: 'abdi', motherTongues: ['so'] },
      ],
      assistants,
    );
    expect(result.groups).toEqual([
      { language: 'so', participantIds: ['hodan', 'abdi'], assistantIds: [] },
      { language: 'prs', participantIds: ['fariba'], assistantIds: [] },
    ]);
    expect(result.uncoveredParticipantIds).toEqual(['hodan', 'fariba', 'abdi']);
  });

  it("groups participants without a recorded mother tongue under 'und'", () => {
    expect(undeterminedLanguage).toBe('und');
    const result = groupByLanguage([{ id: 'x', motherTongues: [] }], assistants);
    expect(result).toEqual({
      groups: [{ language: 'und', participantIds: ['x'], assistantIds: [] }],
      uncoveredParticipantIds: ['x'],
    });
  });

  it('lists two assistants for a language both cover, and orders groups by size, then code', () => {
    const result = groupByLanguage(
      [
        { id: 'a', motherTongues: ['ti'] },
        { id: 'b', motherTongues: ['ar'] },
        { id: 'c', motherTongues: ['so'] },
        { id: 'd', motherTongues: ['so'] },
      ],
      [...assistants, { id: 'amina', languages: ['ar', 'so'] }],
    );
    expect(result.groups).toEqual([
      { language: 'so', participantIds: ['c', 'd'], assistantIds: ['amina'] },
      { language: 'ar', participantIds: ['b'], assistantIds: ['nadia', 'amina'] },
      { language: 'ti', participantIds: ['a'], assistantIds: ['yonas'] },
    ]);
  });

  it('answers empty for an empty class', () => {
    expect(groupByLanguage([], assistants)).toEqual({ groups: [], uncoveredParticipantIds: [] });
  });
});

describe('courses.languageGroups', () => {
  let api: TestApi;
  beforeEach(() => {
    api = createTestApi();
  });
  afterEach(() => api.db.close());

  function classWithAssistants() {
    const nadia = addStaff(api, { name: 'Nadia', role: 'assistant', languages: ['ar'] });
    const yonas = addStaff(api, { name: 'Yonas', role: 'assistant', languages: ['ti'] });
    const teacher = addStaff(api, { name: 'Ingrid', role: 'teacher', languages: ['so', 'nb'] });
    const course = addCourse(api, { teacherIds: [teacher.id], assistantIds: [nadia.id, yonas.id] });
    const people = {
      laila: addParticipant(api, { givenName: 'Laila', motherTongues: ['ar'] }),
      helen: addParticipant(api, { givenName: 'Helen', motherTongues: ['ti'] }),
      salma: addParticipant(api, { givenName: 'Salma', motherTongues: ['ckb', 'ar'] }),
      hodan: addParticipant(api, { givenName: 'Hodan', motherTongues: ['so'] }),
      nobody: addParticipant(api, { givenName: 'Ukjent', motherTongues: [] }),
    };
    for (const p of Object.values(people)) api.value('courses.enrol', { courseId: course.id, participantId: p.id });
    return { course, nadia, yonas, people };
  }

  it('groups a class by the languages its assistants cover; a teacher does not cover', () => {
    const { course, nadia, yonas, people } = classWithAssistants();
    const groups = api.value('courses.languageGroups', { id: course.id });
    // Members in id order: the order inside a group is not part of the contract.
    const byLanguage = Object.fromEntries(
      groups.groups.map((g) => [g.language, { ...g, participantIds: [...g.participantIds].sort() }]),
    );
    expect(Object.keys(byLanguage).sort()).toEqual(['ar', 'so', 'ti', 'und']);
    expect(byLanguage.ar).toEqual({ language: 'ar', participantIds: [people.laila.id, people.salma.id].sort(), assistantIds: [nadia.id] });
    expect(byLanguage.ti).toEqual({ language: 'ti', participantIds: [people.helen.id], assistantIds: [yonas.id] });
    expect(byLanguage.so).toEqual({ language: 'so', participantIds: [people.hodan.id], assistantIds: [] });
    expect(byLanguage.und).toEqual({ language: 'und', participantIds: [people.nobody.id], assistantIds: [] });
    expect(groups.uncoveredParticipantIds.sort()).toEqual([people.hodan.id, people.nobody.id].sort());
  });

  it('stops counting a deleted assistant as cover', () => {
    const { course, yonas, people } = classWithAssistants();
    api.value('staff.delete', { id: yonas.id });
    const groups = api.value('courses.languageGroups', { id: course.id });
    expect(groups.groups.find((g) => g.language === 'ti')).toEqual({
      language: 'ti',
      participantIds: [people.helen.id],
      assistantIds: [],
    });
    expect(groups.uncoveredParticipantIds).toContain(people.helen.id);
  });

  it('follows changes of an assistant’s languages, enrolments and deletions', () => {
    const { course, nadia, people } = classWithAssistants();
    api.value('staff.update', { id: nadia.id, languages: ['ar', 'so'] });
    api.value('courses.unenrol', { courseId: course.id, participantId: people.laila.id });
    api.value('participants.delete', { id: people.nobody.id });
    const groups = api.value('courses.languageGroups', { id: course.id });
    expect(groups.groups.find((g) => g.language === 'so')?.assistantIds).toEqual([nadia.id]);
    expect(groups.groups.find((g) => g.language === 'ar')?.participantIds).toEqual([people.salma.id]);
    expect(groups.groups.some((g) => g.language === 'und')).toBe(false);
    expect(groups.uncoveredParticipantIds).toEqual([]);
  });

  it('answers not_found for a deleted class', () => {
    const { course } = classWithAssistants();
    api.value('courses.delete', { id: course.id });
    expect(errorOf(api.call('courses.languageGroups', { id: course.id })).code).toBe('not_found');
  });
});
