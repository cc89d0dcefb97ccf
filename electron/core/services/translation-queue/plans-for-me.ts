import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import { addDays, eachDay, isWeekend } from '../../../../shared/domain/calendar/dates';
import { plansForMeDays, type PlanDay, type PlanLesson, type PlansForMe } from '../../../../shared/domain/translation-queue';
import { getGoal } from '../../repositories/goals';
import { getStaff } from '../../repositories/staff';
import { closedDays } from '../calendar/school-days';
import { coursePlan, patternKind } from '../lessons/course-plan';
import { localToday } from '../printing/layout';
import { lessonsBetween, staffById } from '../printing/plan-data';
import { isOwnCourse } from './own-classes';

/**
 * «Planer for meg»: the coming two weeks of every class an assistant works in, day by day,
 * with every lesson, those without mother-tongue support too (the assistants want the plans
 * for the days they are not there as well), and the days the class is not at school.
 */
export function plansForMe(db: Database, input: ParsedInput<'plansForMe.get'>, limit?: string): PlansForMe {
  const me = getStaff(db, input.staffId);
  const from = input.from ?? localToday();
  const to = addDays(from, plansForMeDays - 1);
  const mine = db
    .prepare(
      `SELECT c.id, c.name FROM course_staff cs JOIN course c ON c.id = cs.course_id AND c.deleted_at IS NULL
       WHERE cs.staff_id = ? AND cs.role = 'assistant' ORDER BY c.name, c.id`,
    )
    .all(me.id) as { id: string; name: string }[];
  // A signed-in assistant looking at a colleague's plans sees only the classes they share.
  const courses = mine.filter((course) => !limit || isOwnCourse(db, limit, course.id));
  const staff = staffById(db);
  const goalCache = new Map<string, PlanLesson['goals'][number] | null>();
  const goalOf = (id: string) => {
    if (!goalCache.has(id)) {
      try {
        const goal = getGoal(db, id, true);
        goalCache.set(id, { id, textNb: goal.textNb, textEn: goal.textEn, level: goal.level });
      } catch {
        goalCache.set(id, null);
      }
    }
    return goalCache.get(id) ?? null;
  };

  const days = new Map<string, PlanDay>(
    eachDay(from, to)
      .filter((date) => !isWeekend(date))
      .map((date) => [date, { date, notAtSchool: [], lessons: [], hasSupport: false }]),
  );
  for (const course of courses) {
    const plan = coursePlan(db, course.id);
    const closed = closedDays(db, from, to, course.id);
    const lessons = lessonsBetween(db, course.id, from, to).filter((lesson) => lesson.status === 'planned');
    for (const day of days.values()) {
      const ofDay = lessons.filter((lesson) => lesson.date === day.date);
      const closedDay = closed.get(day.date);
      const kind = patternKind(plan, day.date);
      const outside = day.date < plan.startDate || day.date > plan.endDate;
      if (ofDay.length === 0 && (closedDay || kind !== 'school' || outside)) {
        day.notAtSchool.push({
          courseId: course.id,
          courseName: course.name,
          reason: outside ? 'outsideCourse' : closedDay ? closedDay.kind : kind === 'practice' ? 'practice' : 'none',
          name: closedDay?.name ?? '',
          ...(closedDay?.holidayKey ? { holidayKey: closedDay.holidayKey } : {}),
        });
        continue;
      }
      for (const lesson of ofDay) {
        const support = lesson.support
          ? {
              languages: lesson.support.languages,
              assistantNames: lesson.support.assistantIds.map((id) => staff.get(id)?.name).filter((name): name is string => Boolean(name)),
              includesMe:
                lesson.support.assistantIds.includes(me.id) ||
                (lesson.support.assistantIds.length === 0 && lesson.support.languages.some((code) => me.languages.includes(code))),
            }
          : null;
        day.lessons.push({
          id: lesson.id,
          courseId: course.id,
          courseName: course.name,
          startTime: lesson.startTime,
          endTime: lesson.endTime,
          title: lesson.title,
          themeId: lesson.themeId,
          themeName: lesson.themeName,
          goals: lesson.goalIds.map(goalOf).filter((goal) => goal !== null),
          bodyHtml: lesson.bodyHtml,
          support,
        });
      }
    }
  }
  for (const day of days.values()) {
    day.lessons.sort((a, b) => a.startTime.localeCompare(b.startTime) || a.courseName.localeCompare(b.courseName));
    day.hasSupport = day.lessons.some((lesson) => lesson.support !== null);
  }
  return { staffId: me.id, staffName: me.name, from, to, courses, days: [...days.values()] };
}
