import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf } from '../../helpers/fixtures';
import { hashDatabase } from '../../helpers/db-dump';
import { centreAndLaptop, closeAll, filesOf, json } from './exchange-helpers';

let world: ReturnType<typeof centreAndLaptop>;
beforeEach(() => {
  world = centreAndLaptop();
});
afterEach(() => closeAll(world.centre, world.laptop));

/** The assistant's laptop takes the package in, changes translations, and makes the return package. */
function assistantWork(edit: (laptop: typeof world.laptop) => void) {
  const { centre, laptop, exportInput } = world;
  const outgoing = centre.value('exchange.export', exportInput);
  const received = laptop.value('exchange.receive', { data: outgoing.data });
  edit(laptop);
  return { outgoing, received, returned: laptop.value('exchange.returnPackage', { id: received.id }) };
}

const translationOf = (api: typeof world.laptop, termId: string, language: string) =>
  api.value('glossary.get', { id: termId }).translations.find((t) => t.language === language);

describe('exchange packages: centre → assistant laptop → centre', () => {
  it('exports the class’s coming plans and the linked glossary, and records the package', () => {
    const { centre, exportInput, terms } = world;
    const file = centre.value('exchange.export', exportInput);
    expect(file.fileName).toMatch(/^Sprakbro-pakke Norsk A1 morgen Selam Tesfay 2026-09-14\.zip$/u);
    expect(file.lessonCount).toBe(2);
    expect(file.termCount).toBe(3);
    const files = filesOf(file);
    expect(Object.keys(files).sort()).toEqual(['glossary.json', 'manifest.json', 'plans.json']);
    const manifest = json(files['manifest.json']) as { kind: string; packageId: string; secret: string };
    expect(manifest).toMatchObject({ kind: 'toAssistant', packageId: file.packageId });
    const glossary = json(files['glossary.json']) as { terms: { term: string }[] };
    expect(glossary.terms.map((term) => term.term).sort()).toEqual(['bleie', 'hvilestund', 'matpakke']);
    expect(JSON.stringify(glossary)).not.toContain(terms.other.id);
    const plans = json(files['plans.json']) as { lessons: { title: string; support: unknown }[] };
    expect(plans.lessons.map((lesson) => lesson.title)).toEqual(['Levere i barnehagen', 'Foreldremøte']);
    expect(plans.lessons[0]!.support).toEqual({ names: ['Selam Tesfay'], languages: ['ar'] });
    expect(centre.value('exchange.sent.list', { courseId: exportInput.courseId })).toMatchObject([
      { id: file.packageId, assistantName: 'Selam Tesfay', from: '2026-09-14', to: '2026-09-27', termCount: 3, lessonCount: 2, mergedAt: null },
    ]);
  });

  it('carries nothing about the participants and no lesson texts', () => {
    const { centre, exportInput, course, lesson } = world;
    const participant = centre.value('participants.create', { givenName: 'Fiktiv', familyName: 'Deltakersen', motherTongues: ['ti'], programme: 'introduction' });
    centre.value('courses.enrol', { courseId: course.id, participantId: participant.id });
    centre.value('lessons.update', { id: lesson.id, bodyHtml: '<p>Hemmelig opplegg for Fiktiv</p>' });
    const text = Object.values(filesOf(centre.value('exchange.export', exportInput))).map((bytes) => new TextDecoder().decode(bytes)).join('\n');
    expect(text).toContain('Levere i barnehagen');
    expect(text).not.toContain('Fiktiv');
    expect(text).not.toContain('Deltakersen');
    expect(text).not.toContain(participant.id);
  });

  it('keeps the assistant’s own translations when the same package is taken in again', () => {
    const { centre, laptop, exportInput, terms } = world;
    const file = centre.value('exchange.export', exportInput);
    laptop.value('exchange.receive', { data: file.data });
    const mine = translationOf(laptop, terms.diaper.id, 'ar')!;
    laptop.value('glossary.translations.update', { id: mine.id, text: 'حفاض' });
    expect(laptop.value('exchange.inspect', { data: file.data })).toMatchObject({ kind: 'toAssistant', alreadyReceived: true });
    laptop.value('exchange.receive', { data: file.data });
    expect(translationOf(laptop, terms.diaper.id, 'ar')?.text).toBe('حفاض');
    expect(laptop.value('exchange.received.list', {})).toHaveLength(1);
  });

  it('lets the assistant’s laptop take the package in with the centre’s ids and read the plans', () => {
    const { centre, laptop, exportInput, terms } = world;
    const file = centre.value('exchange.export', exportInput);
    const seen = laptop.value('exchange.inspect', { data: file.data });
    expect(seen).toMatchObject({ kind: 'toAssistant', courseName: 'Norsk A1 morgen', termCount: 3, lessonCount: 2, alreadyReceived: false });
    const received = laptop.value('exchange.receive', { data: file.data });
    expect(received.plans.themes.map((theme) => theme.name)).toEqual(['Barnehage']);
    expect(laptop.value('exchange.received.list', {})).toMatchObject([{ id: file.packageId, termCount: 3 }]);
    expect(laptop.value('glossary.get', { id: terms.diaper.id }).translations.map((t) => t.text)).toEqual(['حفاضة']);
    expect(laptop.value('glossary.list', { search: 'حفاضه' }).map((term) => term.term)).toEqual(['bleie']);
    // The centre's own package on the centre's PC is refused: it is meant for the laptop.
    expect(errorOf(centre.call('exchange.receive', { data: file.data }))).toEqual({ code: 'package_rejected', params: { reason: 'ownPackage' } });
  });

  it('merges new and changed translations side by side, and the merge undoes in one step', () => {
    const { centre, terms, translations } = world;
    const { returned } = assistantWork((laptop) => {
      laptop.value('glossary.translations.create', { termId: terms.nap.id, language: 'ti', text: 'ግዜ ዕረፍቲ' });
      const lunchbox = translationOf(laptop, terms.lunchbox.id, 'ar')!;
      laptop.value('glossary.translations.update', { id: lunchbox.id, text: 'صندوق الغداء', status: 'checked' });
    });
    const inspection = centre.value('exchange.inspect', { data: returned.data });
    if (inspection.kind !== 'fromAssistant') throw new Error('expected a return package');
    expect(inspection.unchangedCount).toBe(1);
    expect(inspection.rows).toEqual([
      expect.objectContaining({ term: 'hvilestund', language: 'ti', kind: 'new', centre: null, assistant: expect.objectContaining({ text: 'ግዜ ዕረፍቲ', dir: 'ltr' }) }),
      expect.objectContaining({
        term: 'matpakke', language: 'ar', kind: 'changed',
        centre: expect.objectContaining({ text: 'علبة الغداء', dir: 'rtl' }),
        assistant: expect.objectContaining({ text: 'صندوق الغداء', status: 'checked', dir: 'rtl' }),
      }),
    ]);
    // Nothing is written by looking.
    expect(translationOf(centre, terms.nap.id, 'ti')).toBeUndefined();

    // A row without a choice is refused: nothing is taken silently.
    const partial = centre.call('exchange.merge', { data: returned.data, choices: [{ termId: terms.nap.id, language: 'ti', take: 'assistant' }] });
    expect(errorOf(partial)).toMatchObject({ code: 'validation', issues: [{ path: 'choices', code: 'required' }] });

    const merged = centre.value('exchange.merge', {
      data: returned.data,
      choices: inspection.rows.map((row) => ({ termId: row.termId, language: row.language, take: 'assistant' as const })),
    });
    expect(merged).toMatchObject({ taken: 2, kept: 0 });
    expect(translationOf(centre, terms.nap.id, 'ti')?.text).toBe('ግዜ ዕረፍቲ');
    expect(translationOf(centre, terms.lunchbox.id, 'ar')).toMatchObject({ id: translations.lunchboxAr.id, text: 'صندوق الغداء', status: 'checked' });
    expect(centre.value('glossary.list', { search: 'ግዜ' }).map((term) => term.term)).toEqual(['hvilestund']);
    expect(errorOf(centre.call('exchange.inspect', { data: returned.data }))).toEqual({ code: 'package_rejected', params: { reason: 'alreadyMerged' } });

    centre.value('exchange.undoMerge', { mergeId: merged.mergeId });
    expect(translationOf(centre, terms.nap.id, 'ti')).toBeUndefined();
    expect(translationOf(centre, terms.lunchbox.id, 'ar')).toMatchObject({ text: 'علبة الغداء', status: 'draft' });
    expect(centre.value('exchange.sent.list', {})[0]?.mergedAt).toBeNull();
    // Undone, the package can be merged again.
    expect(centre.value('exchange.inspect', { data: returned.data }).kind).toBe('fromAssistant');
  });

  it('shows a conflict when both sides changed a translation, and keeps the centre’s value when the user says so', () => {
    const { centre, terms, translations } = world;
    const { returned } = assistantWork((laptop) => {
      const diaper = translationOf(laptop, terms.diaper.id, 'ar')!;
      laptop.value('glossary.translations.update', { id: diaper.id, text: 'حفاض' });
    });
    centre.value('glossary.translations.update', { id: translations.diaperAr.id, text: 'حِفاضة', status: 'checked' });
    const inspection = centre.value('exchange.inspect', { data: returned.data });
    if (inspection.kind !== 'fromAssistant') throw new Error('expected a return package');
    expect(inspection.rows).toEqual([
      expect.objectContaining({ term: 'bleie', language: 'ar', kind: 'conflict', centre: expect.objectContaining({ text: 'حِفاضة' }), assistant: expect.objectContaining({ text: 'حفاض' }) }),
    ]);
    const merged = centre.value('exchange.merge', { data: returned.data, choices: [{ termId: terms.diaper.id, language: 'ar', take: 'centre' }] });
    expect(merged).toMatchObject({ taken: 0, kept: 1 });
    expect(translationOf(centre, terms.diaper.id, 'ar')).toMatchObject({ text: 'حِفاضة', status: 'checked' });
  });

  it('refuses to undo a merge once a merged translation was changed again', () => {
    const { centre, terms } = world;
    const { returned } = assistantWork((laptop) => {
      laptop.value('glossary.translations.create', { termId: terms.nap.id, language: 'ar', text: 'قيلولة' });
    });
    const merged = centre.value('exchange.merge', { data: returned.data, choices: [{ termId: terms.nap.id, language: 'ar', take: 'assistant' }] });
    const made = translationOf(centre, terms.nap.id, 'ar')!;
    centre.value('glossary.translations.update', { id: made.id, text: 'قيلولة الظهر' });
    const before = hashDatabase(centre.db);
    expect(errorOf(centre.call('exchange.undoMerge', { mergeId: merged.mergeId })).code).toBe('conflict');
    expect(hashDatabase(centre.db)).toBe(before);
  });

  it('lets only teachers and admins export and merge; an assistant may take a package in and return it', () => {
    const { centre, laptop, exportInput } = world;
    expect(errorOf(centre.call('exchange.export', exportInput, 'assistant')).code).toBe('forbidden');
    const file = centre.value('exchange.export', exportInput);
    const received = laptop.call('exchange.receive', { data: file.data }, 'assistant');
    expect(received.ok).toBe(true);
    const returned = laptop.call('exchange.returnPackage', { id: file.packageId }, 'assistant');
    if (!returned.ok) throw new Error('return failed');
    expect(errorOf(centre.call('exchange.merge', { data: returned.value.data, choices: [] }, 'assistant')).code).toBe('forbidden');
  });
});
