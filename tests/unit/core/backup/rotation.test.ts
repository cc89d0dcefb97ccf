import { describe, expect, it } from 'vitest';
import { snapshotsToKeep, type DatedSnapshot } from '../../../../electron/core/services/backup/rotation';

/** One snapshot every six hours for a year and a half, ending at `now`. */
function everySixHours(now: Date, days: number): DatedSnapshot[] {
  return Array.from({ length: days * 4 }, (_, index) => {
    const takenAt = new Date(now.getTime() - index * 6 * 3600_000);
    return { id: takenAt.toISOString(), takenAt };
  });
}

describe('backup rotation', () => {
  const now = new Date(2026, 10, 24, 18, 0); // Tuesday 24 November 2026, week 48

  it('keeps the newest of each of 7 days, 4 ISO weeks and 12 months', () => {
    const snapshots = everySixHours(now, 550);
    const keep = snapshotsToKeep(snapshots, now);
    const kept = snapshots.filter((snapshot) => keep.has(snapshot.id)).map((snapshot) => snapshot.takenAt);

    // Days: today back to Wednesday 18 November, each at its last snapshot (18:00 or the latest that day).
    const days = new Set(kept.map((date) => date.toDateString()));
    for (let back = 0; back < 7; back += 1) {
      expect(days.has(new Date(2026, 10, 24 - back).toDateString())).toBe(true);
    }
    // Months: December 2025 to November 2026, none older.
    const months = new Set(kept.map((date) => `${date.getFullYear()}-${date.getMonth() + 1}`));
    expect(months).toContain('2025-12');
    expect(months).not.toContain('2025-11');
    expect([...months]).toHaveLength(12);
    // The last 24 hours (4) + 7 daily + weeks 45–47 (week 48's newest is today's) + months before November.
    expect(keep.size).toBeLessThanOrEqual(4 + 7 + 3 + 11);
    expect(keep.size).toBeGreaterThanOrEqual(12 + 3);
    // The newest of each kept month is the last snapshot of that month.
    const october = kept.filter((date) => date.getFullYear() === 2026 && date.getMonth() === 9);
    expect(october).toEqual([new Date(2026, 9, 31, 18, 0)]);
  });

  it('counts ISO weeks across a year end (week 53 of 2026 and week 1 of 2027)', () => {
    const newYear = new Date(2027, 0, 12, 12, 0); // Tuesday, week 2 of 2027
    const snapshots: DatedSnapshot[] = [
      new Date(2026, 11, 27, 10), // Sunday, week 52
      new Date(2026, 11, 29, 10), // Tuesday, week 53
      new Date(2026, 11, 31, 10), // Thursday, week 53 (newer)
      new Date(2027, 0, 5, 10), // Tuesday, week 1
    ].map((takenAt) => ({ id: takenAt.toISOString(), takenAt }));
    const keep = snapshotsToKeep(snapshots, newYear);
    expect(keep.has(new Date(2026, 11, 31, 10).toISOString())).toBe(true);
    expect(keep.has(new Date(2027, 0, 5, 10).toISOString())).toBe(true);
    // Week 52 is the fourth week back (2, 1, 53, 52) and December's newest is the 31st.
    expect(keep.has(new Date(2026, 11, 27, 10).toISOString())).toBe(true);
    expect(keep.has(new Date(2026, 11, 29, 10).toISOString())).toBe(false);
  });

  it('keeps every snapshot of the last 24 hours, and only the newest of each older day', () => {
    const snapshots = everySixHours(now, 3);
    const keep = snapshotsToKeep(snapshots, now);
    const kept = snapshots.filter((snapshot) => keep.has(snapshot.id)).map((snapshot) => snapshot.takenAt.getHours() + '@' + snapshot.takenAt.getDate());
    // 18, 12, 6 and 0 o'clock today, 18 yesterday (within 24 h and the day's newest), 18 the day before.
    expect(kept).toEqual(['18@24', '12@24', '6@24', '0@24', '18@23', '18@22']);
  });

  it('keeps snapshots dated in the future rather than deleting them', () => {
    const future = new Date(2027, 5, 1);
    const keep = snapshotsToKeep([{ id: 'future', takenAt: future }], now);
    expect(keep.has('future')).toBe(true);
  });
});
