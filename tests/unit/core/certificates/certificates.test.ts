import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../../../../electron/core/api/dispatch';
import { openDatabase } from '../../../../electron/core/db/connection';
import { fillTemplate, nameLengthClass, textBlockHtml } from '../../../../electron/core/services/certificates/fill-template';
import { loadTemplates } from '../../../../electron/core/services/certificates/template-files';
import { documentKinds, type IssuedDocument } from '../../../../shared/domain/certificates';
import { addCourse, addParticipant, errorOf } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';

const templatesDir = join(process.cwd(), 'resources', 'templates');
let api: TestApi;
let courseId: string;

function enrolled(givenName: string, familyName = '', extra: Record<string, unknown> = {}): string {
  const person = addParticipant(api, { givenName, familyName, ...extra });
  api.value('courses.enrol', { courseId, participantId: person.id });
  return person.id;
}

const issue = (participantIds: string[], kind: 'course' | 'diploma' | 'practice' | 'endLetter' = 'diploma', language: 'nb' | 'nn' | 'en' = 'nb') =>
  api.value('documents.issue', { kind, language, courseId, documents: participantIds.map((participantId) => ({ participantId })) });

const printed = (ids: string[]) => api.value('print.documents', { ids }).html;

beforeEach(() => {
  api = createTestApi();
  courseId = addCourse(api, { name: 'Norsk A2 kveld', startDate: '2026-08-17', endDate: '2026-12-18' }).id;
  api.value('documents.centre.update', { name: 'Fjordby læringssenter', signerName: 'Siri Berg', signerTitle: 'Rektor' });
});

describe('templates', () => {
  it('exist for every kind in Bokmål, Nynorsk and English, and never imitate official qualifications', () => {
    const files = readdirSync(templatesDir).filter((name) => name.endsWith('.html'));
    expect(files.filter((name) => !name.startsWith('_'))).toHaveLength(12);
    for (const file of [...files, 'defaults.json', 'certificate.css']) {
      const text = readFileSync(join(templatesDir, file), 'utf8').toLowerCase();
      expect(text, file).not.toMatch(/kompetansebevis|fagbrev|riksvåpen|emblem|coat of arms/u);
    }
  });

  it('puts the shared parts into every template, with the words of its own language', () => {
    const set = loadTemplates(templatesDir);
    const footWords = { nb: 'Kan kontrolleres i Språkbro', nn: 'Kan kontrollerast i Språkbro', en: 'Can be checked in Språkbro' };
    for (const kind of documentKinds) {
      for (const language of ['nb', 'nn', 'en'] as const) {
        const template = set.template(kind, language);
        expect(template, `${kind}.${language}`).not.toContain('{{>');
        expect(template).toContain('<header class="doc-top">');
        expect(template).toContain(footWords[language]);
        expect(template).not.toContain('<!--');
      }
    }
  });

  it('fills placeholders escaped, keeps sections with values and drops those without', () => {
    const html = fillTemplate('<!-- {{x}} --><p>{{name}}</p>{{#course}}<p>Kurs: {{course}}</p>{{/course}}{{#hours}}<p>Timer: {{hours}}</p>{{/hours}}{{{list}}}', {
      text: { name: '<script>alert(1)</script>', course: 'A2 {{name}}', hours: '' },
      html: { list: '<ul><li>ok</li></ul>' },
    });
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><p>Kurs: A2 {{name}}</p><ul><li>ok</li></ul>');
    expect(html).not.toMatch(/undefined|Timer/u);
  });

  it('leaves out a sentence of a text block that names a missing value', () => {
    expect(textBlockHtml('{{name}} har deltatt ved {{centreName}}. Lykke til!', { name: 'Hodan' })).toBe('<p dir="auto">Lykke til!</p>');
    expect(textBlockHtml('Hei {{name}}.\n\nNy linje', { name: 'A & B' })).toBe('<p dir="auto">Hei A &amp; B.</p><p dir="auto">Ny linje</p>');
  });

  it('gives long names a smaller size, counting characters of any script', () => {
    expect(nameLengthClass('Hodan Warsame')).toBe('name-s');
    expect(nameLengthClass('ሄለን ገብረመድህን ተስፋማርያም ወልደሚካኤል')).toBe('name-m');
    expect(nameLengthClass('Mohammed Abdirahman Abdullahi Hassan Ali Osman Yusuf Farah Warsame')).toBe('name-xl');
  });
});

describe('issuing and printing', () => {
  it('prints one page per participant in name order with escaped, isolated names and no empty labels', () => {
    const ids = [enrolled('Zainab', 'Omar'), enrolled('<script>alert(1)</script>', 'Test'), enrolled('فاطمة', 'الحسن'), enrolled('ሄለን', 'ገብረመድህን')];
    const documents = issue(ids);
    expect(documents.map((doc) => doc.participantName)).toEqual(['<script>alert(1)</script> Test', 'Zainab Omar', 'فاطمة الحسن', 'ሄለን ገብረመድህን']);
    const html = printed(documents.map((doc) => doc.id));
    expect(html.match(/<section class="doc /gu)).toHaveLength(4);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Test');
    expect(html).toContain('<bdi dir="auto">فاطمة الحسن</bdi>');
    expect(html).not.toMatch(/undefined|null|\{\{/u);
    // Nothing recorded for attendance, Norskprøven or themes: those sections are simply not there.
    expect(html).not.toContain('Timer');
    expect(html).not.toContain('Resultater fra Norskprøven');
    expect(html).toContain('Fjordby læringssenter');
  });

  it('gives serial numbers that are unique and increasing across batches', () => {
    const a = issue([enrolled('Amina'), enrolled('Bashir')]);
    const b = issue([enrolled('Carlos')], 'course');
    const serials = [...a, ...b].map((doc) => doc.serial);
    const year = String(new Date().getFullYear());
    expect(serials.every((serial) => new RegExp(`^SB-${year}-\\d{6}$`, 'u').test(serial))).toBe(true);
    expect(new Set(serials).size).toBe(3);
    expect([...serials].sort()).toEqual(serials);
  });

  it('reprints exactly as issued after the participant, the texts and the centre changed', () => {
    const id = enrolled('Hodan', 'Warsame');
    const [doc] = issue([id], 'course') as [IssuedDocument];
    const first = printed([doc.id]);
    api.value('participants.update', { id, givenName: 'Endret' });
    api.value('documents.centre.update', { name: 'Nytt navn' });
    const texts = api.value('documents.texts.get', { kind: 'course', language: 'nb' });
    api.value('documents.texts.update', { kind: 'course', language: 'nb', texts: { ...texts.texts, title: 'Ny tittel' } });
    expect(printed([doc.id])).toBe(first);
    expect(first).toContain('Hodan Warsame');
    // A new document does take the changes.
    const [next] = issue([id], 'course') as [IssuedDocument];
    expect(printed([next.id])).toContain('Ny tittel');
  });

  it('revokes with a reason, shows it in the register and marks a reprint', () => {
    const [doc] = issue([enrolled('Hodan')]) as [IssuedDocument];
    expect(errorOf(api.call('documents.revoke', { id: doc.id, reason: '  ' })).code).toBe('validation');
    const revoked = api.value('documents.revoke', { id: doc.id, reason: 'Feil navn' });
    expect(revoked.revokeReason).toBe('Feil navn');
    expect(api.value('documents.list', { search: doc.serial })[0]?.revokedAt).not.toBeNull();
    expect(printed([doc.id])).toContain('TRUKKET TILBAKE');
    expect(printed([doc.id])).toContain('Feil navn');
  });

  it('finds documents by name, serial, kind and class', () => {
    const docs = issue([enrolled('Hodan', 'Warsame'), enrolled('Tesfay')]);
    issue([enrolled('Lina')], 'endLetter');
    expect(api.value('documents.list', { search: 'warsame' }).map((doc) => doc.participantName)).toEqual(['Hodan Warsame']);
    expect(api.value('documents.list', { search: docs[1]?.serial ?? '' })).toHaveLength(1);
    expect(api.value('documents.list', { kind: 'endLetter' })).toHaveLength(1);
    expect(api.value('documents.list', { courseId })).toHaveLength(3);
  });

  it('refuses participants outside the class, and changes nothing', () => {
    const outsider = addParticipant(api, { givenName: 'Utenfor' }).id;
    const error = errorOf(api.call('documents.issue', { kind: 'diploma', language: 'nb', courseId, documents: [{ participantId: enrolled('Inni') }, { participantId: outsider }] }));
    expect(error.issues?.[0]).toMatchObject({ path: 'documents.1.participantId', code: 'unknownParticipant' });
    expect(api.value('documents.list', {})).toEqual([]);
  });

  it('prints the English and Nynorsk templates and the own-language line', () => {
    const id = enrolled('Hodan');
    const [en] = api.value('documents.issue', { kind: 'endLetter', language: 'en', courseId, documents: [{ participantId: id, ownLanguageLine: 'Hambalyo!', nextSteps: 'B1 in January' }] });
    const html = printed([en?.id ?? '']);
    expect(html).toContain('Next steps');
    expect(html).toContain('Hambalyo!');
    const [nn] = issue([id], 'practice', 'nn');
    expect(printed([nn?.id ?? ''])).toContain('Stadfesting av praksis');
  });

  it('refuses a folder that does not exist for one PDF each', () => {
    const [doc] = issue([enrolled('Hodan')]) as [IssuedDocument];
    const error = errorOf(api.call('print.documents', { ids: [doc.id], folder: '/no/such/folder/here' }));
    expect(error.issues?.[0]).toMatchObject({ path: 'folder', code: 'folderMissing' });
    expect(api.value('print.documents', { ids: [doc.id], folder: process.cwd() }).folder?.files).toHaveLength(1);
  });
});

describe('centre settings', () => {
  it('accepts PNG and JPEG pictures and refuses SVG and bad colours', () => {
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    expect(api.value('documents.centre.update', { logo: png }).logo).toBe(png);
    const svg = `data:image/svg+xml;base64,${Buffer.from('<svg onload="alert(1)"/>').toString('base64')}`;
    expect(errorOf(api.call('documents.centre.update', { logo: svg })).code).toBe('validation');
    expect(errorOf(api.call('documents.centre.update', { logo: 'data:image/png;base64,PHN2Zz4=' })).code).toBe('validation');
    expect(errorOf(api.call('documents.centre.update', { accentColour: 'red' })).code).toBe('validation');
    expect(api.value('documents.centre.get', {}).logo).toBe(png);
  });

  it('keeps the texts per kind and language and offers the defaults back', () => {
    const before = api.value('documents.texts.get', { kind: 'diploma', language: 'nn' });
    expect(before.texts).toEqual(before.defaults);
    const after = api.value('documents.texts.update', { kind: 'diploma', language: 'nn', texts: { title: 'Diplom', intro: 'Ny innleiing', closing: '' } });
    expect(after.texts.intro).toBe('Ny innleiing');
    expect(api.value('documents.texts.get', { kind: 'diploma', language: 'nb' }).texts.intro).not.toBe('Ny innleiing');
    expect(api.value('documents.preview', { kind: 'diploma', language: 'nn', texts: after.texts }).html).toContain('Ny innleiing');
  });
});

describe('verification hook', () => {
  it('prints the verification section only when the credentials step gives one', () => {
    const db = openDatabase(':memory:');
    const qr = 'data:image/png;base64,iVBORw0KGgoAAAA';
    const seen: string[] = [];
    const hooked = createApi({ db, mode: 'test', version: '0', credentials: { forDocument: (doc) => (seen.push(doc.serial), { qrImageDataUrl: qr }) } }, { checkOutputs: true });
    const call = (method: string, input: unknown) => {
      const result = hooked.call(method, input, { role: 'admin' });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value as never;
    };
    const course = call('courses.create', { name: 'A2', startDate: '2026-08-17', endDate: '2026-12-18', levelFrom: 'A1', levelTo: 'A2', track: 2 }) as { id: string };
    const person = call('participants.create', { givenName: 'Hodan', programme: 'introduction' }) as { id: string };
    call('courses.enrol', { courseId: course.id, participantId: person.id });
    const [doc] = call('documents.issue', { kind: 'diploma', language: 'nb', courseId: course.id, documents: [{ participantId: person.id }] }) as IssuedDocument[];
    expect(seen).toEqual([doc?.serial]);
    const html = (call('print.documents', { ids: [doc?.id] }) as { html: string }).html;
    expect(html).toContain('Kan kontrolleres i Språkbro');
    expect(html).toContain(qr);
    // Without the hook there is no verification section at all.
    const [plain] = issue([enrolled('Amina')]) as [IssuedDocument];
    expect(printed([plain.id])).not.toContain('Kan kontrolleres');
    db.close();
  });
});
