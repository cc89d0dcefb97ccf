import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../db/errors';

/**
 * An assistant's own classes: the courses they are linked to (course_staff) and the
 * participants enrolled in them. Built once per call, only for assistants.
 */
export class AssistantScope {
  private courses?: Set<string>;
  private participants?: Set<string>;

  constructor(private readonly db: Database, readonly staffId: string) {}

  courseIds(): Set<string> {
    this.courses ??= new Set(
      this.db
        .prepare(
          `SELECT cs.course_id FROM course_staff cs JOIN course c ON c.id = cs.course_id AND c.deleted_at IS NULL
           WHERE cs.staff_id = ?`,
        )
        .pluck()
        .all(this.staffId) as string[],
    );
    return this.courses;
  }

  participantIds(): Set<string> {
    this.participants ??= new Set(
      this.db
        .prepare(
          `SELECT DISTINCT e.participant_id FROM enrolment e
           JOIN course_staff cs ON cs.course_id = e.course_id AND cs.staff_id = ?
           JOIN course c ON c.id = e.course_id AND c.deleted_at IS NULL
           WHERE e.deleted_at IS NULL`,
        )
        .pluck()
        .all(this.staffId) as string[],
    );
    return this.participants;
  }

  /** Throws `forbidden` unless the row belongs to the assistant's classes; an unknown row passes (the handler answers not_found). */
  require(entity: ScopedEntity, id: string): void {
    const owner = ownerOf[entity](this.db, id);
    if (owner === undefined) return;
    const allowed = owner.kind === 'course' ? this.courseIds().has(owner.id) : owner.kind === 'participant' ? this.participantIds().has(owner.id) : true;
    if (!allowed) throw new ApiFailure('forbidden');
  }
}

export type ScopedEntity = 'course' | 'participant' | 'lesson' | 'theme' | 'placement' | 'material' | 'buddyTask';

/** Who a row belongs to: a course, a participant, or nobody in particular (open to every class). */
type Owner = { kind: 'course'; id: string } | { kind: 'participant'; id: string } | { kind: 'open' };

const pick = (db: Database, sql: string, id: string): string | null | undefined =>
  db.prepare(sql).pluck().get(id) as string | null | undefined;

const course = (id: string | null | undefined): Owner | undefined => (id ? { kind: 'course', id } : undefined);
const participant = (id: string | null | undefined): Owner | undefined => (id ? { kind: 'participant', id } : undefined);

const ownerOf: Record<ScopedEntity, (db: Database, id: string) => Owner | undefined> = {
  course: (_db, id) => ({ kind: 'course', id }),
  participant: (_db, id) => ({ kind: 'participant', id }),
  lesson: (db, id) => course(pick(db, 'SELECT course_id FROM lesson WHERE id = ?', id)),
  theme: (db, id) => course(pick(db, 'SELECT course_id FROM theme WHERE id = ?', id)),
  placement: (db, id) => participant(pick(db, 'SELECT participant_id FROM placement WHERE id = ?', id)),
  buddyTask: (db, id) =>
    participant(pick(db, 'SELECT p.participant_id FROM buddy_task t JOIN placement p ON p.id = t.placement_id WHERE t.id = ?', id)),
  material: (db, id) => {
    const row = db
      .prepare(
        `SELECT coalesce(m.participant_id, p.participant_id) AS owner, m.id FROM material m
         LEFT JOIN placement p ON p.id = m.placement_id WHERE m.id = ?`,
      )
      .get(id) as { owner: string | null } | undefined;
    if (!row) return undefined;
    // A material of no participant (a photo of a site, a worksheet) belongs to no class in particular.
    return row.owner ? { kind: 'participant', id: row.owner } : { kind: 'open' };
  },
};
