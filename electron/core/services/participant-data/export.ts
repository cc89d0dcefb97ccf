import { readFileSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { isBlocked } from '../../../../shared/domain/materials';
import type { ParticipantExportResult } from '../../../../shared/domain/participant-data';
import type { SensitiveNote } from '../../../../shared/domain/sensitive-notes';
import { notFound } from '../../db/errors';
import { newId, now } from '../../db/ids';
import { openSensitiveNote } from '../../repositories/sensitive-notes';
import { locationPatchesOfFile } from '../materials/media-location';
import { blobPath, type MaterialStore } from '../materials/store';
import type { SensitiveKeyProvider } from '../sensitive-notes/key-file';
import { logPrivacyEvent } from './privacy-log';
import { rowsAbout } from './rows-about';
import { summaryHtml, type PackagedFile, type SummaryInput } from './summary-html';

/**
 * A participant's data as a zip: oversikt.html (readable, in Norwegian), data.json (every
 * row about them, as stored, search helpers and encrypted columns left out) and their
 * material files, copied the way a single material is exported (images written anew without
 * metadata, location boxes blanked in video and sound). Materials in which other people
 * appear without consent stay out, and the summary says so.
 *
 * The rows are read inside the call (one consistent view, and the log entries are part of
 * it); the files are copied afterwards, asynchronously, because cleaning an image takes
 * time. The renderer polls for the result, which core hands over once and then forgets.
 */

interface MaterialFacts {
  id: string;
  sha256: string;
  kind: string;
  mediaType: string;
  originalName: string;
  blocked: boolean;
}

type Job = ParticipantExportResult & { startedAt: number };

/** Jobs per open database; a finished package is kept at most this long if nobody fetches it. */
const jobs = new WeakMap<Database, Map<string, Job>>();
const keepFor = 10 * 60 * 1000;

function jobsOf(db: Database): Map<string, Job> {
  let map = jobs.get(db);
  if (!map) {
    map = new Map();
    jobs.set(db, map);
  }
  const oldest = Date.now() - keepFor;
  for (const [id, job] of map) if (job.startedAt < oldest) map.delete(id);
  return map;
}

/** A file name safe in a zip and on every file system: letters and digits of any script, no paths. */
export function safeFileName(name: string, fallback = 'fil'): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}/\\:*?"<>|]+/gu, '-')
    .replace(/^[.\s-]+/u, '')
    .trim()
    .slice(0, 120);
  return cleaned.length > 0 ? cleaned : fallback;
}

function withPatches(file: string, patches: { position: number; data: Buffer }[]): Buffer {
  const data = readFileSync(file);
  for (const patch of patches) patch.data.copy(data, patch.position);
  return data;
}

async function cleanCopy(store: MaterialStore, material: MaterialFacts): Promise<{ data: Buffer; name: string }> {
  const path = blobPath(store, material.sha256);
  if (material.kind !== 'image') return { data: withPatches(path, locationPatchesOfFile(path, material.mediaType)), name: material.originalName };
  // Loaded on first use: sharp (a native module) stays out of every process that only answers calls.
  const { strippedImage } = await import('../materials/image');
  const copy = await strippedImage(path, material.mediaType);
  const name = copy.mediaType === material.mediaType ? material.originalName : material.originalName.replace(/\.[^.]*$/u, '') + '.jpg';
  return { data: copy.data, name };
}

const materialFacts = (row: Record<string, unknown>): MaterialFacts => ({
  id: String(row.id),
  sha256: String(row.sha256),
  kind: String(row.kind),
  mediaType: String(row.media_type),
  originalName: String(row.original_name),
  blocked: isBlocked({ othersAppear: row.others_appear === 1, othersConsent: row.others_consent === 1 }),
});

/** data.json: rows as stored, without the search helper and without binary (encrypted) columns. */
function dataJson(exportedAt: string, tables: Map<string, Record<string, unknown>[]>, notes: SensitiveNote[] | null): string {
  const out: Record<string, unknown[]> = {};
  for (const [table, rows] of tables) {
    if (table === 'sensitive_note') continue;
    out[table] = rows.map((row) =>
      Object.fromEntries(Object.entries(row).filter(([column, value]) => column !== 'search_text' && !Buffer.isBuffer(value))),
    );
  }
  return JSON.stringify({ format: 'sprakbro-participant-data', version: 1, exportedAt, tables: out, sensitiveNotes: notes ?? undefined }, null, 2);
}

async function buildPackage(
  store: MaterialStore | undefined,
  base: Omit<SummaryInput, 'files' | 'leftOut'>,
  materials: MaterialFacts[],
  fileName: string,
): Promise<ParticipantExportResult> {
  const entries: Zippable = {};
  const files: PackagedFile[] = [];
  const leftOut: SummaryInput['leftOut'] = [];
  for (const [index, material] of materials.entries()) {
    if (material.blocked) {
      leftOut.push({ originalName: material.originalName, reason: 'consent' });
      continue;
    }
    try {
      if (!store) throw new Error('no material store');
      const copy = await cleanCopy(store, material);
      const path = `materiale/${String(index + 1).padStart(3, '0')}-${safeFileName(copy.name)}`;
      // Photos, sound and video are compressed already: stored, not deflated again.
      entries[path] = [new Uint8Array(copy.data), { level: 0 }];
      files.push({ path, originalName: material.originalName });
    } catch {
      leftOut.push({ originalName: material.originalName, reason: 'missing' });
    }
  }
  entries['oversikt.html'] = strToU8(summaryHtml({ ...base, files, leftOut }));
  entries['data.json'] = strToU8(dataJson(base.exportedAt, base.tables, base.notes));
  const zip = zipSync(entries, { level: 6 });
  return { state: 'done', fileName, zipBase64: Buffer.from(zip).toString('base64'), files: files.length, missingFiles: leftOut.length };
}

export interface ExportContext {
  db: Database;
  materialStore?: MaterialStore;
  sensitiveKey?: SensitiveKeyProvider;
}

/** Reads everything about the participant now, logs the export, and starts making the zip. */
export function startParticipantExport(
  { db, materialStore, sensitiveKey }: ExportContext,
  input: { participantId: string; includeSensitive: boolean },
  role: string,
): { jobId: string } {
  const found = rowsAbout(db, input.participantId);
  if (!found) throw notFound();
  const exportedAt = now();
  // Each note is opened as when a user reads it, so the note log shows this export too.
  const notes = input.includeSensitive
    ? (found.tables.get('sensitive_note') ?? [])
        .filter((row) => row.deleted_at === null)
        .map((row) => openSensitiveNote(db, sensitiveKey, String(row.id), role))
    : null;
  logPrivacyEvent(db, input.includeSensitive ? 'export_sensitive' : 'export', input.participantId, role);

  const courses = db
    .prepare(
      `SELECT c.name, c.start_date AS startDate, c.end_date AS endDate FROM enrolment e JOIN course c ON c.id = e.course_id
       WHERE e.participant_id = ? ORDER BY c.start_date`,
    )
    .all(input.participantId) as SummaryInput['courses'];
  const person = found.tables.get('participant')![0]!;
  const day = exportedAt.slice(0, 10);
  const fileName = `deltakerdata-${safeFileName(`${String(person.given_name)} ${String(person.family_name)}`.trim(), 'deltaker').replace(/\s+/gu, '-')}-${day}.zip`;
  // In the order they were taken in, so the numbered file names follow the participant's time there.
  const materials = [...(found.tables.get('material') ?? [])]
    .sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)) || String(a.id).localeCompare(String(b.id)))
    .map(materialFacts);

  const jobId = newId();
  const map = jobsOf(db);
  const startedAt = Date.now();
  map.set(jobId, { state: 'running', startedAt });
  buildPackage(materialStore, { exportedAt, tables: found.tables, courses, notes }, materials, fileName).then(
    (result) => map.set(jobId, { ...result, startedAt }),
    () => map.set(jobId, { state: 'failed', code: 'internal', startedAt }),
  );
  return { jobId };
}

/** The job's state; a finished package is handed over once. */
export function participantExportResult(db: Database, jobId: string): ParticipantExportResult {
  const map = jobsOf(db);
  const job = map.get(jobId);
  if (!job) throw notFound();
  if (job.state !== 'running') map.delete(jobId);
  const { startedAt: _startedAt, ...result } = job;
  return result;
}
