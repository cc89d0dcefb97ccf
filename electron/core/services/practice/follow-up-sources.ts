import type { Database } from 'better-sqlite3';
import type { FollowUpEvent } from '../../../../shared/domain/practice-follow-up';
import { listBuddyTasks, listSiteVisits } from '../../repositories/practice-follow-up';

/**
 * Where pedagogical follow-up of a placement comes from: each source gives dated events.
 * A practice day counts as followed up when an event falls in the same ISO week.
 *
 * To add a source, write one function of this shape and add it to `followUpSources` below;
 * nothing else changes.
 */
export type FollowUpSource = (db: Database, placementId: string) => FollowUpEvent[];

/** A buddy task counts in the week it was given and in the week it came back; dropped tasks do not count. */
const buddyTaskEvents: FollowUpSource = (db, placementId) =>
  listBuddyTasks(db, placementId)
    .filter((task) => task.status !== 'dropped')
    .flatMap((task) => {
      const label = task.text.length > 80 ? `${task.text.slice(0, 79)}…` : task.text;
      const given: FollowUpEvent = { date: task.givenOn, kind: 'task', label };
      return task.answeredOn ? [given, { date: task.answeredOn, kind: 'task' as const, label }] : [given];
    });

/** A site visit counts in the week it took place. */
const siteVisitEvents: FollowUpSource = (db, placementId) =>
  listSiteVisits(db, placementId).map((visit) => ({
    date: visit.date,
    kind: 'visit' as const,
    label: visit.observed.length > 80 ? `${visit.observed.slice(0, 79)}…` : visit.observed,
  }));

/**
 * A lesson counts in the week it is held when it uses material from the placement: material
 * filed under the placement, or under the same participant and site without a placement.
 * Cancelled and deleted lessons, and deleted material, do not count.
 */
const lessonEvents: FollowUpSource = (db, placementId) =>
  (
    db
      .prepare(
        `SELECT DISTINCT l.date, l.title FROM placement p
         JOIN material m ON m.deleted_at IS NULL AND (m.placement_id = p.id
           OR (m.placement_id IS NULL AND m.participant_id = p.participant_id AND m.site_id = p.site_id))
         JOIN lesson_material lm ON lm.material_id = m.id
         JOIN lesson l ON l.id = lm.lesson_id AND l.deleted_at IS NULL AND l.status = 'planned'
         WHERE p.id = ?
         ORDER BY l.date`,
      )
      .all(placementId) as { date: string; title: string }[]
  ).map((lesson) => ({ date: lesson.date, kind: 'lesson' as const, label: lesson.title }));

export const followUpSources: readonly FollowUpSource[] = [buddyTaskEvents, siteVisitEvents, lessonEvents];

/** Every follow-up event of a placement, in date order. */
export function followUpEvents(db: Database, placementId: string): FollowUpEvent[] {
  return followUpSources
    .flatMap((source) => source(db, placementId))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind.localeCompare(b.kind)));
}
