import { migration0001 } from './0001-initial';
import type { Migration } from './types';

/** Every migration in order; a new one is a new file added at the end of this list. */
export const migrations: readonly Migration[] = [migration0001];

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
