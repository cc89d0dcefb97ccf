import type { TestApi } from '../../helpers/test-api';
import { addCourse } from '../../helpers/fixtures';

/** A class with a theme, as a teacher would have made before the assistants translate. */
export function addTheme(api: TestApi, name = 'På jobb i barnehagen') {
  const course = addCourse(api);
  return api.value('themes.create', { courseId: course.id, name, startDate: '2026-09-01', endDate: '2026-10-30' });
}
