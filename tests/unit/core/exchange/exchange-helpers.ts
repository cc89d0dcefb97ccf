import { unzipSync, zipSync } from 'fflate';
import type { PackageFile } from '../../../../shared/domain/exchange';
import { addCourse, addStaff } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';

/**
 * A centre with one class, an Arabic/Tigrinya assistant, a theme in September 2026 with two
 * lessons and three glossary terms (fictional data), and a second, empty database: the
 * assistant's own laptop.
 */
export function centreAndLaptop() {
  const centre = createTestApi();
  const laptop = createTestApi();
  const assistant = addStaff(centre, { name: 'Selam Tesfay', role: 'assistant', languages: ['ar', 'ti'] });
  const course = addCourse(centre, { name: 'Norsk A1 morgen', assistantIds: [assistant.id] });
  const theme = centre.value('themes.create', { courseId: course.id, name: 'Barnehage', startDate: '2026-09-14', endDate: '2026-09-25', keyWords: ['bleie', 'matpakke'] });
  const lesson = centre.value('lessons.create', {
    courseId: course.id, date: '2026-09-15', startTime: '09:00', endTime: '11:00', title: 'Levere i barnehagen', themeId: theme.id,
    support: { assistantIds: [assistant.id], languages: ['ar'] },
  });
  centre.value('lessons.create', { courseId: course.id, date: '2026-09-17', startTime: '09:00', endTime: '11:00', title: 'Foreldremøte', themeId: theme.id });
  const diaper = centre.value('glossary.create', { term: 'bleie', themeIds: [theme.id] });
  const lunchbox = centre.value('glossary.create', { term: 'matpakke', themeIds: [theme.id] });
  const nap = centre.value('glossary.create', { term: 'hvilestund', lessonIds: [lesson.id] });
  // Not linked to the class: stays out of the package.
  const other = centre.value('glossary.create', { term: 'lønnsslipp' });
  const diaperAr = centre.value('glossary.translations.create', { termId: diaper.id, language: 'ar', text: 'حفاضة' });
  const lunchboxAr = centre.value('glossary.translations.create', { termId: lunchbox.id, language: 'ar', text: 'علبة الغداء' });
  const exportInput = { courseId: course.id, assistantId: assistant.id, from: '2026-09-14', weeks: 2 };
  return { centre, laptop, assistant, course, theme, lesson, terms: { diaper, lunchbox, nap, other }, translations: { diaperAr, lunchboxAr }, exportInput };
}

export const closeAll = (...apis: TestApi[]) => apis.forEach((api) => api.db.close());

/** The package's files, to change them the way a forger or a broken copy would. */
export const filesOf = (file: Pick<PackageFile, 'data'>) => unzipSync(new Uint8Array(Buffer.from(file.data, 'base64')));
export const toData = (files: Record<string, Uint8Array>) => Buffer.from(zipSync(files)).toString('base64');
export const json = (bytes: Uint8Array | undefined): unknown => JSON.parse(new TextDecoder().decode(bytes));
export const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
