import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { goalCatalogueSchema, type GoalCatalogue } from '../../../../shared/domain/goals';
import shippedCatalogue from '../../../../resources/curriculum/goals-catalogue.json';

/** Where the shipped catalogue lives in the repository; named in every error about it. */
export const shippedCatalogueFile = 'resources/curriculum/goals-catalogue.json';

/** The catalogue file cannot be used. The message names the file and the first problems. */
export class CatalogueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogueError';
  }
}

export interface LoadedCatalogue {
  catalogue: GoalCatalogue;
  /** SHA-256 of the validated content: a changed file is applied even if someone forgot to bump the version. */
  fingerprint: string;
}

function describeIssues(error: z.ZodError, raw: unknown): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path.map(String);
      // Name the goal by its id where we can, so an author finds the entry at once.
      const index = path[0] === 'goals' ? Number(path[1]) : NaN;
      const goals = (raw as { goals?: unknown } | null)?.goals;
      const id = Number.isInteger(index) && Array.isArray(goals) ? (goals[index] as { id?: unknown } | undefined)?.id : undefined;
      const where = path.join('.') || '(top level)';
      return `${where}${typeof id === 'string' ? ` (${id})` : ''}: ${issue.message}`;
    })
    .join('; ');
}

/** Validates catalogue content with the one zod schema; `source` names the file in errors. */
export function parseCatalogue(raw: unknown, source: string): LoadedCatalogue {
  const parsed = goalCatalogueSchema.safeParse(raw);
  if (!parsed.success) {
    throw new CatalogueError(`Goal catalogue ${source} is not valid: ${describeIssues(parsed.error, raw)}`);
  }
  const fingerprint = createHash('sha256').update(JSON.stringify(parsed.data)).digest('hex');
  return { catalogue: parsed.data, fingerprint };
}

/** Reads and validates a catalogue file from disk (a newer release, or a test's broken file). */
export function readCatalogueFile(file: string): LoadedCatalogue {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CatalogueError(`Goal catalogue ${file} cannot be read: ${(error as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new CatalogueError(`Goal catalogue ${file} is not valid JSON: ${(error as Error).message}`);
  }
  return parseCatalogue(raw, file);
}

let shipped: LoadedCatalogue | undefined;

/** The catalogue bundled with this build, validated once per process. */
export function loadShippedCatalogue(): LoadedCatalogue {
  shipped ??= parseCatalogue(shippedCatalogue, shippedCatalogueFile);
  return shipped;
}
