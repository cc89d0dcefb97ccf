import type { Migration } from './types';

const skills = `('lese', 'lytte', 'skrive', 'muntlig')`;
const levels = `('ikke-grunnlag', 'ikke-bestatt', 'under-A1', 'A1', 'A1/A2', 'A2', 'A2/B1', 'B1', 'B1/B2', 'B2', 'B2/C1', 'C1')`;

/**
 * CEFR level tracking. Every level judgement is one `assessment` row, whatever its source:
 * a teacher's observation, a mock test, an official Norskprøven result (then it belongs to a
 * `norskproven_sitting`, at most one live result per part and sitting) or the participant's
 * self-assessment (with the ticked can-do lines as a JSON array). Which levels a source may
 * hold and the writing ceiling are checked in core; the table keeps the hard limits.
 * Evidence links to lessons and to material (0008). `level_audit` keeps who, when, old and
 * new for every change of a level, and is never edited. `level_target` holds goals such as
 * "A2 muntlig by March"; their status is worked out from the levels. `goal_achievement`
 * records which catalogue goals a teacher judged achieved for a participant.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'assessments',
  up(db) {
    db.exec(`
      CREATE TABLE norskproven_sitting (
        id TEXT PRIMARY KEY,
        participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        test TEXT NOT NULL CHECK (test IN ('a1-b2', 'c1')),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX norskproven_sitting_by_participant ON norskproven_sitting(participant_id, date);

      CREATE TABLE assessment (
        id TEXT PRIMARY KEY,
        participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        skill TEXT NOT NULL CHECK (skill IN ${skills}),
        level TEXT NOT NULL CHECK (level IN ${levels}),
        source TEXT NOT NULL CHECK (source IN ('observation', 'mock', 'official', 'self')),
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        sitting_id TEXT REFERENCES norskproven_sitting(id) ON DELETE CASCADE
          CHECK ((source = 'official') = (sitting_id IS NOT NULL)),
        level_pair TEXT CHECK (level_pair IS NULL OR (source = 'official' AND level_pair IN ('A1-A2', 'A2-B1', 'B1-B2'))),
        checklist TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(checklist) AND json_type(checklist) = 'array'),
        comment TEXT NOT NULL DEFAULT '',
        recorded_by TEXT REFERENCES staff(id) ON DELETE SET NULL,
        corrected INTEGER NOT NULL DEFAULT 0 CHECK (corrected IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        -- Official results never sit between two levels.
        CHECK (source = 'observation' OR level NOT GLOB '*/*')
      ) STRICT;
      CREATE INDEX assessment_by_participant ON assessment(participant_id, skill, date);
      CREATE UNIQUE INDEX assessment_one_part_per_sitting ON assessment(sitting_id, skill)
        WHERE sitting_id IS NOT NULL AND deleted_at IS NULL;

      CREATE TABLE assessment_lesson (
        assessment_id TEXT NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        lesson_id TEXT NOT NULL REFERENCES lesson(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        PRIMARY KEY (assessment_id, lesson_id)
      ) STRICT;
      CREATE INDEX assessment_lesson_by_lesson ON assessment_lesson(lesson_id);

      CREATE TABLE assessment_material (
        assessment_id TEXT NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        material_id TEXT NOT NULL REFERENCES material(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        PRIMARY KEY (assessment_id, material_id)
      ) STRICT;
      CREATE INDEX assessment_material_by_material ON assessment_material(material_id);

      CREATE TABLE level_audit (
        id TEXT PRIMARY KEY,
        assessment_id TEXT NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        action TEXT NOT NULL CHECK (action IN ('create', 'correct', 'delete', 'restore')),
        old_level TEXT CHECK (old_level IS NULL OR old_level IN ${levels}),
        new_level TEXT CHECK (new_level IS NULL OR new_level IN ${levels}),
        old_date TEXT,
        new_date TEXT,
        reason TEXT NOT NULL DEFAULT '',
        changed_by TEXT REFERENCES staff(id) ON DELETE SET NULL,
        changed_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX level_audit_by_participant ON level_audit(participant_id, changed_at);

      CREATE TABLE level_target (
        id TEXT PRIMARY KEY,
        participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        skill TEXT NOT NULL CHECK (skill IN ${skills}),
        level TEXT NOT NULL CHECK (level IN ('A1', 'A2', 'B1', 'B2', 'C1')),
        due_date TEXT NOT NULL CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        note TEXT NOT NULL DEFAULT '',
        dropped INTEGER NOT NULL DEFAULT 0 CHECK (dropped IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX level_target_by_participant ON level_target(participant_id, due_date);

      CREATE TABLE goal_achievement (
        participant_id TEXT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        goal_id TEXT NOT NULL REFERENCES goal(id),
        achieved_on TEXT NOT NULL CHECK (achieved_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        recorded_by TEXT REFERENCES staff(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (participant_id, goal_id)
      ) STRICT;
    `);
  },
};
