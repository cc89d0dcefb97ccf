import type { Database } from 'better-sqlite3';
import type { MergeChoice, MergeResult, MergeRow, PackageInspection, TranslationValue } from '../../../../shared/domain/exchange';
import { detectDirection } from '../../../../shared/domain/text-direction';
import { ApiFailure, invalidField } from '../../db/errors';
import { newId, now } from '../../db/ids';
import {
  baseTranslations,
  findMerge,
  findSentPackage,
  insertMerge,
  isReceived,
  knownInstallId,
  markMergeUndone,
  sentTermIds,
  setPackageMerged,
  type BaseTranslation,
  type MergeChange,
  type SentRow,
} from '../../repositories/exchange-packages';
import { isUsableLanguage } from '../../repositories/glossary-languages';
import { refreshTermSearchText } from '../../repositories/glossary-search';
import { decodePackageData, hmacMatches, readPackage, type ReadPackage } from './package-format';
import { rejected } from './rejected';

type Returned = Extract<ReadPackage, { kind: 'fromAssistant' }>;

interface CentreTranslation extends BaseTranslation {
  id: string;
}

const fields = ['text', 'transliteration', 'example', 'direction', 'status'] as const;
const same = (a: BaseTranslation | undefined | null, b: BaseTranslation | undefined | null): boolean =>
  !a || !b ? !a && !b : fields.every((field) => a[field] === b[field]);
const pick = (value: BaseTranslation): BaseTranslation => ({
  text: value.text, transliteration: value.transliteration, example: value.example, direction: value.direction, status: value.status,
});
const shown = (value: BaseTranslation): TranslationValue => ({
  ...pick(value),
  dir: value.direction === 'auto' ? detectDirection(value.text) : value.direction,
});

/** A return package is only taken from a package this centre sent, unchanged, and not merged yet. */
function checkAuthentic(db: Database, read: Returned): SentRow {
  const sent = findSentPackage(db, read.manifest.packageId);
  if (!sent || read.manifest.centreId !== knownInstallId(db)) throw rejected('foreignSource');
  if (!hmacMatches(read.manifest, sent.secret)) throw rejected('tampered');
  if (sent.merged_at) throw rejected('alreadyMerged');
  return sent;
}

interface PlannedRow extends MergeRow {
  centreId: string | null;
  assistantValue: BaseTranslation;
}

/**
 * Compares each translation the assistant sent with the base (as it was when the package was
 * made) and the centre's current one, by value: what the assistant did not change, or what
 * both sides now agree on, is left out. Terms deleted at the centre since are left out too.
 */
function plan(db: Database, sent: SentRow, read: Returned): { rows: PlannedRow[]; unchanged: number } {
  const base = baseTranslations(db, sent.id);
  const inPackage = new Set(sentTermIds(sent));
  const termText = db.prepare('SELECT term FROM glossary_term WHERE id = ? AND deleted_at IS NULL').pluck();
  const current = db.prepare(
    `SELECT id, text, transliteration, example, direction, status FROM glossary_translation WHERE term_id = ? AND language = ? AND deleted_at IS NULL`,
  );
  const rows: PlannedRow[] = [];
  let unchanged = 0;
  for (const entry of read.translations.terms) {
    if (!inPackage.has(entry.termId)) continue;
    const term = termText.get(entry.termId) as string | undefined;
    if (term === undefined) continue;
    const seen = new Set<string>();
    for (const translation of entry.translations) {
      if (seen.has(translation.language) || !isUsableLanguage(db, translation.language)) continue;
      seen.add(translation.language);
      const assistant = pick(translation);
      const before = base.get(`${entry.termId} ${translation.language}`);
      const centre = current.get(entry.termId, translation.language) as CentreTranslation | undefined;
      if (same(assistant, before) || same(assistant, centre)) {
        unchanged += 1;
        continue;
      }
      const kind = !centre ? (before ? 'conflict' : 'new') : same(centre, before) ? 'changed' : 'conflict';
      rows.push({
        termId: entry.termId,
        term,
        language: translation.language,
        kind,
        centre: centre ? shown(centre) : null,
        assistant: shown(assistant),
        centreId: centre?.id ?? null,
        assistantValue: assistant,
      });
    }
  }
  rows.sort((a, b) => a.term.localeCompare(b.term, 'nb') || a.language.localeCompare(b.language));
  return { rows, unchanged };
}

/** What a package is, without writing anything: a summary for one from the centre, the merge rows for a return. */
export function inspectPackage(db: Database, data: string): PackageInspection {
  const read = readPackage(decodePackageData(data));
  if (read.kind === 'toAssistant') {
    if (read.manifest.centreId === knownInstallId(db)) throw rejected('ownPackage');
    return {
      kind: 'toAssistant',
      packageId: read.manifest.packageId,
      courseName: read.plans.course.name,
      assistantName: read.plans.assistant.name,
      from: read.plans.from,
      to: read.plans.to,
      createdAt: read.manifest.createdAt,
      lessonCount: read.plans.lessons.length,
      termCount: read.glossary.terms.length,
      alreadyReceived: isReceived(db, read.manifest.packageId),
    };
  }
  const sent = checkAuthentic(db, read);
  const { rows, unchanged } = plan(db, sent, read);
  const course = db.prepare('SELECT name FROM course WHERE id = ?').pluck().get(sent.course_id) as string | undefined;
  return {
    kind: 'fromAssistant',
    packageId: sent.id,
    courseName: course ?? '',
    assistantName: sent.assistant_name,
    from: sent.from_date,
    to: sent.to_date,
    createdAt: read.manifest.createdAt,
    rows: rows.map(({ centreId: _c, assistantValue: _a, ...row }) => row),
    unchangedCount: unchanged,
  };
}

/**
 * Merges a return package: every row shown must have a choice (nothing is taken or kept
 * without the user saying so), 'assistant' writes the assistant's value, 'centre' keeps the
 * centre's. All in the one transaction of the call, recorded so that undoMerge puts it back.
 */
export function mergePackage(db: Database, data: string, choices: readonly MergeChoice[]): MergeResult {
  const read = readPackage(decodePackageData(data));
  if (read.kind !== 'fromAssistant') throw rejected('wrongKind');
  const sent = checkAuthentic(db, read);
  const { rows } = plan(db, sent, read);
  const chosen = new Map(choices.map((choice) => [`${choice.termId} ${choice.language}`, choice.take]));
  if (rows.some((row) => !chosen.has(`${row.termId} ${row.language}`))) throw invalidField('choices', 'required');

  const stamp = now();
  const changes: MergeChange[] = [];
  const update = db.prepare(
    `UPDATE glossary_translation SET text = ?, transliteration = ?, example = ?, direction = ?, status = ?, updated_at = ? WHERE id = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO glossary_translation (id, term_id, language, text, transliteration, example, direction, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const currentValue = db.prepare('SELECT text, transliteration, example, direction, status FROM glossary_translation WHERE id = ?');
  let kept = 0;
  for (const row of rows) {
    if (chosen.get(`${row.termId} ${row.language}`) !== 'assistant') {
      kept += 1;
      continue;
    }
    const v = row.assistantValue;
    if (row.centreId) {
      const before = pick(currentValue.get(row.centreId) as BaseTranslation);
      update.run(v.text, v.transliteration, v.example, v.direction, v.status, stamp, row.centreId);
      changes.push({ translationId: row.centreId, stamp, before });
    } else {
      const id = newId();
      insert.run(id, row.termId, row.language, v.text, v.transliteration, v.example, v.direction, v.status, stamp, stamp);
      changes.push({ translationId: id, stamp, before: null });
    }
  }
  for (const termId of new Set(rows.map((row) => row.termId))) refreshTermSearchText(db, termId);
  setPackageMerged(db, sent.id, stamp);
  return { mergeId: insertMerge(db, sent.id, changes, stamp), taken: changes.length, kept };
}

/**
 * Undoes a merge as one step: translations it made go to the bin, those it changed get their
 * values back. Refused (conflict, nothing changed) when any of them was changed after the merge.
 */
export function undoMerge(db: Database, mergeId: string): null {
  const merge = findMerge(db, mergeId);
  const row = db.prepare('SELECT term_id, updated_at, deleted_at FROM glossary_translation WHERE id = ?');
  const terms = new Set<string>();
  for (const change of merge.changes) {
    const found = row.get(change.translationId) as { term_id: string; updated_at: string; deleted_at: string | null } | undefined;
    if (!found || found.deleted_at !== null || found.updated_at !== change.stamp) throw new ApiFailure('conflict');
    terms.add(found.term_id);
  }
  const stamp = now();
  for (const change of merge.changes) {
    if (change.before === null) {
      db.prepare('UPDATE glossary_translation SET deleted_at = ?, updated_at = ? WHERE id = ?').run(stamp, stamp, change.translationId);
    } else {
      const b = change.before;
      db.prepare(
        `UPDATE glossary_translation SET text = ?, transliteration = ?, example = ?, direction = ?, status = ?, updated_at = ? WHERE id = ?`,
      ).run(b.text, b.transliteration, b.example, b.direction, b.status, stamp, change.translationId);
    }
  }
  for (const termId of terms) refreshTermSearchText(db, termId);
  setPackageMerged(db, merge.packageId, null);
  markMergeUndone(db, mergeId);
  return null;
}
