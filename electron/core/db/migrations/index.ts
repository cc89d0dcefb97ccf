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
import { migration0012 } from './0012-profiles';
import { migration0013 } from './0013-translation-queue';
import { migration0014 } from './0014-exchange-packages';
import { migration0015 } from './0015-issued-documents';
import { migration0016 } from './0016-document-credentials';
import { migration0017 } from './0017-privacy-log';
import { migration0018 } from './0018-user-languages';
import { migration0019 } from './0019-glossary-term-audio';
import type { Migration } from './types';

/** Every migration in order; a new one is a new file added at the end of this list. */
export const migrations: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009, migration0010, migration0011, migration0012, migration0013, migration0014, migration0015, migration0016, migration0017, migration0018, migration0019];

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
