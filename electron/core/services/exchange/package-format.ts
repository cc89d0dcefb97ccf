import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { zipSync } from 'fflate';
import type { z } from 'zod';
import {
  exchangeFormat,
  exchangeFormatVersion,
  exchangeLimits,
  manifestSchema,
  outgoingFileNames,
  packedGlossarySchema,
  packedPlansSchema,
  packedReturnSchema,
  returnFileNames,
  type Manifest,
  type OutgoingManifest,
  type PackedGlossary,
  type PackedPlans,
  type PackedReturn,
  type ReturnManifest,
} from '../../../../shared/domain/exchange';
import { rejected } from './rejected';
import { safeUnzip } from './safe-unzip';

const manifestName = 'manifest.json';
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const encode = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));

/** 32 random bytes as base64url: the per-package secret. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

type FileList = Manifest['files'];

/**
 * What the HMAC covers: the package's identity and each file's name, size and SHA-256, in
 * name order, one per line. The files themselves are checked against their SHA-256.
 */
function signedText(manifest: Pick<ReturnManifest, 'packageId' | 'centreId' | 'createdAt' | 'files'>): string {
  const files = [...manifest.files].sort((a, b) => (a.name < b.name ? -1 : 1));
  return [
    `${exchangeFormat}/${exchangeFormatVersion}/fromAssistant`,
    manifest.packageId,
    manifest.centreId,
    manifest.createdAt,
    ...files.map((file) => `${file.name}:${file.size}:${file.sha256}`),
  ].join('\n');
}

export function returnHmac(manifest: Pick<ReturnManifest, 'packageId' | 'centreId' | 'createdAt' | 'files'>, secret: string): string {
  return createHmac('sha256', Buffer.from(secret, 'base64url')).update(signedText(manifest)).digest('hex');
}

export function hmacMatches(manifest: ReturnManifest, secret: string): boolean {
  const expected = Buffer.from(returnHmac(manifest, secret), 'hex');
  const given = Buffer.from(manifest.hmac, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function zipWith(files: Record<string, unknown>, manifestFor: (list: FileList) => Manifest): Uint8Array {
  const encoded = Object.entries(files).map(([name, value]) => [name, encode(value)] as const);
  const list = encoded.map(([name, bytes]) => ({ name, size: bytes.length, sha256: sha256(bytes) })) as FileList;
  const manifest = manifestFor(list);
  const zip = zipSync({ [manifestName]: encode(manifest), ...Object.fromEntries(encoded) }, { level: 6 });
  if (zip.length > exchangeLimits.packageBytes) throw rejected('tooLarge');
  return zip;
}

export function writeOutgoingPackage(
  identity: Pick<OutgoingManifest, 'packageId' | 'centreId' | 'createdAt' | 'secret'>,
  plans: PackedPlans,
  glossary: PackedGlossary,
): Uint8Array {
  return zipWith({ 'plans.json': plans, 'glossary.json': glossary }, (files) => ({
    format: exchangeFormat,
    formatVersion: exchangeFormatVersion,
    kind: 'toAssistant',
    ...identity,
    files,
  }));
}

export function writeReturnPackage(
  identity: Pick<ReturnManifest, 'packageId' | 'centreId' | 'createdAt'>,
  secret: string,
  translations: PackedReturn,
): Uint8Array {
  return zipWith({ 'translations.json': translations }, (files) => {
    const base: Omit<ReturnManifest, 'hmac'> = { format: exchangeFormat, formatVersion: exchangeFormatVersion, kind: 'fromAssistant', ...identity, files };
    return { ...base, hmac: returnHmac(base, secret) };
  });
}

export type ReadPackage =
  | { kind: 'toAssistant'; manifest: OutgoingManifest; plans: PackedPlans; glossary: PackedGlossary }
  | { kind: 'fromAssistant'; manifest: ReturnManifest; translations: PackedReturn };

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    throw rejected('malformed');
  }
}

function parseWith<T>(schema: z.ZodType<T>, bytes: Uint8Array): T {
  const parsed = schema.safeParse(parseJson(bytes));
  if (!parsed.success) throw rejected('malformed');
  return parsed.data;
}

/**
 * Reads a package's bytes: the zip safely (limits, names), then the manifest (format version
 * first, so a package from a newer Språkbro gets its own message, then the schema), then
 * exactly the files it lists, each matching its SHA-256 and its schema. Nothing is written.
 */
export function readPackage(zip: Uint8Array): ReadPackage {
  const entries = safeUnzip(zip);
  const manifestBytes = entries.get(manifestName);
  if (!manifestBytes) throw rejected('missingEntry');
  const raw = parseJson(manifestBytes);
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== exchangeFormat) throw rejected('invalidManifest');
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (version !== exchangeFormatVersion) throw rejected('wrongVersion', { version: typeof version === 'number' ? version : '?' });
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw rejected('invalidManifest');
  const manifest = parsed.data;

  const expected: readonly string[] = manifest.kind === 'toAssistant' ? outgoingFileNames : returnFileNames;
  const listed: string[] = manifest.files.map((file) => file.name);
  if (new Set(listed).size !== listed.length || listed.some((name) => !expected.includes(name))) throw rejected('invalidManifest');
  for (const name of entries.keys()) if (name !== manifestName && !listed.includes(name)) throw rejected('unexpectedEntry');
  for (const name of expected) if (!listed.includes(name) || !entries.has(name)) throw rejected('missingEntry');
  for (const file of manifest.files) {
    const bytes = entries.get(file.name)!;
    if (bytes.length !== file.size || sha256(bytes) !== file.sha256) throw rejected('tampered');
  }

  if (manifest.kind === 'toAssistant') {
    return {
      kind: 'toAssistant',
      manifest,
      plans: parseWith(packedPlansSchema, entries.get('plans.json')!),
      glossary: parseWith(packedGlossarySchema, entries.get('glossary.json')!),
    };
  }
  return { kind: 'fromAssistant', manifest, translations: parseWith(packedReturnSchema, entries.get('translations.json')!) };
}

export const decodePackageData = (data: string): Uint8Array => {
  const bytes = Buffer.from(data, 'base64');
  if (bytes.length > exchangeLimits.packageBytes) throw rejected('tooLarge');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
};
export const encodePackageData = (zip: Uint8Array): string => Buffer.from(zip).toString('base64');
