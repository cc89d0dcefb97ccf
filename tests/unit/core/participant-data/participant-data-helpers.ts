import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Database } from 'better-sqlite3';
import { createApi } from '../../../../electron/core/api/dispatch';
import { openDatabase } from '../../../../electron/core/db/connection';
import { checkImport, importMaterial } from '../../../../electron/core/services/materials/import';
import { materialStore, type MaterialStore } from '../../../../electron/core/services/materials/store';
import { quotedName, tablesOf } from '../../../../electron/core/services/participant-data/rows-about';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/api/contract';
import type { MaterialImportMetadata } from '../../../../shared/domain/materials';
import type { ParticipantExportResult } from '../../../../shared/domain/participant-data';
import type { StaffRole } from '../../../../shared/domain/staff';
import type { Result } from '../../../../shared/result';
import { tempDir } from '../../helpers/temp-dir';
import { courseInput } from '../../helpers/fixtures';
import { photo, wav } from '../materials/material-helpers';

export interface PrivacyTestApi {
  db: Database;
  store: MaterialStore;
  call<M extends MethodName>(method: M, input: MethodInput<M>, role?: StaffRole): Result<MethodOutput<M>>;
  value<M extends MethodName>(method: M, input: MethodInput<M>): MethodOutput<M>;
  importBytes(bytes: Buffer, metadata: MaterialImportMetadata): Promise<string>;
}

/** The API with a material store and a sensitive-notes key, in a fresh data folder. */
export function createPrivacyTestApi(): PrivacyTestApi {
  const store = materialStore(join(tempDir('sprakbro-privacy-'), 'materials'));
  const db = openDatabase(':memory:');
  const key = randomBytes(32);
  const api = createApi(
    { db, mode: 'test', version: '0.0.0-test', materialStore: store, sensitiveKey: () => key },
    { checkOutputs: true, onInternalError: (method, error) => { throw new Error(`${method}: ${String(error)}`); } },
  );
  const call = <M extends MethodName>(method: M, input: MethodInput<M>, role: StaffRole = 'teacher') =>
    api.call(method, input, { role }) as Result<MethodOutput<M>>;
  return {
    db,
    store,
    call,
    value(method, input) {
      const result = call(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    async importBytes(bytes, metadata) {
      const checked = checkImport(db, 'teacher', metadata);
      if (!checked.ok) throw new Error(JSON.stringify(checked.error));
      const result = await importMaterial({ db, store }, Readable.from([bytes]), checked.value);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value.material.id;
    },
  };
}

/**
 * A participant with a row in every kind of table about a person: class, lesson attendance,
 * assessments and Norskprøven, a level target, a placement with its training plan, meeting,
 * visit and buddy task, a sensitive note, and materials (a photo with a GPS position and a
 * sound file).
 */
export async function participantWithEverything(api: PrivacyTestApi, givenName = 'Selam', familyName = 'Fiktiv') {
  const person = api.value('participants.create', { givenName, familyName, motherTongues: ['ti'], programme: 'introduction', note: 'Fiktiv merknad' });
  const course = api.value('courses.create', courseInput({ name: `Klasse for ${givenName}`, startDate: '2018-08-20', endDate: '2019-06-14' }));
  api.value('courses.enrol', { courseId: course.id, participantId: person.id });
  const lesson = api.value('lessons.create', { courseId: course.id, date: '2018-09-10', startTime: '09:00', endTime: '11:00', title: 'Økt' });
  api.value('attendance.record', { lessonId: lesson.id, entries: [{ participantId: person.id, status: 'present' }] });
  api.value('assessments.create', { participantId: person.id, skill: 'muntlig', level: 'A1/A2', date: '2019-01-14', source: 'observation' });
  api.value('norskproven.create', { participantId: person.id, date: '2019-03-10', results: [{ part: 'leseforstaelse', result: 'A2' }] });
  api.value('levelTargets.create', { participantId: person.id, skill: 'muntlig', level: 'A2', dueDate: '2019-06-01' });
  const site = api.value('practiceSites.create', { name: `Praksis for ${givenName}` });
  const placement = api.value('placements.create', { participantId: person.id, siteId: site.id, startDate: '2018-09-03', endDate: '2019-01-25', weekdays: ['mon'] });
  api.value('trainingPlans.update', { id: placement.id, goalIds: ['sb-goal-0001'] });
  api.value('statusMeetings.create', { placementId: placement.id, date: '2018-11-20' });
  api.value('siteVisits.create', { placementId: placement.id, date: '2018-09-15' });
  api.value('buddyTasks.create', { placementId: placement.id, text: 'Lær bort tre ord', givenOn: '2018-09-08' });
  api.value('sensitiveNotes.create', { participantId: person.id, category: 'health', text: 'Fiktiv helseopplysning' });
  const photoId = await api.importBytes(await photo({ seed: givenName.charCodeAt(0), gps: true, takenAt: '2018:09:14 10:11:12' }), {
    fileName: `${givenName}-verktøy.jpg`, participantId: person.id, placementId: placement.id,
  });
  const soundId = await api.importBytes(wav(400 + givenName.charCodeAt(0)), { fileName: `${givenName}-samtale.wav`, participantId: person.id });
  return { person, course, lesson, site, placement, photoId, soundId };
}

/** Every (table, column) whose value contains the text, over every table in the database. */
export function placesHolding(db: Database, text: string): string[] {
  const found: string[] = [];
  for (const table of tablesOf(db)) {
    const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[];
    for (const column of columns) {
      const hit = db
        .prepare(`SELECT 1 FROM ${quotedName(table)} WHERE instr(CAST(${quotedName(column)} AS TEXT), ?) > 0 LIMIT 1`)
        .get(text);
      if (hit !== undefined) found.push(`${table}.${column}`);
    }
  }
  return found;
}

/** Polls an export job until it is done (the file copies run after the call). */
export async function finishedExport(api: PrivacyTestApi, jobId: string): Promise<Extract<ParticipantExportResult, { state: 'done' }>> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const result = api.value('participantData.exportResult', { jobId });
    if (result.state === 'done') return result;
    if (result.state === 'failed') throw new Error(`export failed: ${result.code}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('export did not finish');
}

/** Lets the work scheduled after a call's commit run. */
export const afterCommit = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
