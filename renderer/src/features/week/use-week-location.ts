import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { parseWeek, todayIso, weekOf, type WeekRef } from './week-dates';

const storageKey = 'sprakbro.week.courseId';

function rememberedCourse(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

function remember(courseId: string): void {
  try {
    window.localStorage.setItem(storageKey, courseId);
  } catch {
    // Storage may be off; the class is then only kept in the address.
  }
}

/**
 * Which class and ISO week the planner shows. Both live in the address (#/week?course=…&year=…&week=…),
 * so reload and the back button keep them; the class is also remembered for the next visit,
 * and without a week the planner opens on the current one.
 */
export function useWeekLocation() {
  const [params, setParams] = useSearchParams();
  const courseId = params.get('course') ?? rememberedCourse() ?? '';
  const week = parseWeek(params.get('year'), params.get('week')) ?? weekOf(todayIso());

  const go = useCallback(
    (next: { courseId?: string; week?: WeekRef }) => {
      const course = next.courseId ?? courseId;
      const target = next.week ?? week;
      if (course) remember(course);
      setParams(
        { ...(course ? { course } : {}), year: String(target.isoYear), week: String(target.isoWeek) },
        { replace: next.week === undefined },
      );
    },
    [courseId, setParams, week],
  );

  return { courseId, week, go };
}
