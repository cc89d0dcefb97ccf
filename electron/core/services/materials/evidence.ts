import type { Database } from 'better-sqlite3';
import type { EvidenceBoard, EvidenceBoardInput, Material } from '../../../../shared/domain/materials';
import { compareText } from '../../db/collate';
import { notFound } from '../../db/errors';
import { materialsOfParticipant } from '../../repositories/materials';
import { participantIsLive } from '../../repositories/participants';
import type { MaterialStore } from './store';

interface GoalRow {
  id: string;
  grep_code: string | null;
  text_nb: string;
  level: string;
  skill: string;
}

const levelOrder = ['A1', 'A2', 'B1', 'B2', 'C1'];

/**
 * The evidence board: a participant's live material grouped by the goals it shows. Every
 * goal of the training plan gets a group, also those with no material yet (that is what
 * the teacher needs to see: what is still missing); goals outside the plan that material
 * is linked to follow. An item linked to several goals is in each of their groups.
 */
export function evidenceBoard(db: Database, store: MaterialStore | undefined, input: EvidenceBoardInput): EvidenceBoard {
  if (!participantIsLive(db, input.participantId)) throw notFound();
  if (input.placementId !== undefined) {
    const placement = db
      .prepare('SELECT 1 FROM placement WHERE id = ? AND participant_id = ? AND deleted_at IS NULL')
      .get(input.placementId, input.participantId);
    if (!placement) throw notFound();
  }
  const planGoalIds = db
    .prepare(
      `SELECT tg.goal_id FROM training_plan_goal tg
       JOIN placement pl ON pl.id = tg.placement_id AND pl.deleted_at IS NULL
       WHERE pl.participant_id = ? AND (? IS NULL OR pl.id = ?)
       ORDER BY pl.start_date, tg.position`,
    )
    .pluck()
    .all(input.participantId, input.placementId ?? null, input.placementId ?? null) as string[];
  const inPlan = new Set(planGoalIds);
  const materials = materialsOfParticipant(db, store, input.participantId, input.placementId);

  const byGoal = new Map<string, Material[]>();
  for (const id of planGoalIds) byGoal.set(id, []);
  for (const material of materials) {
    for (const goalId of material.goalIds) {
      const group = byGoal.get(goalId) ?? [];
      group.push(material);
      byGoal.set(goalId, group);
    }
  }

  const findGoal = db.prepare('SELECT id, grep_code, text_nb, level, skill FROM goal WHERE id = ?');
  const groups = [...byGoal.entries()]
    .map(([goalId, items]) => ({ row: findGoal.get(goalId) as GoalRow | undefined, items }))
    .filter((entry): entry is { row: GoalRow; items: Material[] } => entry.row !== undefined)
    .map(({ row, items }) => ({
      goal: { id: row.id, code: row.grep_code ?? row.id, title: row.text_nb, level: row.level, skill: row.skill },
      inTrainingPlan: inPlan.has(row.id),
      materials: items,
    }));
  const planned = groups.filter((group) => group.inTrainingPlan);
  const others = groups
    .filter((group) => !group.inTrainingPlan)
    .sort(
      (a, b) =>
        levelOrder.indexOf(a.goal.level) - levelOrder.indexOf(b.goal.level) ||
        compareText(a.goal.skill, b.goal.skill) ||
        compareText(a.goal.title, b.goal.title),
    );
  return {
    groups: [...planned, ...others],
    unlinked: materials.filter((material) => material.goalIds.length === 0),
  };
}
