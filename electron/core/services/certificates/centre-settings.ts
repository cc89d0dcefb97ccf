import type { Database } from 'better-sqlite3';
import {
  centreProfileSchema,
  defaultCentreProfile,
  documentTextsSchema,
  type CentreProfile,
  type DocumentKind,
  type DocumentLanguage,
  type DocumentTexts,
  type DocumentTextsAnswer,
} from '../../../../shared/domain/certificates';
import { now } from '../../db/ids';
import type { TemplateSet } from './template-files';

/**
 * The centre as documents show it, in the setting table under its own key. It is not part
 * of the general settings: the logo and signature are pictures of up to a few hundred KB,
 * which every settings read would otherwise carry.
 */
const centreKey = 'documentCentre';

export function readCentreProfile(db: Database): CentreProfile {
  const text = db.prepare('SELECT value FROM setting WHERE key = ?').pluck().get(centreKey) as string | undefined;
  if (text === undefined) return defaultCentreProfile;
  try {
    // Field by field, so one damaged value falls back to its default and the rest is kept.
    const stored = JSON.parse(text) as Record<string, unknown>;
    const profile: Record<string, unknown> = { ...defaultCentreProfile };
    for (const [key, schema] of Object.entries(centreProfileSchema.shape)) {
      const parsed = schema.safeParse(stored[key]);
      if (parsed.success) profile[key] = parsed.data;
    }
    return profile as CentreProfile;
  } catch {
    return defaultCentreProfile;
  }
}

export function updateCentreProfile(db: Database, changes: Partial<CentreProfile>): CentreProfile {
  const current = readCentreProfile(db);
  const next = { ...current, ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) };
  // Nothing to store when nothing changed (an autosave of the same value, an empty patch).
  if (JSON.stringify(next) === JSON.stringify(current)) return current;
  const stamp = now();
  db.prepare(
    `INSERT INTO setting (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(centreKey, JSON.stringify(next), stamp, stamp);
  return readCentreProfile(db);
}

/** The centre's wording of one document, or the template's default where it has none. */
export function readDocumentTexts(db: Database, templates: TemplateSet, kind: DocumentKind, language: DocumentLanguage): DocumentTextsAnswer {
  const defaults = templates.defaults(kind, language);
  const text = db.prepare('SELECT texts FROM document_text WHERE kind = ? AND language = ?').pluck().get(kind, language) as string | undefined;
  let texts: DocumentTexts = defaults;
  if (text !== undefined) {
    const parsed = documentTextsSchema.safeParse(JSON.parse(text));
    if (parsed.success) texts = parsed.data;
  }
  return { kind, language, texts, defaults };
}

export function writeDocumentTexts(db: Database, templates: TemplateSet, kind: DocumentKind, language: DocumentLanguage, texts: DocumentTexts): DocumentTextsAnswer {
  const stamp = now();
  db.prepare(
    `INSERT INTO document_text (kind, language, texts, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (kind, language) DO UPDATE SET texts = excluded.texts, updated_at = excluded.updated_at`,
  ).run(kind, language, JSON.stringify(texts), stamp, stamp);
  return readDocumentTexts(db, templates, kind, language);
}
