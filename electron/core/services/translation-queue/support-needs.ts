import type { Database } from 'better-sqlite3';
import type { MotherTongueSupport } from '../../../../shared/domain/lessons';
import { parseStringArray } from '../../db/json';
import { groupByLanguage } from '../language-groups/language-groups';

/** A planned, live lesson with mother-tongue support; its theme only when that is live too. */
export interface SupportedLesson {
  id: string;
  courseId: string;
  themeId: string | null;
  date: string;
  support: MotherTongueSupport;
}

interface Row {
  id: string;
  course_id: string;
  theme_id: string | null;
  date: string;
  mother_tongue_support: string;
}

const selectSupported = `
  SELECT l.id, l.course_id, th.id AS theme_id, l.date, l.mother_tongue_support FROM lesson l
  JOIN course c ON c.id = l.course_id AND c.deleted_at IS NULL
  LEFT JOIN theme th ON th.id = l.theme_id AND th.deleted_at IS NULL
  WHERE l.deleted_at IS NULL AND l.status = 'planned' AND l.mother_tongue_support IS NOT NULL`;

function toSupported(row: Row): SupportedLesson {
  const support = JSON.parse(row.mother_tongue_support) as Partial<MotherTongueSupport>;
  return {
    id: row.id,
    courseId: row.course_id,
    themeId: row.theme_id,
    date: row.date,
    support: {
      assistantIds: Array.isArray(support.assistantIds) ? support.assistantIds : [],
      languages: Array.isArray(support.languages) ? support.languages : [],
    },
  };
}

/** Lessons with support in [from, to], in day order. */
export function supportedLessonsBetween(db: Database, from: string, to: string): SupportedLesson[] {
  const rows = db.prepare(`${selectSupported} AND l.date BETWEEN ? AND ? ORDER BY l.date, l.start_time, l.id`).all(from, to) as Row[];
  return rows.map(toSupported);
}

/** Every lesson with support of a theme, in day order (for the theme's first one). */
export function supportedLessonsOfTheme(db: Database, themeId: string): SupportedLesson[] {
  const rows = db.prepare(`${selectSupported} AND l.theme_id = ? AND th.id IS NOT NULL ORDER BY l.date, l.start_time, l.id`).all(themeId) as Row[];
  return rows.map(toSupported);
}

/** The class's language groups that an assistant of the class covers (as «Språkgrupper» shows them). */
function coveredLanguageGroups(db: Database, courseId: string): string[] {
  const participants = db
    .prepare(
      `SELECT p.id, p.mother_tongues FROM enrolment e JOIN participant p ON p.id = e.participant_id AND p.deleted_at IS NULL
       WHERE e.course_id = ? AND e.deleted_at IS NULL`,
    )
    .all(courseId) as { id: string; mother_tongues: string }[];
  const assistants = db
    .prepare(
      `SELECT s.id, s.languages FROM course_staff cs JOIN staff s ON s.id = cs.staff_id AND s.deleted_at IS NULL
       WHERE cs.course_id = ? AND cs.role = 'assistant' ORDER BY cs.position`,
    )
    .all(courseId) as { id: string; languages: string }[];
  return groupByLanguage(
    participants.map((row) => ({ id: row.id, motherTongues: parseStringArray(row.mother_tongues) })),
    assistants.map((row) => ({ id: row.id, languages: parseStringArray(row.languages) })),
  )
    .groups.filter((group) => group.assistantIds.length > 0)
    .map((group) => group.language);
}

/**
 * Which languages a lesson needs words in: the languages chosen for its support, or, when
 * the teacher chose only who supports it, the class's language groups that an assistant
 * covers (the groups the mother-tongue model forms). Answers are cached per class.
 */
export function supportLanguageResolver(db: Database): (lesson: SupportedLesson) => string[] {
  const byCourse = new Map<string, string[]>();
  const covered = (courseId: string): string[] => {
    let languages = byCourse.get(courseId);
    if (!languages) {
      languages = coveredLanguageGroups(db, courseId);
      byCourse.set(courseId, languages);
    }
    return languages;
  };
  return (lesson) => (lesson.support.languages.length > 0 ? lesson.support.languages : covered(lesson.courseId));
}

/**
 * Who gets a new task: an assistant named on the lesson's support who covers the language,
 * else the class's first assistant who does, else nobody yet.
 */
export function pickAssignee(db: Database, courseId: string, support: MotherTongueSupport, language: string): string | null {
  const covers = (id: string): boolean => {
    const row = db.prepare('SELECT languages FROM staff WHERE id = ? AND deleted_at IS NULL').pluck().get(id) as string | undefined;
    return row !== undefined && parseStringArray(row).includes(language);
  };
  const named = support.assistantIds.find(covers);
  if (named) return named;
  const classAssistants = db
    .prepare(`SELECT staff_id FROM course_staff WHERE course_id = ? AND role = 'assistant' ORDER BY position, staff_id`)
    .pluck()
    .all(courseId) as string[];
  return classAssistants.find(covers) ?? null;
}
