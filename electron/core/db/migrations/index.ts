import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-goals';
import { migration0003 } from './0003-school-calendar';
import { migration0004 } from './0004-lessons';
import { migration0005 } from './0005-attendance';
import { migration0006 } from './0006-practice-sites';
import { migration0007 } from './0007-placement-follow-up';
import { migration0008 } from './0008-materials';
import { migration0009 } from './0009-assessments';
import { migration0010 } from './0010-glossaries';
import { migration0011 } from './0011-sensitive-notes';
import type { Migration } from './types';

/** Every migration in order; a new one is a new file added at the end of this list. */
export const migrations: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009, migration0010, migration0011];

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
