import type { Database } from 'better-sqlite3';
import type { DocumentChoice, DocumentKind, DocumentLanguage } from '../../../../shared/domain/certificates';
import type { Participant } from '../../../../shared/domain/participants';
import type { Course } from '../../../../shared/domain/courses';
import { listPlacements } from '../../repositories/practice';
import { getTrainingPlan } from '../../repositories/practice-follow-up';
import { participantProfile } from '../assessments/profile';
import { hoursLedger } from '../attendance/ledger';
import { siteBuddy } from '../practice/print-data';
import { documentTexts, formatDate, type DocumentTexts } from '../printing/texts';

/** The participant's data for one document, as plain text in the document's language. */
export interface DocumentData {
  values: Record<string, string>;
  lists: Record<string, string[]>;
  rows: Record<string, [string, string][]>;
}

/** At most this many goals: the document stays one page; the rest is counted in a last line. */
const maxGoals = 10;

export const fullName = (person: Pick<Participant, 'givenName' | 'familyName'>): string =>
  [person.givenName, person.familyName].filter((part) => part !== '').join(' ');

const later = (a: string, b: string | null) => (b !== null && b > a ? b : a);
const earlier = (a: string, b: string | null) => (b !== null && b < a ? b : a);

/** The participant's own time in the class: the class period cut to their start and end. */
export function participantPeriod(course: Pick<Course, 'startDate' | 'endDate'>, person: Pick<Participant, 'startDate' | 'endDate'>): { start: string; end: string } {
  const start = later(course.startDate, person.startDate);
  const end = earlier(course.endDate, person.endDate);
  return end >= start ? { start, end } : { start: course.startDate, end: course.endDate };
}

function formatHours(minutes: number, language: DocumentLanguage): string {
  const hours = Math.round((minutes / 60) * 10) / 10;
  const text = Number.isInteger(hours) ? String(hours) : hours.toFixed(1);
  return language === 'en' ? text : text.replace('.', ',');
}

function hoursLine(db: Database, course: Course, person: Participant, texts: DocumentTexts, today: string): string {
  const ledger = hoursLedger(db, { participantId: person.id, courseId: course.id }, today);
  const totals = ledger.courses[0]?.totals;
  if (!totals) return '';
  const planned = totals.plannedMinutes + totals.futureMinutes;
  if (planned === 0) return '';
  return texts.t('certificates.doc.hours', {
    attended: formatHours(totals.attendedMinutes, texts.language),
    planned: formatHours(planned, texts.language),
  });
}

function themesOf(db: Database, courseId: string, period: { start: string; end: string }): string[] {
  return db
    .prepare(
      `SELECT name FROM theme WHERE course_id = ? AND deleted_at IS NULL AND start_date <= ? AND end_date >= ?
       ORDER BY start_date, name`,
    )
    .pluck()
    .all(courseId, period.end, period.start) as string[];
}

function goalsOf(db: Database, courseId: string, period: { start: string; end: string }, texts: DocumentTexts): string[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT g.id, g.level, g.text_nb, g.text_en FROM goal g
       WHERE g.deleted_at IS NULL AND g.id IN (
         SELECT lg.goal_id FROM lesson_goal lg JOIN lesson l ON l.id = lg.lesson_id
         WHERE l.course_id = @courseId AND l.deleted_at IS NULL AND l.status = 'planned' AND l.date BETWEEN @start AND @end
         UNION
         SELECT tg.goal_id FROM theme_goal tg JOIN theme t ON t.id = tg.theme_id
         WHERE t.course_id = @courseId AND t.deleted_at IS NULL AND t.start_date <= @end AND t.end_date >= @start)
       ORDER BY g.level, g.text_nb`,
    )
    .all({ courseId, start: period.start, end: period.end }) as { level: string; text_nb: string; text_en: string }[];
  const lines = rows.map((row) => `${row.level}: ${texts.language === 'en' && row.text_en !== '' ? row.text_en : row.text_nb}`);
  if (lines.length <= maxGoals) return lines;
  return [...lines.slice(0, maxGoals), texts.t('certificates.doc.moreGoals', { count: lines.length - maxGoals })];
}

const levelLabel = (level: string, texts: DocumentTexts): string => {
  const label = texts.t(`assessments.levels.${level}`);
  return label.startsWith('assessments.') ? level : label;
};

function levelRows(db: Database, person: Participant, texts: DocumentTexts, today: string, official: boolean): [string, string][] {
  const profile = participantProfile(db, person.id, today);
  return profile.standings.flatMap((standing): [string, string][] => {
    const level = official ? standing.official : standing.current;
    if (!level) return [];
    const label = official ? texts.t(`assessments.parts.${skillToPart[standing.skill]}`) : texts.t(`assessments.skills.${standing.skill}`);
    const value = official ? `${levelLabel(level.level, texts)} (${formatDate(level.date)})` : levelLabel(level.level, texts);
    return [[label, value]];
  });
}

const skillToPart: Readonly<Record<string, string>> = {
  lese: 'leseforstaelse',
  lytte: 'lytteforstaelse',
  skrive: 'skriftlig',
  muntlig: 'muntlig',
};

function weekdaySentence(days: readonly string[], texts: DocumentTexts): string {
  const names = days.map((day) => texts.t(`followUp.print.weekdays.${day}`));
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${texts.t('followUp.print.and')} ${names.at(-1) ?? ''}`;
}

/** The participant's placement for the document: the latest one that overlaps the class, else the latest. */
function placementFor(db: Database, participantId: string, period: { start: string; end: string }) {
  const placements = listPlacements(db, { participantId }).sort((a, b) => b.startDate.localeCompare(a.startDate));
  return placements.find((placement) => placement.startDate <= period.end && placement.endDate >= period.start) ?? placements[0];
}

function practiceData(db: Database, participantId: string, period: { start: string; end: string }, texts: DocumentTexts, data: DocumentData): void {
  const placement = placementFor(db, participantId, period);
  if (!placement) return;
  data.values.site = placement.siteName;
  data.values.sitePeriod = `${formatDate(placement.startDate)}–${formatDate(placement.endDate)}`;
  if (placement.weekdays.length > 0) {
    data.values.daysPerWeek = texts.t('certificates.doc.daysPerWeek', { count: placement.weekdays.length, days: weekdaySentence(placement.weekdays, texts) });
  }
  const buddy = siteBuddy(db, placement.siteId);
  if (buddy) data.values.buddy = [buddy.name, buddy.phone, buddy.email].filter((part) => part !== '').join(' · ');
  data.lists.tasks = getTrainingPlan(db, placement.id).tasks.map((task) => task.text).filter((text) => text !== '');
}

export interface GatherInput {
  kind: DocumentKind;
  language: DocumentLanguage;
  course: Course;
  person: Participant;
  choice: DocumentChoice;
  today: string;
}

/** Everything a document of this kind can show about this participant; what is missing stays out. */
export function gatherDocumentData(db: Database, input: GatherInput): DocumentData {
  const { kind, course, person, choice, today } = input;
  const texts = documentTexts(input.language);
  const period = participantPeriod(course, person);
  const data: DocumentData = { values: {}, lists: {}, rows: {} };
  data.values.name = fullName(person);
  data.values.course = course.name;
  data.values.period = `${formatDate(period.start)}–${formatDate(period.end)}`;
  if (choice.ownLanguageLine !== '') data.values.ownLanguageLine = choice.ownLanguageLine;

  if (kind === 'course' || kind === 'endLetter' || kind === 'diploma') {
    const hours = hoursLine(db, course, person, texts, today);
    if (hours !== '') data.values.hours = hours;
  }
  if (kind === 'course') {
    data.values.trainingType = texts.t(`participants.programmes.${person.programme}`);
    data.lists.goals = goalsOf(db, course.id, period, texts);
    if (choice.includeLevels) data.rows.levels = levelRows(db, person, texts, today, false);
  }
  if (kind === 'course' || kind === 'endLetter') {
    data.lists.themes = themesOf(db, course.id, period);
    if (choice.endedEarlyReason !== '') data.values.endedEarly = choice.endedEarlyReason;
  }
  if (kind === 'diploma' && choice.includeNorskprove) data.rows.norskprove = levelRows(db, person, texts, today, true);
  if (kind === 'endLetter' && choice.nextSteps !== '') data.values.nextSteps = choice.nextSteps;
  if (kind === 'practice') practiceData(db, person.id, period, texts, data);
  return data;
}
