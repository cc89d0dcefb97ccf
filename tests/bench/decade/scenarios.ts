import type { Database } from 'better-sqlite3';
import { getISOWeek, getISOWeekYear, parseISO } from 'date-fns';

/** One API call timed three ways: the bare query it rests on, core in-process, and through HTTP. */
export interface Scenario {
  name: string;
  method: string;
  input: (index: number) => unknown;
  /** The query the call rests on, run straight on better-sqlite3; null where a call is a page's worth of queries. */
  raw: ((index: number) => unknown) | null;
  /** p95 target through HTTP in ms (the 5 ms unless a feature's issue set another). */
  targetMs: number;
}

const pick = <T,>(list: readonly T[], index: number): T => list[index % list.length] as T;

/**
 * The calls the benchmark times, with inputs spread over the centre (classes with lessons,
 * participants with attendance, searches in several scripts) and, beside each, the bare
 * better-sqlite3 query it rests on.
 */
export function decadeScenarios(raw: Database): Scenario[] {
  const weeks = raw
    .prepare(`SELECT course_id, min(date) AS date FROM lesson GROUP BY course_id, strftime('%W', date) ORDER BY random() LIMIT 200`)
    .all() as { course_id: string; date: string }[];
  const people = raw
    .prepare(`SELECT a.participant_id, l.course_id FROM attendance a JOIN lesson l ON l.id = a.lesson_id GROUP BY a.participant_id ORDER BY random() LIMIT 200`)
    .all() as { participant_id: string; course_id: string }[];
  const assessed = raw
    .prepare(`SELECT DISTINCT participant_id FROM assessment ORDER BY random() LIMIT 200`)
    .pluck()
    .all() as string[];
  const names = ['ليلى', 'ሄለን', 'hodan', 'Олена', 'sal', 'فر', 'neema', 'abdi'];
  const goalWords = ['barneh', 'jobb', 'vakt', 'lege', 'sikkerhet', 'pause'];
  // What a teacher or assistant looks up: a whole Norwegian term, or a translation in Arabic or
  // Tigrinya script, taken from the glossary itself. The generator builds 30,000 terms from
  // 100 word parts, so a single part («hanske») matches 750 terms: that case is timed apart.
  const glossaryWords = raw
    .prepare(
      `SELECT text FROM (SELECT term AS text FROM glossary_term WHERE term NOT LIKE '% %' ORDER BY random() LIMIT 6)
       UNION ALL SELECT text FROM (SELECT text FROM glossary_translation WHERE language IN ('ar', 'ti') ORDER BY random() LIMIT 4)`,
    )
    .pluck()
    .all() as string[];
  const glossaryParts = ['hanske', 'arbeids', 'vakt', 'kjøkken'];
  const weekSql = raw.prepare(
    `SELECT l.* FROM lesson l WHERE l.course_id = ? AND l.date BETWEEN date(?, 'weekday 1', '-7 days') AND date(?, 'weekday 1', '-3 days')
     AND l.deleted_at IS NULL ORDER BY l.date, l.slot_index`,
  );
  const ledgerSql = raw.prepare(
    `SELECT l.id, l.date, a.status FROM lesson l LEFT JOIN attendance a ON a.lesson_id = l.id AND a.participant_id = ?
     WHERE l.course_id = ? AND l.deleted_at IS NULL AND l.status = 'planned' ORDER BY l.date, l.slot_index`,
  );
  const searchSql = raw.prepare(`SELECT * FROM participant p WHERE p.deleted_at IS NULL AND instr(p.search_text, ?) > 0`);
  const goalSql = raw.prepare(
    `SELECT g.* FROM goal_fts f JOIN goal_search_key k ON k.rowid = f.rowid JOIN goal g ON g.id = k.goal_id
     WHERE goal_fts MATCH ? ORDER BY bm25(goal_fts) LIMIT 50`,
  );
  const classSql = raw.prepare(
    `SELECT p.* FROM participant p WHERE p.id IN (SELECT participant_id FROM enrolment WHERE course_id = ? AND deleted_at IS NULL)`,
  );
  const matrixSql = raw.prepare(
    `SELECT a.participant_id, a.skill, a.level, a.source, a.date FROM enrolment e JOIN assessment a ON a.participant_id = e.participant_id
     WHERE e.course_id = ? AND e.deleted_at IS NULL AND a.deleted_at IS NULL ORDER BY a.participant_id, a.skill, a.date`,
  );
  const glossarySql = raw.prepare(
    `SELECT g.* FROM glossary_term g WHERE g.deleted_at IS NULL AND instr(g.search_text, ?) > 0 ORDER BY g.term COLLATE NOCASE, g.id LIMIT 500`,
  );
  const translationsSql = raw.prepare(
    `SELECT * FROM glossary_translation WHERE term_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`,
  );
  const materialSql = raw.prepare(
    `SELECT m.* FROM material m WHERE m.deleted_at IS NULL
     ORDER BY coalesce(m.date, substr(m.created_at, 1, 10)) DESC, m.created_at DESC, m.id DESC LIMIT 200`,
  );
  const materialCountSql = raw.prepare('SELECT count(*) FROM material WHERE deleted_at IS NULL').pluck();
  const glossaryRaw = (search: string) => {
    const terms = glossarySql.all(search.toLocaleLowerCase('nb')) as { id: string }[];
    return translationsSql.all(JSON.stringify(terms.map((term) => term.id)));
  };
  const profileSql = raw.prepare(
    `SELECT * FROM assessment WHERE participant_id = ? AND deleted_at IS NULL ORDER BY skill, date`,
  );

  return [
    {
      name: 'week view (lessons.week)',
      method: 'lessons.week',
      input: (index) => {
        const week = pick(weeks, index);
        const date = parseISO(week.date);
        return { courseId: week.course_id, isoYear: getISOWeekYear(date), isoWeek: getISOWeek(date) };
      },
      raw: (index) => weekSql.all(pick(weeks, index).course_id, pick(weeks, index).date, pick(weeks, index).date),
      targetMs: 5,
    },
    {
      name: "participant's hours ledger (attendance.ledger)",
      method: 'attendance.ledger',
      input: (index) => ({ participantId: pick(people, index).participant_id, courseId: pick(people, index).course_id }),
      raw: (index) => ledgerSql.all(pick(people, index).participant_id, pick(people, index).course_id),
      targetMs: 5,
    },
    {
      name: 'participant search (participants.list)',
      method: 'participants.list',
      input: (index) => ({ search: pick(names, index) }),
      raw: (index) => searchSql.all(pick(names, index).toLowerCase()),
      targetMs: 5,
    },
    {
      name: 'class list (participants.list by class)',
      method: 'participants.list',
      input: (index) => ({ courseId: pick(weeks, index).course_id }),
      raw: (index) => classSql.all(pick(weeks, index).course_id),
      targetMs: 5,
    },
    {
      name: 'goal search (goals.search)',
      method: 'goals.search',
      input: (index) => ({ query: pick(goalWords, index) }),
      raw: (index) => goalSql.all(`"${pick(goalWords, index)}"*`),
      targetMs: 5,
    },
    {
      name: 'participant levels (assessments.profile)',
      method: 'assessments.profile',
      input: (index) => ({ participantId: pick(assessed, index) }),
      raw: (index) => profileSql.all(pick(assessed, index)),
      targetMs: 5,
    },
    {
      name: 'class CEFR matrix (assessments.classMatrix)',
      method: 'assessments.classMatrix',
      input: (index) => ({ courseId: pick(weeks, index).course_id }),
      raw: (index) => matrixSql.all(pick(weeks, index).course_id),
      targetMs: 5,
    },
    {
      name: 'material list, first page (materials.list)',
      method: 'materials.list',
      input: () => ({ offset: 0, limit: 200 }),
      raw: () => [materialSql.all(), materialCountSql.get()],
      targetMs: 5,
    },
    {
      // Issue 7 set the glossary's own target: a search across 30,000 terms × 8 languages under 20 ms.
      name: 'glossary search, a whole term (glossary.list)',
      method: 'glossary.list',
      input: (index) => ({ search: pick(glossaryWords, index) }),
      raw: (index) => glossaryRaw(pick(glossaryWords, index)),
      targetMs: 20,
    },
    {
      name: 'glossary search, a word part in 750 terms (500 listed)',
      method: 'glossary.list',
      input: (index) => ({ search: pick(glossaryParts, index) }),
      raw: (index) => glossaryRaw(pick(glossaryParts, index)),
      targetMs: 20,
    },
  ];
}

/** Every call the participant profile page («Deltaker») makes when it opens, as it makes them: all at once. */
export function profilePageCalls(raw: Database): (index: number) => [string, unknown][] {
  const people = raw
    .prepare(`SELECT DISTINCT participant_id FROM material ORDER BY random() LIMIT 100`)
    .pluck()
    .all() as string[];
  return (index) => {
    const participantId = pick(people, index);
    return [
      ['participants.get', { id: participantId }],
      ['courses.list', {}],
      ['assessments.profile', { participantId }],
      ['attendance.ledger', { participantId }],
      ['placements.list', { participantId }],
      ['practiceSites.list', {}],
      ['materials.list', { participantId, limit: 8 }],
      ['sensitiveNotes.list', { participantId }],
    ];
  };
}
