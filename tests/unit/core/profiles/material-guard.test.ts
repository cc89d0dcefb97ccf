import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MaterialService } from '../../../../electron/core/services/materials/service';
import { guardedBySession } from '../../../../electron/core/services/profiles/material-guard';
import { ok, type Result } from '../../../../shared/result';
import type { StaffRole } from '../../../../shared/domain/staff';
import { courseInput, participantInput, staffInput } from '../../helpers/fixtures';
import { createSessionApi, type SessionApi } from './session-api';

/** Material files bypass dispatch; the guard gives them the same profile rules. */
let app: SessionApi;
let materials: MaterialService;
const rolesAsked: StaffRole[] = [];
const ownMaterial = '01900000-0000-7000-8000-0000000000a1';
const otherMaterial = '01900000-0000-7000-8000-0000000000b1';
let nadia: string;

const fake: MaterialService = {
  sizeLimitBytes: () => 1,
  checkImport: (role) => (rolesAsked.push(role), ok({} as never)),
  importStream: () => Promise.resolve(ok({} as never)),
  importPath: (role) => (rolesAsked.push(role), Promise.resolve(ok({} as never))),
  file: () => ok({ path: 'x', size: 1, mediaType: 'image/jpeg', inline: true, fileName: 'x.jpg' }),
  exportCopy: () => Promise.resolve(ok({ kind: 'data' as const, data: Buffer.alloc(1), mediaType: 'image/jpeg', fileName: 'x.jpg' })),
};

const code = (result: Result<unknown>) => (result.ok ? 'ok' : result.error.code);

beforeEach(() => {
  rolesAsked.length = 0;
  app = createSessionApi();
  nadia = app.value('staff.create', staffInput({ name: 'Nadia Karim', role: 'assistant' })).id;
  const own = app.value('courses.create', courseInput({ assistantIds: [nadia] })).id;
  const amina = app.value('participants.create', participantInput({ givenName: 'Amina' })).id;
  const samir = app.value('participants.create', participantInput({ givenName: 'Samir' })).id;
  app.value('courses.enrol', { courseId: own, participantId: amina });
  const insert = app.db.prepare(
    `INSERT INTO material (id, sha256, kind, media_type, original_name, size, participant_id, created_at, updated_at)
     VALUES (?, ?, 'image', 'image/jpeg', 'x.jpg', 10, ?, '2026-09-14T10:00:00.000Z', '2026-09-14T10:00:00.000Z')`,
  );
  insert.run(ownMaterial, 'a'.repeat(64), amina);
  insert.run(otherMaterial, 'b'.repeat(64), samir);
  materials = guardedBySession(fake, app.api.session, app.db);
});
afterEach(() => app.db.close());

describe('material files and the profile session', () => {
  it('serves an assistant the files of their own classes only', async () => {
    app.value('profiles.signIn', { staffId: nadia });
    expect(code(materials.file(ownMaterial, 'original'))).toBe('ok');
    expect(code(materials.file(otherMaterial, 'thumbnail'))).toBe('forbidden');
    expect(code(await materials.exportCopy(otherMaterial))).toBe('forbidden');
  });

  it('imports with the signed-in assistant’s role, never more', async () => {
    app.value('profiles.signIn', { staffId: nadia });
    materials.checkImport('teacher', {});
    await materials.importPath('teacher', join(tmpdir(), 'x.jpg'), {});
    expect(rolesAsked).toEqual(['assistant', 'assistant']);
  });

  it('refuses every file while locked or signed out', async () => {
    app.value('profiles.signIn', { staffId: nadia });
    app.value('profiles.setPin', { pin: '2468' });
    app.value('profiles.lock', {});
    expect(code(materials.file(ownMaterial, 'original'))).toBe('locked');
    expect(code(materials.checkImport('teacher', {}))).toBe('locked');
    app.value('profiles.signOut', {});
    expect(code(await materials.exportCopy(ownMaterial))).toBe('signed_out');
  });
});
