import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { materialUpdateSchema } from '../../../../shared/domain/materials';
import { normalizeForSearch } from '../../../../shared/domain/search-text';
import { newId } from '../../db/ids';
import type { Random } from './random';

/** A placement as the material needs it: what a participant captured at their site, and when. */
export interface PlacementSpan {
  participantId: string;
  placementId: string;
  siteId: string;
  startDate: string;
  endDate: string;
}

interface Kind {
  kind: 'image' | 'audio' | 'video' | 'pdf' | 'document';
  mediaType: string;
  extension: string;
  share: number;
}

const kinds: readonly Kind[] = [
  { kind: 'image', mediaType: 'image/jpeg', extension: 'jpg', share: 0.7 },
  { kind: 'audio', mediaType: 'audio/mp4', extension: 'm4a', share: 0.15 },
  { kind: 'video', mediaType: 'video/mp4', extension: 'mp4', share: 0.05 },
  { kind: 'pdf', mediaType: 'application/pdf', extension: 'pdf', share: 0.05 },
  { kind: 'document', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', share: 0.05 },
];
const captions = [
  'Vaktlista på pauserommet', 'Verktøyet vi bruker hver dag', 'Samtale med fadder om dagens oppgaver', 'Oppslag om brannøvelse',
  'Kjøkkenet før lunsj', 'Rutine for håndvask', 'Melding til lederen', 'Lageret etter varelevering', 'Morgenmøte', 'Sikkerhetsutstyr',
];
const tagPool = ['rutiner', 'verktøy', 'samtale', 'sikkerhet', 'hygiene', 'vaktliste', 'kunder', 'pause', 'møte', 'ordforråd'];

/**
 * Material rows: what participants captured at their practice sites, `count` in all,
 * spread over the placements. Only the rows are made, not the files: the store would
 * otherwise hold gigabytes of noise, and every view the benchmarks time (lists, search,
 * evidence) reads the rows. Each row gets its own content address (the store keys files
 * by SHA-256, one row per file), no thumbnail, and a size and shape that fit its kind;
 * opening one shows the app's "file missing" state. The editable fields pass the API's
 * schema, and the search text is built as repositories/materials.ts builds it.
 */
export function generateMaterials(
  db: Database,
  random: Random,
  placements: readonly PlacementSpan[],
  count: number,
  goalIds: readonly string[],
  today: string,
  seed: number,
  stamp: string,
): number {
  if (placements.length === 0) return 0;
  const insertMaterial = db.prepare(
    `INSERT INTO material (id, sha256, kind, media_type, original_name, size, width, height, date, date_from_exif,
       participant_id, placement_id, site_id, caption, transcript, tags, others_appear, others_consent, has_thumbnail,
       search_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, 0, ?, ?, ?)`,
  );
  const insertGoal = db.prepare('INSERT INTO material_goal (material_id, goal_id, position, created_at, updated_at) VALUES (?, ?, 0, ?, ?)');
  let written = 0;
  for (let index = 0; index < count; index += 1) {
    const placement = placements[index % placements.length] as PlacementSpan;
    const lastDay = placement.endDate < today ? placement.endDate : today;
    const span = Math.max(0, differenceInCalendarDays(parseISO(lastDay), parseISO(placement.startDate)));
    if (placement.startDate > today) continue;
    const date = format(addDays(parseISO(placement.startDate), random.int(span + 1)), 'yyyy-MM-dd');
    const roll = random.next();
    let cumulative = 0;
    const kind = kinds.find((item) => (cumulative += item.share) > roll) ?? (kinds[0] as Kind);
    const tags = [...new Set([random.pick(tagPool), random.pick(tagPool)])];
    const othersAppear = random.chance(0.2);
    const fields = materialUpdateSchema.parse({
      id: newId(),
      participantId: placement.participantId,
      placementId: placement.placementId,
      siteId: placement.siteId,
      date,
      caption: random.pick(captions),
      tags,
      goalIds: goalIds.length > 0 && random.chance(0.5) ? [random.pick(goalIds)] : [],
      othersAppear,
      othersConsent: othersAppear && random.chance(0.7),
    });
    const originalName = `${kind.kind === 'image' ? 'IMG' : kind.kind.toUpperCase()}_${String(index + 1).padStart(5, '0')}.${kind.extension}`;
    const sha256 = createHash('sha256').update(`fictional-material:${seed}:${index}`).digest('hex');
    const image = kind.kind === 'image' || kind.kind === 'video';
    const size = kind.kind === 'video' ? 8_000_000 + random.int(20_000_000) : 40_000 + random.int(3_000_000);
    const caption = fields.caption ?? '';
    const searchText = normalizeForSearch([caption, '', ...tags, originalName].join(' '));
    insertMaterial.run(
      fields.id, sha256, kind.kind, kind.mediaType, originalName, size, image ? 1600 : null, image ? 1200 : null, date,
      kind.kind === 'image' ? 1 : 0, placement.participantId, placement.placementId, placement.siteId, caption,
      JSON.stringify(tags), othersAppear ? 1 : 0, fields.othersConsent ? 1 : 0, searchText, stamp, stamp,
    );
    for (const goalId of fields.goalIds ?? []) insertGoal.run(fields.id, goalId, stamp, stamp);
    written += 1;
  }
  return written;
}
