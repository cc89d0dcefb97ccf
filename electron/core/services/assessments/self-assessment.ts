import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import { assessmentSkills } from '../../../../shared/domain/assessment-levels';
import type { Assessment } from '../../../../shared/domain/assessments';
import { canDoLines, elpAssessmentSkill, selfAssessedLevel } from '../../../../shared/domain/can-do';
import { checkNotFuture, getAssessment, insertLevel } from '../../repositories/assessments';
import { checkParticipant } from '../../repositories/participants';
import { localToday } from '../attendance/today';

/**
 * Stores a filled-in checklist: one self-assessed level per skill, each with the lines the
 * participant ticked. These levels are shown beside the teacher's, never mixed into them.
 */
export function recordSelfAssessment(db: Database, input: ParsedInput<'selfAssessments.record'>, today = localToday()): Assessment[] {
  checkParticipant(db, input.participantId);
  checkNotFuture(input.date, 'date', today);
  const ticked = new Set(input.ticked);
  return assessmentSkills.map((skill) => {
    const lines = canDoLines.filter((line) => elpAssessmentSkill[line.skill] === skill && ticked.has(line.id)).map((line) => line.id);
    const id = insertLevel(db, {
      participantId: input.participantId, skill, level: selfAssessedLevel(skill, ticked), source: 'self', date: input.date, checklist: lines,
    });
    return getAssessment(db, id);
  });
}
