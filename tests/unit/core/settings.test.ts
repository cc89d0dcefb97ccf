import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../../../electron/core/db/migrations';
import { defaultSettings } from '../../../shared/domain/settings';
import { addCourse, addParticipant, addStaff, errorOf } from '../helpers/fixtures';
import { createTestApi, type TestApi } from '../helpers/test-api';

let api: TestApi;
beforeEach(() => {
  api = createTestApi();
});
afterEach(() => api.db.close());

const backupDefaults = { backupFolder: null, backupIntervalHours: 4, materialSizeLimitMb: 2048, idleLockMinutes: 0, translationLeadDays: 7 };

describe('settings', () => {
  it('starts with the defaults: Bokmål, welcome not yet answered', () => {
    expect(api.value('settings.get', {})).toEqual({ uiLanguage: 'nb', welcomeDone: false, ...backupDefaults });
    expect(defaultSettings).toEqual({ uiLanguage: 'nb', welcomeDone: false, ...backupDefaults });
  });

  it('updates only what is given and keeps it', () => {
    expect(api.value('settings.update', { uiLanguage: 'nn' })).toEqual({ uiLanguage: 'nn', welcomeDone: false, ...backupDefaults });
    expect(api.value('settings.update', { welcomeDone: true })).toEqual({ uiLanguage: 'nn', welcomeDone: true, ...backupDefaults });
    expect(api.value('settings.update', {})).toEqual({ uiLanguage: 'nn', welcomeDone: true, ...backupDefaults });
    expect(api.value('settings.get', {})).toEqual({ uiLanguage: 'nn', welcomeDone: true, ...backupDefaults });
  });

  it('refuses unknown languages and keys', () => {
    expect(errorOf(api.raw('settings.update', { uiLanguage: 'de' }))).toEqual({
      code: 'validation',
      issues: [{ path: 'uiLanguage', code: 'invalidValue' }],
    });
    expect(errorOf(api.raw('settings.update', { theme: 'dark' })).issues).toEqual([{ path: 'theme', code: 'unexpectedField' }]);
    expect(api.value('settings.get', {})).toEqual(defaultSettings);
  });

  it('falls back to the default for one value it does not understand, keeping the others', () => {
    api.value('settings.update', { uiLanguage: 'en', welcomeDone: true });
    // As a later version might store a UI language this one does not have.
    api.db.prepare("UPDATE setting SET value = '\"se\"' WHERE key = 'uiLanguage'").run();
    expect(api.value('settings.get', {})).toEqual({ uiLanguage: 'nb', welcomeDone: true, ...backupDefaults });
  });

  it('ignores a stored value that is not JSON instead of failing', () => {
    api.value('settings.update', { welcomeDone: true });
    api.db.prepare("UPDATE setting SET value = 'not json' WHERE key = 'welcomeDone'").run();
    expect(api.value('settings.get', {})).toEqual(defaultSettings);
  });
});

describe('app.info', () => {
  it('tells version, mode, schema version and live row counts', () => {
    addStaff(api);
    const gone = addStaff(api, { name: 'Borte' });
    api.value('staff.delete', { id: gone.id });
    addCourse(api);
    addParticipant(api);
    addParticipant(api, { givenName: 'Abdi' });
    expect(api.value('app.info', {})).toEqual({
      version: '0.0.0-test',
      mode: 'test',
      schemaVersion: latestSchemaVersion,
      counts: { staff: 1, courses: 1, participants: 2 },
    });
  });
});
