import type { Database } from 'better-sqlite3';
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import {
  assessmentSkills,
  levelPairs,
  observationLevels,
  officialResults,
  partSkill,
  subTestProblem,
  wholeLevels,
  type Level,
  type LevelPair,
  type NorskprovenPart,
} from '../../../../shared/domain/assessment-levels';
import { assessmentCreateSchema, sittingCreateSchema } from '../../../../shared/domain/assessments';
import { newId } from '../../db/ids';
import type { Random } from './random';

/** A participant as the level records need them: the class's dates bound every judgement. */
export interface LearnerSpan {
  participantId: string;
  startDate: string;
  endDate: string;
}

const comments = ['', '', 'God framgang.', 'Trenger mer øving på uttale.', 'Forstår enkle beskjeder på jobb.', 'Skriver korte meldinger selv.'];

/**
 * Level records for a share of the participants: teachers' observations and mock tests
 * over the school year, and for about half of those whose class has reached the spring a
 * Norskprøven sitting with all four sub-tests. Every input passes the API's schema and
 * the sub-test rules (writing never above its level pair); each level gets its "created"
 * line in the audit trail, as repositories/assessments.ts writes it.
 */
export function generateAssessments(
  db: Database,
  random: Random,
  learners: readonly LearnerSpan[],
  budget: number,
  today: string,
  recorders: readonly string[],
  stamp: string,
): { assessments: number; sittings: number } {
  const insertSitting = db.prepare(
    `INSERT INTO norskproven_sitting (id, participant_id, date, test, note, created_at, updated_at) VALUES (?, ?, ?, 'a1-b2', '', ?, ?)`,
  );
  const insertLevel = db.prepare(
    `INSERT INTO assessment (id, participant_id, skill, level, source, date, sitting_id, level_pair, checklist, comment,
       recorded_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, ?, ?)`,
  );
  const insertAudit = db.prepare(
    `INSERT INTO level_audit (id, assessment_id, participant_id, action, old_level, new_level, old_date, new_date, reason,
       changed_by, changed_at)
     VALUES (?, ?, ?, 'create', NULL, ?, NULL, ?, '', ?, ?)`,
  );
  const write = (participantId: string, skill: string, level: Level, source: string, date: string, sittingId: string | null, pair: LevelPair | null, comment: string, by: string | null) => {
    const id = newId();
    insertLevel.run(id, participantId, skill, level, source, date, sittingId, pair, comment, by, stamp, stamp);
    insertAudit.run(newId(), id, participantId, level, date, by, stamp);
  };

  const perLearner = Math.max(1, Math.ceil(budget / Math.max(1, learners.length)));
  let assessments = 0;
  let sittings = 0;
  for (const learner of learners) {
    if (assessments >= budget) break;
    const lastDay = learner.endDate < today ? learner.endDate : format(addDays(parseISO(today), -1), 'yyyy-MM-dd');
    const span = differenceInCalendarDays(parseISO(lastDay), parseISO(learner.startDate));
    if (span < 14) continue;
    const dayIn = (share: number) => format(addDays(parseISO(learner.startDate), Math.floor(span * share)), 'yyyy-MM-dd');
    // Where this participant stands: most are between A1 and B1.
    const rank = 1 + random.int(4);
    let quota = Math.min(perLearner, budget - assessments);

    // Norskprøven (spring or autumn) for about half of those whose class has run two months or more.
    if (quota >= 4 && span > 60 && random.chance(0.5)) {
      const pair: LevelPair = levelPairs[Math.min(levelPairs.length - 1, Math.max(0, rank - 2))] ?? 'A1-A2';
      const results = (['leseforstaelse', 'lytteforstaelse', 'skriftlig', 'muntlig'] as const).map((part: NorskprovenPart) => {
        const pairTop = officialResults.indexOf(pair === 'A1-A2' ? 'A2' : pair === 'A2-B1' ? 'B1' : 'B2');
        const wanted = Math.min(officialResults.length - 1, 1 + rank + random.int(2) - 1);
        const result = officialResults[part === 'skriftlig' ? Math.min(wanted, pairTop) : wanted] ?? 'A1';
        return { part, result, levelPair: part === 'skriftlig' || part === 'muntlig' ? pair : null };
      });
      const sitting = sittingCreateSchema.parse({ participantId: learner.participantId, date: dayIn(0.85), results });
      for (const result of sitting.results) {
        if (subTestProblem(sitting.test, result.part, result.result, result.levelPair)) throw new Error(`invalid sub-test ${JSON.stringify(result)}`);
      }
      const sittingId = newId();
      insertSitting.run(sittingId, learner.participantId, sitting.date, stamp, stamp);
      for (const result of sitting.results) {
        write(learner.participantId, partSkill[result.part], result.result, 'official', sitting.date, sittingId, result.levelPair, '', null);
      }
      sittings += 1;
      assessments += sitting.results.length;
      quota -= sitting.results.length;
    }

    for (let index = 0; index < quota; index += 1) {
      const source = random.chance(0.75) ? ('observation' as const) : ('mock' as const);
      const levels: readonly Level[] = source === 'observation' ? observationLevels : wholeLevels;
      const steps = source === 'observation' ? rank * 2 : rank;
      const level = levels[Math.min(levels.length - 1, Math.max(0, steps - 1 + random.int(2)))] ?? 'A1';
      const input = assessmentCreateSchema.parse({
        participantId: learner.participantId,
        skill: random.pick(assessmentSkills),
        level,
        date: dayIn((index + 1) / (quota + 1)),
        source,
        comment: random.pick(comments),
        recordedBy: recorders.length > 0 ? random.pick(recorders) : null,
      });
      write(input.participantId, input.skill, input.level, input.source, input.date, null, null, input.comment, input.recordedBy);
      assessments += 1;
    }
  }
  return { assessments, sittings };
}
