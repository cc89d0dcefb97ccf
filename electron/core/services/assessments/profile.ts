import type { Database } from 'better-sqlite3';
import type { ParticipantProfile } from '../../../../shared/domain/assessments';
import { skillStandings } from '../../../../shared/domain/assessment-standings';
import { notFound } from '../../db/errors';
import { listAssessments } from '../../repositories/assessments';
import { listSittings } from '../../repositories/assessment-sittings';
import { listTargets } from '../../repositories/assessment-targets';
import { participantIsLive } from '../../repositories/participants';
import { localToday } from '../attendance/today';

/** Everything the «Nivå» section shows: standings per skill, full history, sittings and targets. */
export function participantProfile(db: Database, participantId: string, today = localToday()): ParticipantProfile {
  if (!participantIsLive(db, participantId)) throw notFound();
  const history = listAssessments(db, participantId);
  const standings = skillStandings(history);
  return {
    participantId,
    standings,
    history,
    sittings: listSittings(db, participantId),
    targets: listTargets(db, participantId, standings, today),
  };
}
