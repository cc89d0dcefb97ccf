import type { Database } from 'better-sqlite3';
import { addDays, addWeeks, format, getDay, parseISO } from 'date-fns';
import { courseCreateSchema, type WeekPattern } from '../../../../shared/domain/courses';
import { goalCreateSchema, goalDomains, goalSkills, goalTrades } from '../../../../shared/domain/goals';
import { lessonCreateSchema } from '../../../../shared/domain/lessons';
import { participantCreateSchema, programmes } from '../../../../shared/domain/participants';
import { placementCreateSchema, practiceSiteCreateSchema, practiceTrades } from '../../../../shared/domain/practice';
import { staffCreateSchema } from '../../../../shared/domain/staff';
import { attendanceStatuses } from '../../../../shared/domain/attendance';
import { newId, now } from '../../db/ids';
import { createCourse } from '../../repositories/courses';
import { insertGoal } from '../../repositories/goals';
import { createParticipant } from '../../repositories/participants';
import { createPlacement, createPracticeSite } from '../../repositories/practice';
import { createStaff } from '../../repositories/staff';
import { createTheme } from '../../repositories/themes';
import { themeCreateSchema } from '../../../../shared/domain/themes';
import { prepareGoalCatalogue } from '../goals/prepare';
import { generateAssessments, type LearnerSpan } from './assessments';
import { generateGlossary } from './glossary';
import { generateMaterials, type PlacementSpan } from './materials';
import { fictionalAssistant, fictionalOrgNumber, fictionalParticipant, fictionalSiteName, fictionalStaffName } from './people';
import { seededRandom, type Random } from './random';
import { withStatementCache } from '../../db/statement-cache';
import { centreSizes, type CentreSize, type CentreSizeName } from './sizes';

export interface GenerateOptions {
  seed?: number;
  /** The school year the centre has reached: the last classes start in August the year before. */
  lastSchoolYearEnd?: number;
  onProgress?: (phase: string) => void;
}

export type GeneratedCounts = Record<
  | 'staff' | 'goals' | 'practiceSites' | 'courses' | 'participants' | 'placements' | 'lessons' | 'attendance'
  | 'assessments' | 'sittings' | 'materials' | 'glossaryTerms' | 'glossaryTranslations',
  number
>;

const practicePattern: WeekPattern = { mon: 'school', tue: 'practice', wed: 'school', thu: 'practice', fri: 'school' };
const schoolPattern: WeekPattern = { mon: 'school', tue: 'school', wed: 'school', thu: 'school', fri: 'school' };
const weekdayKeys = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
/** Practice classes have three school days a week, so they use a third slot to fit their lessons. */
const lessonTimes = [
  ['08:30', '10:00'],
  ['10:15', '11:45'],
  ['12:30', '14:00'],
] as const;
const themeNames = ['Helse og lege', 'På jobben', 'Handle og betale', 'Bolig og nabolag', 'Sikkerhet på arbeidsplassen', 'Samtaler med kolleger'];
const lessonTitles = ['Morgenrutiner', 'På jobben', 'Samtale med fadder', 'Lese oppslag', 'Skrive melding', 'Ord fra praksis', 'Telefonsamtale', 'Helse og lege', 'Handle og betale'];

/**
 * Builds a fictional centre of a given size into an empty database, deterministically
 * from the seed. Each entity's input is checked by the same zod schema the API uses;
 * people, classes, themes and sites go through the repositories (on a connection that
 * compiles each statement once), and the bulk rows (lessons, attendance, levels, material,
 * glossary) are written with prepared statements; all in one transaction.
 */
export function generateCentre(connection: Database, sizeName: CentreSizeName, options: GenerateOptions = {}): GeneratedCounts {
  const db = withStatementCache(connection);
  const size: CentreSize = centreSizes[sizeName];
  const random = seededRandom(options.seed ?? 2026);
  const lastYearEnd = options.lastSchoolYearEnd ?? 2027;
  const progress = options.onProgress ?? (() => undefined);
  prepareGoalCatalogue(db, (error) => {
    throw error;
  });
  const existing = db.prepare('SELECT count(*) FROM participant').pluck().get() as number;
  if (existing > 0) throw new Error('generateCentre needs an empty database');

  return db.transaction((): GeneratedCounts => {
    progress('staff');
    const teachers = Array.from({ length: size.teachers }, () =>
      createStaff(db, staffCreateSchema.parse({ name: fictionalStaffName(random), role: 'teacher', languages: ['nb'], positionPercent: 100 })).id,
    );
    const assistants = Array.from({ length: size.assistants }, () => {
      const assistant = fictionalAssistant(random);
      return createStaff(db, staffCreateSchema.parse({ ...assistant, role: 'assistant', positionPercent: random.pick([30, 40, 50]) })).id;
    });

    progress('goals');
    const catalogueGoals = db.prepare("SELECT id FROM goal WHERE source = 'catalogue'").pluck().all() as string[];
    const teacherGoals = Math.max(0, size.goals - catalogueGoals.length);
    const goalIds = [...catalogueGoals];
    for (let index = 0; index < teacherGoals; index += 1) {
      const goal = goalCreateSchema.parse({
        level: random.pick(['A1', 'A2', 'B1', 'B2'] as const),
        skill: random.pick(goalSkills),
        domain: random.pick(goalDomains),
        trade: random.chance(0.5) ? random.pick(goalTrades) : null,
        textNb: `Kan ${random.pick(['fortelle om', 'spørre om', 'lese', 'skrive', 'forstå'])} ${random.pick(['arbeidsoppgaver', 'vaktlister', 'sikkerhetsregler', 'en avtale', 'pauser', 'verktøy'])} (${index + 1})`,
      });
      goalIds.push(insertGoal(db, 'teacher', { ...goal, grepCode: null, grepId: null, status: 'active' }));
    }

    progress('practice sites');
    const sites = Array.from({ length: size.practiceSites }, (_, index) =>
      createPracticeSite(
        db,
        practiceSiteCreateSchema.parse({
          name: fictionalSiteName(random, index),
          orgNumber: fictionalOrgNumber(random),
          address: `Fiktivveien ${index + 1}, 0000 Eksempelby`,
          trade: random.pick(practiceTrades),
          contacts: [{ name: fictionalStaffName(random), role: 'buddy', phone: '+47 400 00 000', email: '' }],
        }),
      ).id,
    );

    progress('classes and participants');
    const classesPerYear = Math.ceil(size.classes / size.years);
    const participantsPerClass = Math.ceil(size.participants / size.classes);
    const lessonsPerClass = Math.ceil(size.lessons / size.classes);
    // Only lessons already held have attendance; the last school year is mostly ahead.
    const heldShare = Math.max(0.3, (size.years - 0.7) / size.years);
    const attendancePerLesson = Math.max(1, Math.ceil(size.attendanceRows / (size.lessons * heldShare)));
    const counts: GeneratedCounts = {
      staff: teachers.length + assistants.length,
      goals: goalIds.length,
      practiceSites: sites.length,
      courses: 0,
      participants: 0,
      placements: 0,
      lessons: 0,
      attendance: 0,
      assessments: 0,
      sittings: 0,
      materials: 0,
      glossaryTerms: 0,
      glossaryTranslations: 0,
    };
    const themeIds: string[] = [];
    const learners: LearnerSpan[] = [];
    const placements: PlacementSpan[] = [];
    const insertLesson = db.prepare(
      `INSERT INTO lesson (id, course_id, theme_id, date, start_time, end_time, title, body_html, status, locked,
         slot_index, mother_tongue_support, created_at, updated_at)
       VALUES (?, ?, NULL, ?, ?, ?, ?, '', ?, 0, ?, ?, ?, ?)`,
    );
    const insertLessonGoal = db.prepare(
      'INSERT INTO lesson_goal (lesson_id, goal_id, position, created_at, updated_at) VALUES (?, ?, 0, ?, ?)',
    );
    // Enrolments in bulk: the repository's enrol() answers the whole class each time.
    const insertEnrolment = db.prepare('INSERT INTO enrolment (id, course_id, participant_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    const insertAttendance = db.prepare(
      `INSERT INTO attendance (id, lesson_id, participant_id, status, minutes_attended, note, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, '', ?, ?)`,
    );
    const stamp = now();
    const today = format(new Date(), 'yyyy-MM-dd');

    for (let classIndex = 0; classIndex < size.classes; classIndex += 1) {
      if (classIndex % 50 === 0) progress(`class ${classIndex + 1} of ${size.classes}`);
      const yearIndex = Math.min(size.years - 1, Math.floor(classIndex / classesPerYear));
      const startYear = lastYearEnd - size.years + yearIndex;
      const startDate = firstMondayFrom(`${startYear}-08-17`);
      const endDate = `${startYear + 1}-06-18`;
      const withPractice = classIndex % 2 === 0;
      const teacherId = teachers[classIndex % teachers.length] as string;
      const assistantId = assistants[classIndex % assistants.length] as string;
      const course = createCourse(
        db,
        courseCreateSchema.parse({
          name: `${withPractice ? 'Arbeidsrettet norsk' : 'Norsk'} ${random.pick(['A1', 'A2', 'B1'])} ${startYear}/${startYear + 1} gruppe ${(classIndex % classesPerYear) + 1}`,
          startDate,
          endDate,
          levelFrom: 'A1',
          levelTo: 'A2',
          track: random.pick([1, 2, 3] as const),
          weekPattern: withPractice ? practicePattern : schoolPattern,
          teacherIds: [teacherId],
          assistantIds: [assistantId],
        }),
      );
      counts.courses += 1;
      // Three themes of eight weeks from the start; the glossary's terms are linked to them.
      for (let theme = 0; theme < 3; theme += 1) {
        const themeStart = addWeeks(parseISO(startDate), theme * 8);
        themeIds.push(
          createTheme(
            db,
            themeCreateSchema.parse({
              courseId: course.id,
              name: themeNames[(classIndex + theme) % themeNames.length],
              startDate: format(themeStart, 'yyyy-MM-dd'),
              endDate: format(addDays(themeStart, 8 * 7 - 3), 'yyyy-MM-dd'),
            }),
          ).id,
        );
      }

      const members: string[] = [];
      const classSize = Math.min(participantsPerClass, size.participants - counts.participants);
      for (let index = 0; index < classSize; index += 1) {
        const person = fictionalParticipant(random);
        const participant = createParticipant(
          db,
          participantCreateSchema.parse({ ...person, programme: random.pick(programmes), startDate }),
        );
        insertEnrolment.run(newId(), course.id, participant.id, stamp, stamp);
        members.push(participant.id);
        learners.push({ participantId: participant.id, startDate, endDate });
        counts.participants += 1;
        if (withPractice && random.chance(size.placementShare * 2)) {
          const placement = createPlacement(
            db,
            placementCreateSchema.parse({
              participantId: participant.id,
              siteId: random.pick(sites),
              startDate: format(addWeeks(parseISO(startDate), 6), 'yyyy-MM-dd'),
              endDate: format(addWeeks(parseISO(startDate), 26), 'yyyy-MM-dd'),
              weekdays: ['tue', 'thu'],
            }),
          );
          placements.push({
            participantId: participant.id,
            placementId: placement.id,
            siteId: placement.siteId,
            startDate: placement.startDate,
            endDate: placement.endDate,
          });
          counts.placements += 1;
        }
      }

      const supportJson = JSON.stringify({ assistantIds: [assistantId], languages: [] });
      let lessonsLeft = Math.min(lessonsPerClass, size.lessons - counts.lessons);
      for (let day = parseISO(startDate); lessonsLeft > 0 && format(day, 'yyyy-MM-dd') <= endDate; day = addDays(day, 1)) {
        const pattern = withPractice ? practicePattern : schoolPattern;
        const weekday = weekdayKeys[getDay(day)];
        if (weekday === 'sun' || weekday === 'sat' || weekday === undefined || pattern[weekday] !== 'school' || isBreak(day)) continue;
        const date = format(day, 'yyyy-MM-dd');
        for (const [slot, [startTime, endTime]] of lessonTimes.entries()) {
          if (lessonsLeft === 0 || (!withPractice && slot === 2)) break;
          const lesson = lessonCreateSchema.parse({
            courseId: course.id,
            date,
            startTime,
            endTime,
            title: random.pick(lessonTitles),
            status: random.chance(0.02) ? 'cancelled' : 'planned',
          });
          const id = newId();
          const supported = random.chance(0.4);
          insertLesson.run(id, course.id, date, startTime, endTime, lesson.title, lesson.status, slot, supported ? supportJson : null, stamp, stamp);
          if (goalIds.length > 0 && random.chance(0.5)) insertLessonGoal.run(id, random.pick(goalIds), stamp, stamp);
          lessonsLeft -= 1;
          counts.lessons += 1;
          if (date < today && lesson.status === 'planned') {
            counts.attendance += recordAttendance(random, members, attendancePerLesson, size.attendanceRows - counts.attendance, (participantId, status, minutes) =>
              insertAttendance.run(newId(), id, participantId, status, minutes, stamp, stamp),
            );
          }
        }
      }
    }
    progress('assessments');
    const levels = generateAssessments(db, random, learners, size.assessments, today, teachers, stamp);
    counts.assessments = levels.assessments;
    counts.sittings = levels.sittings;
    progress('materials');
    counts.materials = generateMaterials(db, random, placements, size.materials, goalIds, today, options.seed ?? 2026, stamp);
    progress('glossary');
    const glossary = generateGlossary(db, random, size.glossaryTerms, assistants, themeIds, stamp);
    counts.glossaryTerms = glossary.terms;
    counts.glossaryTranslations = glossary.translations;
    progress('done');
    return counts;
  })();
}

/** A few of the class's participants each lesson, in turn, mostly present. */
function recordAttendance(
  random: Random,
  members: readonly string[],
  perLesson: number,
  budget: number,
  write: (participantId: string, status: (typeof attendanceStatuses)[number], minutes: number | null) => void,
): number {
  const count = Math.min(perLesson, members.length, budget);
  const offset = random.int(Math.max(1, members.length));
  for (let index = 0; index < count; index += 1) {
    const participantId = members[(offset + index) % members.length] as string;
    const roll = random.next();
    if (roll < 0.85) write(participantId, 'present', null);
    else if (roll < 0.93) write(participantId, 'absent', null);
    else if (roll < 0.97) write(participantId, 'valid_absence', null);
    else write(participantId, 'partial', 60);
  }
  return Math.max(0, count);
}

function firstMondayFrom(iso: string): string {
  let day = parseISO(iso);
  while (getDay(day) !== 1) day = addDays(day, 1);
  return format(day, 'yyyy-MM-dd');
}

/** Christmas and the summer: no lessons (the real calendar lives in the school year settings). */
function isBreak(day: Date): boolean {
  const month = day.getMonth();
  const date = day.getDate();
  return (month === 11 && date >= 20) || (month === 0 && date < 3) || month === 6;
}
