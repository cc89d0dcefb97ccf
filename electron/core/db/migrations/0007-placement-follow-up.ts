import type { Migration } from './types';

/**
 * Following up a placement: its training plan (opplæringsplan), status meetings, site visits
 * and the small tasks the teacher gives the buddy (fadder), plus the hours a practice day counts.
 *
 * A placement has at most one training plan, keyed by the placement. Its language goals are
 * rows of training_plan_goal (like lesson_goal: other capabilities, such as the evidence board,
 * read which goals a plan names); its work tasks are a JSON array of {text, status} on the
 * plan, because they are only ever read and edited with it. Meetings, visits and buddy tasks
 * are rows with tombstones, so a deletion can be undone. Status meeting attendees are a JSON
 * array of 'participant' | 'buddy' | 'teacher'; anyone else is free text beside it.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'placement-follow-up',
  up(db) {
    db.exec(`
      ALTER TABLE placement ADD COLUMN hours_per_day REAL NOT NULL DEFAULT 6 CHECK (hours_per_day > 0 AND hours_per_day <= 24);

      CREATE TABLE training_plan (
        placement_id TEXT PRIMARY KEY REFERENCES placement(id) ON DELETE CASCADE,
        agreed_on TEXT,
        agreed_with TEXT NOT NULL DEFAULT '',
        tasks TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tasks) AND json_type(tasks) = 'array'),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE training_plan_goal (
        placement_id TEXT NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
        goal_id TEXT NOT NULL REFERENCES goal(id),
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (placement_id, goal_id)
      ) STRICT;
      CREATE INDEX training_plan_goal_by_goal ON training_plan_goal(goal_id);

      CREATE TABLE status_meeting (
        id TEXT PRIMARY KEY,
        placement_id TEXT NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        attendees TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attendees) AND json_type(attendees) = 'array'),
        other_attendees TEXT NOT NULL DEFAULT '',
        agreed TEXT NOT NULL DEFAULT '',
        next_steps TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX status_meeting_by_placement ON status_meeting(placement_id, date);

      CREATE TABLE site_visit (
        id TEXT PRIMARY KEY,
        placement_id TEXT NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        observed TEXT NOT NULL DEFAULT '',
        material TEXT NOT NULL DEFAULT '',
        follow_up TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX site_visit_by_placement ON site_visit(placement_id, date);

      CREATE TABLE buddy_task (
        id TEXT PRIMARY KEY,
        placement_id TEXT NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
        given_on TEXT NOT NULL,
        due_on TEXT CHECK (due_on IS NULL OR due_on >= given_on),
        status TEXT NOT NULL DEFAULT 'given' CHECK (status IN ('given', 'answered', 'dropped')),
        answered_on TEXT CHECK (answered_on IS NULL OR (status = 'answered' AND answered_on >= given_on)),
        answer TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX buddy_task_by_placement ON buddy_task(placement_id, given_on);
    `);
  },
};
