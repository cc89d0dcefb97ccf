import type { TestApi } from '../../helpers/test-api';
import { addCourse, addParticipant, addStaff } from '../../helpers/fixtures';

/**
 * A class in the mother-tongue model, all made up: an Arabic and a Tigrinya assistant, two
 * participants per language, and a second class with its own Somali assistant. Today is
 * Monday 14 September 2026; the theme «På jobb i barnehagen» runs for the next weeks.
 */
export const today = '2026-09-14';

export function supportClass(api: TestApi) {
  const teacher = addStaff(api, { name: 'Ingrid Haugland', role: 'teacher' });
  const arabic = addStaff(api, { name: 'نادية كريم', role: 'assistant', languages: ['ar', 'ckb'], positionPercent: 40 });
  const tigrinya = addStaff(api, { name: 'ዮናስ በርሀ', role: 'assistant', languages: ['ti'], positionPercent: 30 });
  const somali = addStaff(api, { name: 'Hodan Abdi', role: 'assistant', languages: ['so'], positionPercent: 30 });
  const course = addCourse(api, { name: 'Norsk A1 barnehage', teacherIds: [teacher.id], assistantIds: [arabic.id, tigrinya.id] });
  const other = addCourse(api, { name: 'Norsk A2 lager', assistantIds: [somali.id] });
  for (const [givenName, language] of [['ليلى', 'ar'], ['عمر', 'ar'], ['ሄለን', 'ti'], ['ዳዊት', 'ti']] as const) {
    api.value('courses.enrol', { courseId: course.id, participantId: addParticipant(api, { givenName, motherTongues: [language] }).id });
  }
  api.value('courses.enrol', { courseId: other.id, participantId: addParticipant(api, { givenName: 'Abdi', motherTongues: ['so'] }).id });
  const theme = api.value('themes.create', { courseId: course.id, name: 'På jobb i barnehagen', startDate: '2026-09-14', endDate: '2026-10-30' });
  const lesson = (date: string, title: string, extra: Record<string, unknown> = {}) =>
    api.value('lessons.create', { courseId: course.id, date, startTime: '09:00', endTime: '11:30', title, ...extra });
  return { teacher, arabic, tigrinya, somali, course, other, theme, lesson };
}

export const queue = (api: TestApi, input: Record<string, unknown> = {}) =>
  api.value('translationTasks.list', { today, ...input }).tasks;
