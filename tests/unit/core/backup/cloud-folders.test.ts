import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cloudServiceOf } from '../../../../electron/core/services/backup/cloud-folders';

describe('cloud-synced folders', () => {
  it.each([
    ['C:\\Users\\lærer\\OneDrive\\Dokumenter\\Språkbro', 'onedrive'],
    ['C:\\Users\\lærer\\OneDrive - Fiktiv kommune\\Språkbro', 'onedrive'],
    ['/Users/lærer/Library/CloudStorage/OneDrive-Personal/Språkbro', 'onedrive'],
    [join(tmpdir(), 'lærer', 'Dropbox', 'Språkbro'), 'dropbox'],
    ['C:\\Users\\lærer\\Dropbox (Personlig)\\Språkbro', 'dropbox'],
    ['G:\\Min disk\\Språkbro', 'googleDrive'],
    ['/Users/lærer/Library/CloudStorage/GoogleDrive-lærer@eksempel.invalid/My Drive', 'googleDrive'],
    ['/Users/lærer/Library/Mobile Documents/com~apple~CloudDocs/Språkbro', 'icloud'],
    ['C:\\Users\\lærer\\iCloudDrive\\Språkbro', 'icloud'],
    ['C:\\Users\\lærer\\Jottacloud\\Språkbro', 'jottacloud'],
  ] as const)('%s lies in %s', (path, service) => {
    expect(cloudServiceOf(path)).toBe(service);
  });

  it.each([
    'C:\\Users\\lærer\\AppData\\Roaming\\Språkbro',
    join(tmpdir(), 'lærer', '.config', 'Språkbro'),
    '/Users/lærer/Library/Application Support/Språkbro',
    join(tmpdir(), 'lærer', 'Dokumenter', 'onedrive-notater.txt'),
  ])('%s is a local folder', (path) => {
    expect(cloudServiceOf(path)).toBeNull();
  });
});
