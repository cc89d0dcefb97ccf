import type { MethodInput } from '../../../../shared/api/contract';
import type { WeekPattern } from '../../../../shared/domain/courses';
import { addCourse } from '../../helpers/fixtures';
import type { TestApi } from '../../helpers/test-api';

export const workPattern: WeekPattern = { mon: 'school', tue: 'practice', wed: 'school', thu: 'practice', fri: 'school' };
export const fullWeek: WeekPattern = { mon: 'school', tue: 'school', wed: 'school', thu: 'school', fri: 'school' };

/** A class 2026-08-17 – 2027-06-18 with the given pattern. */
export const addClass = (api: TestApi, weekPattern: WeekPattern = fullWeek) => addCourse(api, { weekPattern });

export const addLesson = (api: TestApi, courseId: string, date: string, extra: Partial<MethodInput<'lessons.create'>> = {}) =>
  api.value('lessons.create', { courseId, date, startTime: '09:00', endTime: '11:30', title: `Økt ${date}`, ...extra });

export const dateOf = (api: TestApi, id: string) => api.value('lessons.get', { id }).date;

/** A school year covering the test class, with one break or closure. */
export function addClosure(api: TestApi, startDate: string, endDate: string, kind: 'break' | 'closure', name: string, courseId?: string) {
  const years = api.value('calendar.schoolYears.list', {});
  const year = years[0] ?? api.value('calendar.schoolYears.create', { name: '2026/2027', startDate: '2026-08-01', endDate: '2027-07-31' });
  return api.value('calendar.closures.create', { schoolYearId: year.id, startDate, endDate, kind, name, ...(courseId ? { courseId } : {}) });
}

export const addGoal = (api: TestApi, textNb = 'Kan lese en vaktliste') =>
  api.value('goals.create', { level: 'A1', skill: 'lese', domain: 'arbeidsliv', textNb });
