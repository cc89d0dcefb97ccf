import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { alignmentSchema } from '../../../../shared/domain/assessments';
import { cefrLevels } from '../../../../shared/domain/courses';
import { goalSkills, type GoalLevel, type GoalSkill } from '../../../../shared/domain/goals';

type Alignment = z.infer<typeof alignmentSchema>;

/**
 * The active catalogue and teacher goals per level and skill, for the view that lines
 * them up with the portfolio's can-do lines and Norskprøven's parts.
 */
export function goalAlignment(db: Database): Alignment {
  const rows = db
    .prepare(
      `SELECT id, level, skill, domain, text_nb FROM goal
       WHERE deleted_at IS NULL AND status = 'active' ORDER BY level, skill, domain, text_nb`,
    )
    .all() as { id: string; level: GoalLevel; skill: GoalSkill; domain: string; text_nb: string }[];
  return cefrLevels.flatMap((level) =>
    goalSkills.map((skill) => ({
      level,
      skill,
      goals: rows.filter((row) => row.level === level && row.skill === skill).map((row) => ({ id: row.id, textNb: row.text_nb, domain: row.domain })),
    })),
  );
}
