import type { Database } from 'better-sqlite3';
import type { ParticipantCreate } from '../../../../shared/domain/participants';
import { courseCreateSchema } from '../../../../shared/domain/courses';
import { participantCreateSchema } from '../../../../shared/domain/participants';
import { staffCreateSchema } from '../../../../shared/domain/staff';
import { ApiFailure } from '../../db/errors';
import { createCourse, enrol } from '../../repositories/courses';
import { createParticipant } from '../../repositories/participants';
import { createStaff } from '../../repositories/staff';

/*
 * A small made-up centre for a first look at the app. Every person here is invented:
 * common given names combined at random, no one real. Names are written in the script
 * people would use for themselves, so right-to-left and Ethiopic text shows from the start.
 */
const exampleParticipants: ParticipantCreate[] = [
  { givenName: 'ليلى', familyName: 'حداد', motherTongues: ['ar'], programme: 'introduction', startDate: '2026-08-17' },
  { givenName: 'عمر', familyName: 'الخطيب', motherTongues: ['ar'], programme: 'introduction', startDate: '2026-08-17' },
  { givenName: 'Salma', familyName: 'Naser', motherTongues: ['ar', 'ckb'], programme: 'jobbsjansen', startDate: '2026-08-24' },
  { givenName: 'ሄለን', familyName: 'ተስፋይ', motherTongues: ['ti'], programme: 'introduction', startDate: '2026-08-17' },
  { givenName: 'ዳዊት', familyName: 'ገብረሚካኤል', motherTongues: ['ti', 'am'], programme: 'introduction', startDate: '2026-08-17' },
  { givenName: 'Selam', familyName: 'Kidane', motherTongues: ['ti'], programme: 'kvp', startDate: '2026-09-07' },
  { givenName: 'فریبا', familyName: 'رحیمی', motherTongues: ['prs'], programme: 'introduction', startDate: '2026-08-17' },
  { givenName: 'احمد', familyName: 'نوری', motherTongues: ['prs', 'fa'], programme: 'nav', startDate: '2026-08-17' },
  { givenName: 'Zarghuna', familyName: 'Habibi', motherTongues: ['prs'], programme: 'introduction', startDate: '2026-10-05' },
  { givenName: 'Hodan', familyName: 'Warsame', motherTongues: ['so'], programme: 'introduction', startDate: '2026-08-17' },
  { givenName: 'Abdi', familyName: 'Farah', motherTongues: ['so'], programme: 'jobbsjansen', startDate: '2026-08-17' },
  { givenName: 'Ayaan', familyName: 'Jama', motherTongues: ['so'], programme: 'self_paying', startDate: '2026-08-31' },
];

export function createExampleCentre(db: Database): void {
  const existing = db.prepare('SELECT count(*) AS n FROM participant WHERE deleted_at IS NULL').get() as { n: number };
  // The example is for a first look; mixing it into a centre's real data would only confuse.
  if (existing.n > 0) throw new ApiFailure('conflict');

  const teacher = createStaff(db, staffCreateSchema.parse({
    name: 'Ingrid Haugland', role: 'teacher', languages: ['nb', 'en'], positionPercent: 100,
  }));
  const arabicAssistant = createStaff(db, staffCreateSchema.parse({
    name: 'نادية كريم', role: 'assistant', languages: ['ar', 'ckb'], positionPercent: 40,
  }));
  const tigrinyaAssistant = createStaff(db, staffCreateSchema.parse({
    name: 'ዮናስ በርሀ', role: 'assistant', languages: ['ti', 'am'], positionPercent: 30,
  }));
  const course = createCourse(db, courseCreateSchema.parse({
    name: 'Arbeidsrettet norsk A1–A2, høst 2026',
    startDate: '2026-08-17',
    endDate: '2027-06-18',
    levelFrom: 'A1',
    levelTo: 'A2',
    track: 2,
    weekPattern: { mon: 'school', tue: 'practice', wed: 'school', thu: 'practice', fri: 'school' },
    teacherIds: [teacher.id],
    assistantIds: [arabicAssistant.id, tigrinyaAssistant.id],
  }));
  for (const person of exampleParticipants) {
    const participant = createParticipant(db, participantCreateSchema.parse(person));
    enrol(db, course.id, participant.id);
  }
}
