import { z } from 'zod';
import { staffRoleSchema } from '../../shared/domain/staff';
import { errorCodes, fieldIssueCodes, type Result } from '../../shared/result';

/**
 * The messages between main and the core utility process. Both sides parse what they
 * receive with these schemas, so a bug on one side shows up as a clear failure, not as a
 * promise that never settles.
 */
export const coreRequestSchema = z.object({
  id: z.number().int().nonnegative(),
  method: z.string(),
  input: z.unknown(),
  /** Only for tests and tools: without it (main's calls) core's profile session decides who calls. */
  role: staffRoleSchema.optional(),
});
export type CoreRequest = z.infer<typeof coreRequestSchema>;

/**
 * Material files, beside the contract calls: import a file from a path, find a stored file
 * to serve (app://), or make a copy to export. Core answers these asynchronously.
 */
export const materialOperations = ['import', 'file', 'export'] as const;
export type MaterialOperation = (typeof materialOperations)[number];
export const materialRequestSchema = z.object({
  id: z.number().int().nonnegative(),
  material: z.enum(materialOperations),
  input: z.unknown(),
  /** As for contract calls: without it, core's profile session decides. */
  role: staffRoleSchema.optional(),
});
export type MaterialRequest = z.infer<typeof materialRequestSchema>;

/** The inputs of each material operation, checked by core. */
export const materialImportRequestSchema = z.object({ path: z.string().min(1).max(4096), metadata: z.unknown() });
export const materialFileRequestSchema = z.object({ id: z.string().min(1).max(100), variant: z.enum(['original', 'thumbnail']) });
export const materialExportRequestSchema = z.object({ id: z.string().min(1).max(100) });

/** What core answers for 'file' and 'export', checked by main before it touches a file. */
export const materialFileReplySchema = z.object({
  path: z.string(),
  size: z.number().int().nonnegative(),
  mediaType: z.string(),
  inline: z.boolean(),
  fileName: z.string(),
});
export const materialExportReplySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('data'), data: z.instanceof(Uint8Array), mediaType: z.string(), fileName: z.string() }),
  z.object({
    kind: z.literal('file'),
    path: z.string(),
    size: z.number(),
    mediaType: z.string(),
    fileName: z.string(),
    /** Core's location patches for the copy (media-location.ts): main writes them, it does not parse media. */
    patches: z.array(z.object({ position: z.number().int().nonnegative(), data: z.instanceof(Uint8Array) })),
  }),
]);

const paramsSchema = z.record(z.string(), z.union([z.number(), z.string()]));
const apiErrorSchema = z.object({
  code: z.enum(errorCodes),
  issues: z
    .array(z.object({ path: z.string(), code: z.enum(fieldIssueCodes), params: paramsSchema.optional() }))
    .optional(),
  params: paramsSchema.optional(),
});
const resultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: apiErrorSchema }),
]);

export const coreReplySchema = z.object({
  id: z.number().int().nonnegative(),
  result: resultSchema,
});
export interface CoreReply {
  id: number;
  result: Result<unknown>;
}

/** Command-line flag carrying the database path to the core process. */
export const databaseArgPrefix = '--sprakbro-database=';
/** Environment fallback, for running the host by hand or from a test harness. */
export const databaseEnvName = 'SPRAKBRO_DATABASE';

/** Command-line flag carrying the bundled print fonts folder to the core process. */
export const fontsArgPrefix = '--sprakbro-fonts=';

export function fontsArg(folder: string): string {
  return `${fontsArgPrefix}${folder}`;
}

/** The fonts folder from argv; undefined when main did not pass one (documents then use installed fonts). */
export function readFontsDir(argv: readonly string[]): string | undefined {
  const value = argv.find((arg) => arg.startsWith(fontsArgPrefix))?.slice(fontsArgPrefix.length);
  return value ? value : undefined;
}

export function databaseArg(file: string): string {
  return `${databaseArgPrefix}${file}`;
}

/** The database path from argv (preferred) or the environment; undefined when neither has it. */
export function readDatabasePath(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): string | undefined {
  const arg = argv.find((value) => value.startsWith(databaseArgPrefix));
  const fromArg = arg?.slice(databaseArgPrefix.length);
  if (fromArg) return fromArg;
  const fromEnv = env[databaseEnvName];
  return fromEnv ? fromEnv : undefined;
}

/** A 32-byte key as base64 (44 characters with padding). */
const keySchema = z
  .string()
  .regex(/^[A-Za-z0-9+/]{43}=$/u)
  .transform((value) => Buffer.from(value, 'base64'));

/**
 * Main's first message to a fresh core process: the keys main unwrapped from the OS keychain
 * (key-store.ts). They travel over the parent port, never on the command line (which other
 * programs can read). A key main could not unwrap is left out; core then refuses what needs
 * it rather than making a new one.
 */
export const coreStartSchema = z.object({
  start: z.literal(true),
  keys: z.object({ sensitiveNotes: keySchema.optional(), credentialIssuer: keySchema.optional() }),
});
export type CoreStart = z.input<typeof coreStartSchema>;
export type CoreKeys = z.output<typeof coreStartSchema>['keys'];

/**
 * Main's last message on quit: core takes its final backup snapshot (when there were
 * changes), closes the database and exits. Main waits a while for that, then kills it.
 */
export const shutdownRequest = { shutdown: true } as const;
export const isShutdownRequest = (message: unknown): boolean =>
  typeof message === 'object' && message !== null && (message as { shutdown?: unknown }).shutdown === true;
