import { describe, expect, it } from 'vitest';
import {
  allLevels,
  bestOfSittings,
  compareLevels,
  isBetweenLevels,
  levelAllowedForSource,
  levelAtRank,
  levelChange,
  levelRank,
  subTestProblem,
  targetStatus,
  type Level,
} from '../../../shared/domain/assessment-levels';
import { levelAtStart, skillStanding, standingForTarget, skillStandings, type LevelRecord } from '../../../shared/domain/assessment-standings';
import { canDoLines, canDoText, selfAssessedLevel } from '../../../shared/domain/can-do';
import { sittingCreateSchema } from '../../../shared/domain/assessments';

describe('level ordering', () => {
  it('orders every level from «ikke nok grunnlag» to C1, between-levels between their neighbours', () => {
    const shuffled: Level[] = ['B1', 'A1/A2', 'C1', 'under-A1', 'A2', 'ikke-grunnlag', 'A1', 'B2', 'A2/B1'];
    expect([...shuffled].sort(compareLevels)).toEqual(['ikke-grunnlag', 'under-A1', 'A1', 'A1/A2', 'A2', 'A2/B1', 'B1', 'B2', 'C1']);
  });

  it('ranks in half steps: under A1 is 0, A1 2, A1/A2 3, A2 4, C1 10; no rank for «ikke nok grunnlag» and «ikke bestått»', () => {
    expect(levelRank('under-A1')).toBe(0);
    expect(levelRank('A1')).toBe(2);
    expect(levelRank('A1/A2')).toBe(3);
    expect(levelRank('A2')).toBe(4);
    expect(levelRank('C1')).toBe(10);
    expect(levelRank('ikke-grunnlag')).toBeNull();
    expect(levelRank('ikke-bestatt')).toBeNull();
    expect(levelAtRank(3)).toBe('A1/A2');
    expect(levelAtRank(-4)).toBe('under-A1');
    expect(levelAtRank(40)).toBe('C1');
  });

  it('tells a between-levels observation apart and measures change in half steps', () => {
    expect(isBetweenLevels('A1/A2')).toBe(true);
    expect(isBetweenLevels('A2')).toBe(false);
    expect(levelChange('A1', 'A2')).toBe(2);
    expect(levelChange('A2', 'A1/A2')).toBe(-1);
    expect(levelChange('ikke-grunnlag', 'A2')).toBeNull();
    expect(levelChange(null, 'A2')).toBeNull();
  });
});

describe('which levels each source may record', () => {
  it('lets only teacher observations sit between two levels', () => {
    expect(levelAllowedForSource('observation', 'A1/A2')).toBe(true);
    expect(levelAllowedForSource('mock', 'A1/A2')).toBe(false);
    expect(levelAllowedForSource('official', 'A1/A2')).toBe(false);
    expect(levelAllowedForSource('self', 'A1/A2')).toBe(false);
    expect(levelAllowedForSource('official', 'ikke-grunnlag')).toBe(true);
    expect(levelAllowedForSource('observation', 'ikke-grunnlag')).toBe(false);
    expect(allLevels.filter((level) => levelAllowedForSource('official', level))).toEqual([
      'ikke-grunnlag', 'ikke-bestatt', 'under-A1', 'A1', 'A2', 'B1', 'B2', 'C1',
    ]);
  });
});

describe('Norskprøven sub-tests', () => {
  it('never lets writing come out above its level pair, but lets it fall below', () => {
    expect(subTestProblem('a1-b2', 'skriftlig', 'B1', 'A1-A2')).toBe('aboveLevelPair');
    expect(subTestProblem('a1-b2', 'skriftlig', 'A2', 'A1-A2')).toBeNull();
    expect(subTestProblem('a1-b2', 'skriftlig', 'under-A1', 'A2-B1')).toBeNull();
    expect(subTestProblem('a1-b2', 'skriftlig', 'ikke-grunnlag', 'B1-B2')).toBeNull();
  });

  it('lets oral come out above or below its pair', () => {
    expect(subTestProblem('a1-b2', 'muntlig', 'B1', 'A1-A2')).toBeNull();
    expect(subTestProblem('a1-b2', 'muntlig', 'A1', 'B1-B2')).toBeNull();
  });

  it('needs a pair for writing and oral, and refuses one for reading and listening', () => {
    expect(subTestProblem('a1-b2', 'muntlig', 'A2', null)).toBe('levelPairRequired');
    expect(subTestProblem('a1-b2', 'leseforstaelse', 'A2', 'A1-A2')).toBe('levelPairNotUsed');
    expect(subTestProblem('a1-b2', 'lytteforstaelse', 'under-A1', null)).toBeNull();
  });

  it('gives A1–B2 results only from its own list, and C1 or «ikke bestått» for the C1 test', () => {
    expect(subTestProblem('a1-b2', 'leseforstaelse', 'A1/A2', null)).toBe('notAnOfficialResult');
    expect(subTestProblem('a1-b2', 'leseforstaelse', 'C1', null)).toBe('notAnOfficialResult');
    expect(subTestProblem('c1', 'leseforstaelse', 'C1', null)).toBeNull();
    expect(subTestProblem('c1', 'muntlig', 'ikke-bestatt', null)).toBeNull();
    expect(subTestProblem('c1', 'muntlig', 'B2', null)).toBe('notAnOfficialResult');
  });

  it('reports a sub-test twice in one sitting and a writing result above its pair in the sitting schema', () => {
    const parsed = sittingCreateSchema.safeParse({
      participantId: '01900000-0000-7000-8000-000000000001',
      date: '2026-03-10',
      results: [
        { part: 'muntlig', result: 'A2', levelPair: 'A1-A2' },
        { part: 'muntlig', result: 'B1', levelPair: 'A1-A2' },
        { part: 'skriftlig', result: 'B1', levelPair: 'A1-A2' },
      ],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['results.1.part', 'duplicate'],
      ['results.2.result', 'aboveLevelPair'],
    ]);
  });
});

describe('best of sittings', () => {
  it('keeps the best result per part, as on the certificate, and the first sitting that reached it', () => {
    const best = bestOfSittings([
      { level: 'A2' as Level, date: '2025-03-01' },
      { level: 'B1' as Level, date: '2025-11-01' },
      { level: 'A2' as Level, date: '2026-03-01' },
      { level: 'B1' as Level, date: '2026-06-01' },
    ]);
    expect(best).toEqual({ level: 'B1', date: '2025-11-01' });
  });

  it('lets any level beat «ikke nok grunnlag», and keeps that only when nothing else exists', () => {
    expect(bestOfSittings([{ level: 'ikke-grunnlag' as Level, date: '2026-01-01' }, { level: 'under-A1' as Level, date: '2025-01-01' }]))
      .toEqual({ level: 'under-A1', date: '2025-01-01' });
    expect(bestOfSittings([{ level: 'ikke-grunnlag' as Level, date: '2026-01-01' }])).toEqual({ level: 'ikke-grunnlag', date: '2026-01-01' });
    expect(bestOfSittings([])).toBeNull();
  });
});

const record = (skill: LevelRecord['skill'], level: Level, source: LevelRecord['source'], date: string): LevelRecord => ({
  skill, level, source, date, createdAt: `${date}T10:00:00.000Z`,
});

describe('standings', () => {
  const records = [
    record('muntlig', 'A1', 'observation', '2026-01-10'),
    record('muntlig', 'A2', 'official', '2026-03-10'),
    record('muntlig', 'A1/A2', 'observation', '2026-04-01'),
    record('muntlig', 'B1', 'self', '2026-04-02'),
    record('lese', 'ikke-grunnlag', 'official', '2026-03-10'),
  ];

  it('keeps the teacher’s latest level, the official best and the self-assessment apart, never averaged', () => {
    expect(skillStanding('muntlig', records)).toEqual({
      skill: 'muntlig',
      current: { level: 'A1/A2', date: '2026-04-01', source: 'observation' },
      official: { level: 'A2', date: '2026-03-10', source: 'official' },
      self: { level: 'B1', date: '2026-04-02', source: 'self' },
    });
  });

  it('does not count «ikke nok grunnlag» as a current level', () => {
    const lese = skillStanding('lese', records);
    expect(lese.current).toBeNull();
    expect(lese.official?.level).toBe('ikke-grunnlag');
  });

  it('measures a target against the higher of latest judgement and official best', () => {
    expect(standingForTarget(skillStandings(records), 'muntlig')).toBe('A2');
    expect(standingForTarget(skillStandings(records), 'lese')).toBeNull();
  });

  it('finds the level at the start of a course: latest before, else the first during it', () => {
    expect(levelAtStart('muntlig', records, '2026-02-01', '2026-06-30')).toBe('A1');
    expect(levelAtStart('muntlig', records, '2025-08-01', '2026-06-30')).toBe('A1');
    expect(levelAtStart('muntlig', records, '2026-03-20', '2026-06-30')).toBe('A2');
    expect(levelAtStart('skrive', records, '2026-01-01', '2026-06-30')).toBeNull();
    // One judgement during the course is where the participant stands now: no change to show yet.
    expect(levelAtStart('muntlig', records.slice(0, 1), '2025-08-01', '2026-06-30')).toBeNull();
  });
});

describe('target status', () => {
  const target = { level: 'A2' as Level, dueDate: '2027-03-31', dropped: false };
  it('is reached at or above the target, not at a between-levels step below it', () => {
    expect(targetStatus(target, 'A2', '2026-11-01')).toBe('reached');
    expect(targetStatus(target, 'B1', '2026-11-01')).toBe('reached');
    expect(targetStatus(target, 'A1/A2', '2026-11-01')).toBe('open');
  });
  it('is overdue after its date and dropped when set aside', () => {
    expect(targetStatus(target, 'A1', '2027-04-01')).toBe('overdue');
    expect(targetStatus(target, null, '2027-04-01')).toBe('overdue');
    expect(targetStatus({ ...target, dropped: true }, 'A1', '2027-04-01')).toBe('dropped');
  });
});

describe('self-assessment checklist', () => {
  it('gives the highest level whose lines are all ticked, with every lower level ticked', () => {
    const ids = (filter: (line: (typeof canDoLines)[number]) => boolean) => new Set(canDoLines.filter(filter).map((line) => line.id));
    expect(selfAssessedLevel('lese', new Set())).toBe('under-A1');
    expect(selfAssessedLevel('lese', ids((line) => line.skill === 'lese' && line.level === 'A1'))).toBe('A1');
    // A2 without A1 is not A2.
    expect(selfAssessedLevel('lese', ids((line) => line.skill === 'lese' && line.level === 'A2'))).toBe('under-A1');
    // Oral needs both portfolio skills: interaction and production.
    expect(selfAssessedLevel('muntlig', ids((line) => line.skill === 'muntlig-samhandling' && line.level === 'A1'))).toBe('under-A1');
    expect(selfAssessedLevel('muntlig', ids((line) => line.skill.startsWith('muntlig') && line.level === 'A1'))).toBe('A1');
  });

  it('falls back to the Norwegian line when the participant’s language has none', () => {
    const line = canDoLines[0]!;
    expect(canDoText(line, 'ti')).toEqual({ text: line.nb, language: 'nb' });
    expect(canDoText(line, 'ar', { [line.id]: { ar: 'أستطيع' } })).toEqual({ text: 'أستطيع', language: 'ar' });
    expect(new Set(canDoLines.map((item) => item.id)).size).toBe(canDoLines.length);
  });
});
