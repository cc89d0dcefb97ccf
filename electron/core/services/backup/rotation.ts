import { format, getISOWeek, getISOWeekYear, startOfDay, subDays, subMonths, subWeeks } from 'date-fns';

/**
 * How many of each kind of snapshot rotation keeps: the newest one of each day, week and
 * month, and besides those every snapshot of the last day (so this morning's is still
 * there in the afternoon, when someone notices what went wrong at lunch).
 */
export const rotationPolicy = { recentHours: 24, daily: 7, weekly: 4, monthly: 12 } as const;

export interface DatedSnapshot {
  id: string;
  takenAt: Date;
}

const dayKey = (date: Date): string => format(date, 'yyyy-MM-dd');
const weekKey = (date: Date): string => `${getISOWeekYear(date)}-W${getISOWeek(date)}`;
const monthKey = (date: Date): string => format(date, 'yyyy-MM');

/**
 * The snapshots rotation keeps: for each of the last 7 days, the last 4 ISO weeks and the
 * last 12 months (counting the current one), the newest snapshot taken in it, and every
 * snapshot of the last 24 hours. A snapshot may count for several (today's newest is also
 * this week's and this month's). Snapshots from the future (a clock that was wrong) are
 * kept rather than guessed about.
 */
export function snapshotsToKeep(snapshots: readonly DatedSnapshot[], now: Date): Set<string> {
  const newestFirst = [...snapshots].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const recentFrom = now.getTime() - rotationPolicy.recentHours * 3600_000;
  const keep = new Set<string>(
    newestFirst.filter((snapshot) => snapshot.takenAt.getTime() > recentFrom).map((snapshot) => snapshot.id),
  );

  const windows: { key: (date: Date) => string; periods: Set<string> }[] = [
    { key: dayKey, periods: periodKeys(dayKey, (step) => subDays(startOfDay(now), step), rotationPolicy.daily) },
    { key: weekKey, periods: periodKeys(weekKey, (step) => subWeeks(now, step), rotationPolicy.weekly) },
    { key: monthKey, periods: periodKeys(monthKey, (step) => subMonths(now, step), rotationPolicy.monthly) },
  ];
  for (const { key, periods } of windows) {
    const taken = new Set<string>();
    for (const snapshot of newestFirst) {
      if (snapshot.takenAt > now) continue;
      const period = key(snapshot.takenAt);
      if (periods.has(period) && !taken.has(period)) {
        taken.add(period);
        keep.add(snapshot.id);
      }
    }
  }
  return keep;
}

function periodKeys(key: (date: Date) => string, back: (step: number) => Date, count: number): Set<string> {
  return new Set(Array.from({ length: count }, (_, step) => key(back(step))));
}
