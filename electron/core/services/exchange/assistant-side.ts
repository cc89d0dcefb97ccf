import type { Database } from 'better-sqlite3';
import type { PackageFile, PackedReturn, PackedTranslation, ReceivedPackage } from '../../../../shared/domain/exchange';
import { newId, now } from '../../db/ids';
import { getReceivedPackage, knownInstallId, upsertReceivedPackage } from '../../repositories/exchange-packages';
import { isUsableLanguage } from '../../repositories/glossary-languages';
import { refreshTermSearchText } from '../../repositories/glossary-search';
import { packageFileName } from './file-name';
import { decodePackageData, encodePackageData, readPackage, writeReturnPackage } from './package-format';
import { rejected } from './rejected';

const insertTranslation = (db: Database, termId: string, t: PackedTranslation, id: string, stamp: string) =>
  db
    .prepare(
      `INSERT INTO glossary_translation (id, term_id, language, text, transliteration, example, direction, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, termId, t.language, t.text, t.transliteration, t.example, t.direction, t.status, stamp, stamp);

/**
 * On the assistant's laptop: takes in a package from the centre. The plans are kept as they
 * came (shown read-only); the terms come in with the centre's ids, so the return package
 * names them exactly. A translation the laptop already has for a term and language is kept:
 * it may be the assistant's own newer work; the centre's merge shows any difference.
 */
export function receivePackage(db: Database, data: string): ReceivedPackage {
  const read = readPackage(decodePackageData(data));
  if (read.kind !== 'toAssistant') throw rejected('wrongKind');
  if (read.manifest.centreId === knownInstallId(db)) throw rejected('ownPackage');
  const stamp = now();
  const termExists = db.prepare('SELECT deleted_at IS NULL AS live FROM glossary_term WHERE id = ?');
  const liveLanguage = db.prepare('SELECT 1 FROM glossary_translation WHERE term_id = ? AND language = ? AND deleted_at IS NULL').pluck();
  const idTaken = db.prepare('SELECT 1 FROM glossary_translation WHERE id = ?').pluck();
  for (const term of read.glossary.terms) {
    const found = termExists.get(term.id) as { live: number } | undefined;
    if (!found) {
      db.prepare(
        `INSERT INTO glossary_term (id, term, word_class, example, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(term.id, term.term, term.wordClass, term.example, stamp, stamp);
    } else if (found.live) {
      db.prepare('UPDATE glossary_term SET term = ?, word_class = ?, example = ?, updated_at = ? WHERE id = ?').run(
        term.term, term.wordClass, term.example, stamp, term.id,
      );
    } else {
      // The assistant deleted this term here; it stays deleted.
      continue;
    }
    for (const translation of term.translations) {
      if (!isUsableLanguage(db, translation.language) || liveLanguage.get(term.id, translation.language)) continue;
      insertTranslation(db, term.id, translation, idTaken.get(translation.id) ? newId() : translation.id, stamp);
    }
    refreshTermSearchText(db, term.id);
  }
  upsertReceivedPackage(db, {
    id: read.manifest.packageId,
    centreId: read.manifest.centreId,
    secret: read.manifest.secret,
    plans: read.plans,
    termIds: read.glossary.terms.map((term) => term.id),
  });
  return receivedPackage(db, read.manifest.packageId);
}

/** A received package as the screens see it: without the centre's id and the secret. */
export function receivedPackage(db: Database, id: string): ReceivedPackage {
  const { centreId: _centre, secret: _secret, ...shown } = getReceivedPackage(db, id);
  return shown;
}

/**
 * The return package: the current translations of the package's terms, signed with the
 * package's secret. Terms the assistant deleted send nothing; the centre never deletes
 * because of a return package.
 */
export function returnPackage(db: Database, id: string): PackageFile {
  const received = getReceivedPackage(db, id);
  const rows = db
    .prepare(
      `SELECT tr.id, tr.term_id, tr.language, tr.text, tr.transliteration, tr.example, tr.direction, tr.status
       FROM glossary_translation tr JOIN glossary_term g ON g.id = tr.term_id AND g.deleted_at IS NULL
       WHERE tr.deleted_at IS NULL AND tr.term_id IN (SELECT value FROM json_each(?)) ORDER BY tr.term_id, tr.language`,
    )
    .all(JSON.stringify(received.termIds)) as (PackedTranslation & { term_id: string })[];
  const byTerm = new Map<string, PackedTranslation[]>();
  for (const { term_id, ...translation } of rows) byTerm.set(term_id, [...(byTerm.get(term_id) ?? []), translation]);
  const translations: PackedReturn = { terms: [...byTerm].map(([termId, list]) => ({ termId, translations: list })) };
  const zip = writeReturnPackage({ packageId: received.id, centreId: received.centreId, createdAt: now() }, received.secret, translations);
  return {
    packageId: received.id,
    fileName: packageFileName(`Sprakbro-retur ${received.courseName} ${received.assistantName} ${received.from}`),
    data: encodePackageData(zip),
    size: zip.length,
    lessonCount: received.plans.lessons.length,
    termCount: translations.terms.length,
  };
}
