import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import { addDays } from '../../../../shared/domain/calendar/dates';
import type { PackageFile, PackedGlossary, PackedPlans, PackedTranslation } from '../../../../shared/domain/exchange';
import { invalidField } from '../../db/errors';
import { newId, now } from '../../db/ids';
import { getCourse } from '../../repositories/courses';
import { installId, insertSentPackage } from '../../repositories/exchange-packages';
import { listThemes } from '../../repositories/themes';
import { lessonsBetween, staffById } from '../printing/plan-data';
import { localToday } from '../printing/layout';
import { encodePackageData, newSecret, writeOutgoingPackage } from './package-format';
import { packageFileName } from './file-name';

interface TermRow {
  id: string;
  term: string;
  word_class: PackedGlossary['terms'][number]['wordClass'];
  example: string;
  theme_ids: string;
  lesson_ids: string;
}

type TranslationRow = PackedTranslation & { term_id: string };

/** The live terms linked to any of the themes or lessons, with their links and translations. */
function glossaryFor(db: Database, themeIds: readonly string[], lessonIds: readonly string[]): PackedGlossary {
  const terms = db
    .prepare(
      `SELECT g.id, g.term, g.word_class, g.example,
         (SELECT json_group_array(theme_id) FROM glossary_term_theme WHERE term_id = g.id) AS theme_ids,
         (SELECT json_group_array(lesson_id) FROM glossary_term_lesson WHERE term_id = g.id) AS lesson_ids
       FROM glossary_term g
       WHERE g.deleted_at IS NULL AND (
         g.id IN (SELECT term_id FROM glossary_term_theme WHERE theme_id IN (SELECT value FROM json_each(?)))
         OR g.id IN (SELECT term_id FROM glossary_term_lesson WHERE lesson_id IN (SELECT value FROM json_each(?))))
       ORDER BY g.term COLLATE NOCASE, g.id`,
    )
    .all(JSON.stringify(themeIds), JSON.stringify(lessonIds)) as TermRow[];
  const translations = db
    .prepare(
      `SELECT id, term_id, language, text, transliteration, example, direction, status FROM glossary_translation
       WHERE deleted_at IS NULL AND term_id IN (SELECT value FROM json_each(?)) ORDER BY language`,
    )
    .all(JSON.stringify(terms.map((term) => term.id))) as TranslationRow[];
  const byTerm = new Map<string, PackedTranslation[]>();
  for (const { term_id, ...translation } of translations) byTerm.set(term_id, [...(byTerm.get(term_id) ?? []), translation]);
  // Links to themes and lessons outside the package mean nothing on the assistant's laptop.
  const themes = new Set(themeIds);
  const lessons = new Set(lessonIds);
  return {
    terms: terms.map((term) => ({
      id: term.id,
      term: term.term,
      wordClass: term.word_class,
      example: term.example,
      themeIds: (JSON.parse(term.theme_ids) as string[]).filter((id) => themes.has(id)),
      lessonIds: (JSON.parse(term.lesson_ids) as string[]).filter((id) => lessons.has(id)),
      translations: byTerm.get(term.id) ?? [],
    })),
  };
}

function goalTexts(db: Database, goalIds: readonly string[]): Map<string, string> {
  const rows = db
    .prepare(`SELECT id, text_nb FROM goal WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(goalIds)) as { id: string; text_nb: string }[];
  return new Map(rows.map((row) => [row.id, row.text_nb]));
}

/**
 * «Pakke til assistent»: the class's lessons and themes of the coming weeks with their goals
 * and mother-tongue support, and every glossary term linked to them with its translations.
 * Lesson texts and anything about participants stay at the centre. The package is recorded
 * with its secret and the translations as they are now, the base for finding conflicts.
 */
export function exportPackage(db: Database, input: ParsedInput<'exchange.export'>): PackageFile {
  const course = getCourse(db, input.courseId);
  const staff = staffById(db);
  const assistant = staff.get(input.assistantId);
  if (!assistant) throw invalidField('assistantId', 'unknownStaff');
  const from = input.from ?? localToday();
  const to = addDays(from, input.weeks * 7 - 1);

  const themes = listThemes(db, { courseId: course.id }).filter((theme) => theme.startDate <= to && theme.endDate >= from);
  const lessons = lessonsBetween(db, course.id, from, to);
  const goals = goalTexts(db, [...new Set(lessons.flatMap((lesson) => lesson.goalIds))]);
  const plans: PackedPlans = {
    course: { id: course.id, name: course.name },
    assistant: { id: assistant.id, name: assistant.name, languages: assistant.languages },
    from,
    to,
    themes: themes.map((theme) => ({
      id: theme.id,
      name: theme.name,
      startDate: theme.startDate,
      endDate: theme.endDate,
      keyWords: theme.keyWords,
      note: theme.note,
    })),
    lessons: lessons.map((lesson) => ({
      id: lesson.id,
      date: lesson.date,
      startTime: lesson.startTime,
      endTime: lesson.endTime,
      title: lesson.title,
      // A lesson whose theme ended before the package's first day still names it.
      themeId: lesson.themeId !== null && themes.some((theme) => theme.id === lesson.themeId) ? lesson.themeId : null,
      cancelled: lesson.status === 'cancelled',
      support: lesson.support
        ? {
            names: lesson.support.assistantIds.map((id) => staff.get(id)?.name).filter((name): name is string => Boolean(name)),
            languages: lesson.support.languages,
          }
        : null,
      goals: lesson.goalIds.map((id) => goals.get(id)).filter((text): text is string => Boolean(text)),
    })),
  };
  const themeIds = plans.themes.map((theme) => theme.id);
  const lessonIds = plans.lessons.map((lesson) => lesson.id);
  const glossary = glossaryFor(db, themeIds, lessonIds);

  const packageId = newId();
  const createdAt = now();
  const secret = newSecret();
  const zip = writeOutgoingPackage({ packageId, centreId: installId(db), createdAt, secret }, plans, glossary);
  insertSentPackage(
    db,
    { id: packageId, courseId: course.id, assistantId: assistant.id, assistantName: assistant.name, secret, from, to, createdAt,
      contents: { lessonIds, themeIds, termIds: glossary.terms.map((term) => term.id) } },
    glossary.terms.flatMap((term) => term.translations.map((translation) => ({ ...translation, termId: term.id }))),
  );
  return {
    packageId,
    fileName: packageFileName(`Sprakbro-pakke ${course.name} ${assistant.name} ${from}`),
    data: encodePackageData(zip),
    size: zip.length,
    lessonCount: lessons.length,
    termCount: glossary.terms.length,
  };
}
