/**
 * The level model behind «Vurdering», shared so that core and the renderer apply the same
 * rules: how levels are ordered, what Norskprøven can give, the writing ceiling, and the
 * best result over several sittings (as on the official certificate).
 */

/** The four skills a level is judged in: the four Norskprøven parts. */
export const assessmentSkills = ['lese', 'lytte', 'skrive', 'muntlig'] as const;
export type AssessmentSkill = (typeof assessmentSkills)[number];

/** Norskprøven's four independent sub-tests, one per skill. */
export const norskprovenParts = ['leseforstaelse', 'lytteforstaelse', 'skriftlig', 'muntlig'] as const;
export type NorskprovenPart = (typeof norskprovenParts)[number];

export const partSkill: Record<NorskprovenPart, AssessmentSkill> = {
  leseforstaelse: 'lese',
  lytteforstaelse: 'lytte',
  skriftlig: 'skrive',
  muntlig: 'muntlig',
};
export const skillPart: Record<AssessmentSkill, NorskprovenPart> = {
  lese: 'leseforstaelse',
  lytte: 'lytteforstaelse',
  skrive: 'skriftlig',
  muntlig: 'muntlig',
};

/** Norskprøven A1–B2 or the separate C1 test. */
export const norskprovenTests = ['a1-b2', 'c1'] as const;
export type NorskprovenTest = (typeof norskprovenTests)[number];

/** Writing and oral are taken at a registered level pair. */
export const levelPairs = ['A1-A2', 'A2-B1', 'B1-B2'] as const;
export type LevelPair = (typeof levelPairs)[number];

/** Every value a level can hold, from «ikke nok grunnlag» up to C1, in order. */
export const allLevels = [
  'ikke-grunnlag',
  'ikke-bestatt',
  'under-A1',
  'A1',
  'A1/A2',
  'A2',
  'A2/B1',
  'B1',
  'B1/B2',
  'B2',
  'B2/C1',
  'C1',
] as const;
export type Level = (typeof allLevels)[number];

/** What a Norskprøven A1–B2 sub-test can give: never between two levels. */
export const officialResults = ['ikke-grunnlag', 'under-A1', 'A1', 'A2', 'B1', 'B2'] as const satisfies readonly Level[];
/** What the C1 test can give. */
export const c1Results = ['ikke-bestatt', 'C1'] as const satisfies readonly Level[];
/** Whole levels (mock tests, self-assessment, targets). */
export const wholeLevels = ['under-A1', 'A1', 'A2', 'B1', 'B2', 'C1'] as const satisfies readonly Level[];
/** A teacher's observation may sit between two levels. */
export const observationLevels = [
  'under-A1', 'A1', 'A1/A2', 'A2', 'A2/B1', 'B1', 'B1/B2', 'B2', 'B2/C1', 'C1',
] as const satisfies readonly Level[];
/** Targets are whole CEFR levels. */
export const targetLevels = ['A1', 'A2', 'B1', 'B2', 'C1'] as const satisfies readonly Level[];

/** Results said in words (translated under assessments.levels.*); CEFR levels are shown as their code. */
export const wordedLevels = ['ikke-grunnlag', 'under-A1', 'ikke-bestatt'] as const satisfies readonly Level[];
export type WordedLevel = (typeof wordedLevels)[number];

const isWordedLevel = (level: Level): level is WordedLevel => (wordedLevels as readonly Level[]).includes(level);

/**
 * A level as shown and printed: the words for «ikke nok grunnlag», «under A1» and «ikke
 * bestått», CEFR codes as they are, a dash for none. `translate` gets the key of the words.
 */
export function levelAsText(level: Level | null | undefined, translate: (key: `assessments.levels.${WordedLevel}`) => string): string {
  if (!level) return '–';
  return isWordedLevel(level) ? translate(`assessments.levels.${level}`) : level;
}

/** Where a level comes from. */
export const assessmentSources = ['observation', 'mock', 'official', 'self'] as const;
export type AssessmentSource = (typeof assessmentSources)[number];

/**
 * A level's place on one scale in half steps: under A1 is 0, A1 is 2, A1/A2 is 3, … C1 is 10.
 * «Ikke nok grunnlag» and «ikke bestått» say nothing about the level: they have no rank.
 */
export function levelRank(level: Level): number | null {
  switch (level) {
    case 'ikke-grunnlag':
    case 'ikke-bestatt':
      return null;
    case 'under-A1':
      return 0;
    default:
      return observationLevels.indexOf(level as (typeof observationLevels)[number]) + 1;
  }
}

/** The level at a rank (half steps); ranks outside the scale are clamped. */
export function levelAtRank(rank: number): Level {
  const index = Math.min(Math.max(Math.round(rank), 0), observationLevels.length);
  return index === 0 ? 'under-A1' : observationLevels[index - 1]!;
}

/** True for "A1/A2": between two levels. */
export const isBetweenLevels = (level: Level): boolean => level.includes('/');

/**
 * Orders levels low to high. Levels without a rank sort below «under A1»; the two of them
 * keep their list order so sorting is stable.
 */
export function compareLevels(a: Level, b: Level): number {
  const rankA = levelRank(a) ?? -1;
  const rankB = levelRank(b) ?? -1;
  return rankA - rankB || allLevels.indexOf(a) - allLevels.indexOf(b);
}

/** The top of a level pair: a writing result may not be above it. */
export const pairTop = (pair: LevelPair): Level => pair.split('-')[1] as Level;
/** The bottom of a level pair. */
export const pairBottom = (pair: LevelPair): Level => pair.split('-')[0] as Level;

/** Which parts are registered at a level pair in Norskprøven A1–B2. */
export const partHasLevelPair = (part: NorskprovenPart): boolean => part === 'skriftlig' || part === 'muntlig';

export type SubTestProblem = 'notAnOfficialResult' | 'levelPairRequired' | 'levelPairNotUsed' | 'aboveLevelPair';

/**
 * Checks one sub-test result as Norskprøven gives it. Writing can come out below its
 * registered pair but never above it; oral can come out above or below; reading and
 * listening have no pair. The C1 test gives C1 or «ikke bestått», with no pair.
 */
export function subTestProblem(
  test: NorskprovenTest,
  part: NorskprovenPart,
  result: Level,
  levelPair: LevelPair | null,
): SubTestProblem | null {
  if (test === 'c1') {
    if (!(c1Results as readonly Level[]).includes(result)) return 'notAnOfficialResult';
    return levelPair === null ? null : 'levelPairNotUsed';
  }
  if (!(officialResults as readonly Level[]).includes(result)) return 'notAnOfficialResult';
  if (!partHasLevelPair(part)) return levelPair === null ? null : 'levelPairNotUsed';
  if (levelPair === null) return 'levelPairRequired';
  if (part === 'skriftlig') {
    const rank = levelRank(result);
    const top = levelRank(pairTop(levelPair)) ?? 0;
    if (rank !== null && rank > top) return 'aboveLevelPair';
  }
  return null;
}

/**
 * The standing per part over several sittings: the best result, as on the certificate.
 * A real level always beats «ikke nok grunnlag»/«ikke bestått»; with nothing but those,
 * the latest of them is the standing. Null when there are no results at all.
 */
export function bestOfSittings<T extends { level: Level; date: string }>(results: readonly T[]): T | null {
  let best: T | null = null;
  for (const result of results) {
    if (best === null) {
      best = result;
      continue;
    }
    const order = compareLevels(result.level, best.level);
    // Same level: the earlier sitting is where it was first reached.
    if (order > 0 || (order === 0 && levelRank(result.level) === null && result.date > best.date)) best = result;
    else if (order === 0 && levelRank(result.level) !== null && result.date < best.date) best = result;
  }
  return best;
}

/** Which levels a source may record. */
export function levelsForSource(source: AssessmentSource): readonly Level[] {
  switch (source) {
    case 'observation':
      return observationLevels;
    case 'mock':
      return wholeLevels;
    case 'self':
      return wholeLevels;
    case 'official':
      return [...officialResults, ...c1Results];
  }
}

export const levelAllowedForSource = (source: AssessmentSource, level: Level): boolean =>
  levelsForSource(source).includes(level);

/** Change in half steps between two levels, or null when either has no rank. */
export function levelChange(from: Level | null, to: Level | null): number | null {
  if (!from || !to) return null;
  const a = levelRank(from);
  const b = levelRank(to);
  return a === null || b === null ? null : b - a;
}

export const targetStatuses = ['open', 'reached', 'overdue', 'dropped'] as const;
export type TargetStatus = (typeof targetStatuses)[number];

/**
 * A target's status: reached once the standing is at or above it (between-levels "A1/A2"
 * does not reach A2), overdue when its date has passed without that, dropped when the
 * teacher set it aside.
 */
export function targetStatus(
  target: { level: Level; dueDate: string; dropped: boolean },
  standing: Level | null,
  today: string,
): TargetStatus {
  const reached = standing !== null && (levelRank(standing) ?? -1) >= (levelRank(target.level) ?? Infinity);
  if (reached) return 'reached';
  if (target.dropped) return 'dropped';
  return target.dueDate < today ? 'overdue' : 'open';
}

/** The higher of two standings (for instance a teacher's level and the official best). */
export function higherLevel(a: Level | null, b: Level | null): Level | null {
  if (!a) return b;
  if (!b) return a;
  return compareLevels(a, b) >= 0 ? a : b;
}
