import type { Database } from 'better-sqlite3';
import { addDays, daysBetween } from '../../../../shared/domain/calendar/dates';
import type { CopyItem, CopySkip, CopyWarning, LessonCopyResult } from '../../../../shared/domain/copy-plan';
import type { Lesson, MotherTongueSupport } from '../../../../shared/domain/lessons';
import type { Theme } from '../../../../shared/domain/themes';
import { invalidField } from '../../db/errors';
import { now } from '../../db/ids';
import { insertLesson } from '../../repositories/lessons';
import { createTheme } from '../../repositories/themes';
import { closedDays } from '../calendar/school-days';
import { blockedReason, indexMap, sourceSchoolDays, targetSchoolDays } from './copy-days';
import { checkedMonday, readSource, type CopyInput, type CopySource } from './copy-sources';
import { coursePlan, type CoursePlan } from './course-plan';

/**
 * «Kopier plan». What a teacher expects, and what this does:
 * - Day and week: each lesson keeps its weekday (a day goes to the chosen day). A target day
 *   that is not a school day of the target class (its pattern, a holiday, a break, a closure,
 *   outside its course) is reported and its lessons skipped, never moved to another day.
 * - Theme and period: by school-day index, each class with its own pattern and closures, so
 *   the 12th school day of the source stays the 12th school day from the target start.
 *   Themes are copied with their dates shifted the same way.
 * - Copies are planned and unlocked; cancelled lessons are not copied (they were replaced).
 *   Title, times, text and goals come along; a theme only when the target class has it (or
 *   it is copied too); assistants only when they work in the target class, else their
 *   languages stay and the preview warns.
 * - Copies go after the lessons a target day already has. The preview changes nothing; the
 *   commit computes the same plan again and stores it in the dispatcher's one transaction.
 */

interface PlannedLesson {
  source: Lesson;
  targetDate: string;
  themeId: string | null;
  /** The source theme whose copy this lesson joins, for theme and period copies. */
  copiedThemeId: string | null;
  support: MotherTongueSupport | null;
}

interface PlannedTheme {
  source: Theme;
  startDate: string;
  endDate: string;
}

interface CopyPlan {
  result: LessonCopyResult;
  lessons: PlannedLesson[];
  themes: PlannedTheme[];
}

/** Where each source lesson goes: a date, or why it cannot go. */
type Placement = { date: string } | { skip: Omit<CopySkip, 'sourceId' | 'sourceDate' | 'title'> };

function courseAssistants(db: Database, courseId: string): Set<string> {
  const ids = db
    .prepare(
      `SELECT cs.staff_id FROM course_staff cs JOIN staff s ON s.id = cs.staff_id AND s.deleted_at IS NULL
       WHERE cs.course_id = ? AND cs.role = 'assistant'`,
    )
    .pluck()
    .all(courseId) as string[];
  return new Set(ids);
}

/** Fixed-offset placement (day, week): the target day must itself be a school day of the target class. */
function placeByOffset(db: Database, target: CoursePlan, source: CopySource, targetFrom: string) {
  const offset = daysBetween(source.from, targetFrom);
  const closed = closedDays(db, targetFrom, addDays(source.to, offset), target.id);
  return (lesson: Lesson): Placement => {
    const date = addDays(lesson.date, offset);
    const blocked = blockedReason(target, closed, date);
    return blocked ? { skip: { targetDate: date, ...blocked } } : { date };
  };
}

/** School-day-index placement (theme, period). */
function placeByIndex(db: Database, target: CoursePlan, source: CopySource, targetStart: string) {
  if (targetStart < target.startDate || targetStart > target.endDate) throw invalidField('targetStartDate', 'outsideCourse');
  const sourceDays = sourceSchoolDays(db, source.plan, source.from, source.to);
  const targetDays = targetSchoolDays(db, target, targetStart, sourceDays.length);
  const map = indexMap(sourceDays, targetDays);
  const place = (lesson: Lesson): Placement => {
    const date = map.get(lesson.date);
    if (date === undefined) return { skip: { targetDate: null, reason: 'sourceNotSchoolDay', name: '' } };
    if (date === null) return { skip: { targetDate: null, reason: 'outsideCourse', name: '' } };
    return { date };
  };
  // A theme keeps its first and last school day inside the source period; the end is cut where the target class ends.
  const placeTheme = (theme: Theme): PlannedTheme | null => {
    const from = theme.startDate > source.from ? theme.startDate : source.from;
    const to = theme.endDate < source.to ? theme.endDate : source.to;
    const first = sourceDays.findIndex((date) => date >= from);
    const last = sourceDays.findLastIndex((date) => date <= to);
    const startDate = targetDays[first === -1 || last < first ? 0 : first];
    if (startDate === undefined) return null;
    const endDate = first === -1 || last < first ? startDate : (targetDays[Math.min(last, targetDays.length - 1)] ?? startDate);
    return { source: theme, startDate, endDate };
  };
  return { place, placeTheme };
}

function supportFor(support: MotherTongueSupport | null, assistants: ReadonlySet<string>, warnings: CopyWarning[]) {
  if (support === null) return null;
  const kept = support.assistantIds.filter((id) => assistants.has(id));
  if (kept.length < support.assistantIds.length) warnings.push('assistantsDropped');
  return { assistantIds: kept, languages: support.languages };
}

export function planCopy(db: Database, input: CopyInput): CopyPlan {
  const target = coursePlan(db, input.targetCourseId, 'targetCourseId');
  const source = readSource(db, input);
  const assistants = courseAssistants(db, target.id);

  let place: (lesson: Lesson) => Placement;
  const themes: PlannedTheme[] = [];
  const skippedThemes: LessonCopyResult['skippedThemes'] = [];
  if (input.kind === 'day') {
    place = placeByOffset(db, target, source, input.targetDate ?? input.date);
  } else if (input.kind === 'week') {
    const monday = checkedMonday(input.targetIsoYear ?? input.isoYear, input.targetIsoWeek ?? input.isoWeek, 'targetIsoWeek');
    place = placeByOffset(db, target, source, monday);
  } else {
    const byIndex = placeByIndex(db, target, source, input.targetStartDate);
    place = byIndex.place;
    for (const theme of source.themes) {
      const placed = byIndex.placeTheme(theme);
      if (placed) themes.push(placed);
      else skippedThemes.push({ sourceId: theme.id, name: theme.name });
    }
  }

  const copiedThemes = new Set(themes.map((theme) => theme.source.id));
  const items: CopyItem[] = [];
  const skipped: CopySkip[] = [];
  const lessons: PlannedLesson[] = [];
  for (const lesson of source.lessons) {
    const described = { sourceId: lesson.id, sourceDate: lesson.date, title: lesson.title };
    if (lesson.status === 'cancelled') {
      skipped.push({ ...described, targetDate: null, reason: 'cancelled', name: '' });
      continue;
    }
    const placement = place(lesson);
    if ('skip' in placement) {
      skipped.push({ ...described, ...placement.skip });
      continue;
    }
    const warnings: CopyWarning[] = [];
    const copiedThemeId = lesson.themeId !== null && copiedThemes.has(lesson.themeId) ? lesson.themeId : null;
    // Themes belong to one class: the link survives only inside the same class (or to the theme's copy).
    const themeId = copiedThemeId === null && source.plan.id === target.id ? lesson.themeId : null;
    if (lesson.themeId !== null && copiedThemeId === null && themeId === null) warnings.push('themeDropped');
    const support = supportFor(lesson.support, assistants, warnings);
    lessons.push({ source: lesson, targetDate: placement.date, themeId, copiedThemeId, support });
    items.push({
      ...described, targetDate: placement.date, startTime: lesson.startTime, endTime: lesson.endTime, warnings,
    });
  }

  const count = db.prepare('SELECT count(*) FROM lesson WHERE course_id = ? AND date = ? AND deleted_at IS NULL').pluck();
  const conflicts = [...new Set(items.map((item) => item.targetDate))]
    .map((date) => ({ date, existing: count.get(target.id, date) as number }))
    .filter((conflict) => conflict.existing > 0);

  return {
    result: {
      kind: input.kind,
      targetCourseId: target.id,
      items,
      skipped,
      conflicts,
      themes: themes.map((theme) => ({
        sourceId: theme.source.id, name: theme.source.name, startDate: theme.startDate, endDate: theme.endDate,
      })),
      skippedThemes,
      createdLessonIds: [],
      createdThemeIds: [],
    },
    lessons,
    themes,
  };
}

/** The preview: what a commit with the same input would do. Reads only. */
export const previewCopy = (db: Database, input: CopyInput): LessonCopyResult => planCopy(db, input).result;

/** Stores the copy; the dispatcher's transaction makes it all-or-nothing. Returns the new ids for undo. */
export function commitCopy(db: Database, input: CopyInput): LessonCopyResult {
  const plan = planCopy(db, input);
  const stamp = now();
  const themeIds = new Map<string, string>();
  for (const theme of plan.themes) {
    const created = createTheme(db, {
      courseId: plan.result.targetCourseId,
      name: theme.source.name,
      startDate: theme.startDate,
      endDate: theme.endDate,
      keyWords: theme.source.keyWords,
      goalIds: [...theme.source.goalIds],
      note: theme.source.note,
    });
    themeIds.set(theme.source.id, created.id);
  }
  // Source order (date, slot) is kept, and insertLesson appends after a day's existing lessons.
  const lessonIds = plan.lessons.map((lesson) =>
    insertLesson(db, {
      courseId: plan.result.targetCourseId,
      date: lesson.targetDate,
      startTime: lesson.source.startTime,
      endTime: lesson.source.endTime,
      title: lesson.source.title,
      themeId: lesson.copiedThemeId === null ? lesson.themeId : (themeIds.get(lesson.copiedThemeId) ?? null),
      goalIds: lesson.source.goalIds,
      support: lesson.support,
      bodyHtml: lesson.source.bodyHtml,
      locked: false,
      status: 'planned',
    }, stamp),
  );
  return { ...plan.result, createdLessonIds: lessonIds, createdThemeIds: [...themeIds.values()] };
}

/** Undo of a copy: moves the new lessons and themes to the bin; rows already there are left as they are. */
export function deleteMany(db: Database, input: { ids: readonly string[]; themeIds: readonly string[] }): { deleted: number } {
  const stamp = now();
  let deleted = 0;
  for (const table of ['lesson', 'theme'] as const) {
    const ids = table === 'lesson' ? input.ids : input.themeIds;
    const update = db.prepare(`UPDATE ${table} SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL`);
    for (const id of ids) deleted += update.run(stamp, stamp, id).changes;
  }
  return { deleted };
}
