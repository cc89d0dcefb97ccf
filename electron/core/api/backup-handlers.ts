import type { Database } from 'better-sqlite3';
import type { BackupStatus } from '../../../shared/domain/backups';
import type { Settings } from '../../../shared/domain/settings';
import { ApiFailure, invalidField } from '../db/errors';
import { readSettings, writeSettings } from '../repositories/settings';
import type { BackupService } from '../services/backup/service';

/** Where no backup service runs (tests without a data folder): say so instead of pretending. */
function unavailable(db: Database): BackupStatus {
  const settings = readSettings(db);
  return {
    available: false,
    folder: settings.backupFolder,
    intervalHours: settings.backupIntervalHours,
    dataFolder: null,
    dataFolderCloud: null,
    running: null,
    changedSinceLastBackup: false,
    lastBackupAt: null,
    lastFailure: null,
    lastRestore: null,
    snapshots: [],
  };
}

export const backupStatus = (db: Database, backups: BackupService | undefined): BackupStatus =>
  backups?.status() ?? unavailable(db);

/** Starts a job, or explains why it cannot start: no folder chosen, or another job running. */
export function startBackupJob(db: Database, backups: BackupService | undefined, start: (service: BackupService) => boolean): BackupStatus {
  if (!backups) throw new ApiFailure('conflict', undefined, { reason: 'backupsUnavailable' });
  if (!readSettings(db).backupFolder) throw invalidField('folder', 'required');
  if (!start(backups)) throw new ApiFailure('conflict', undefined, { reason: 'backupRunning' });
  return backups.status();
}

/** settings.update with the one rule a schema cannot check: backups never go into the data folder. */
export function updateSettings(db: Database, backups: BackupService | undefined, changes: Partial<Settings>): Settings {
  if (changes.backupFolder && backups?.isInsideDataFolder(changes.backupFolder)) {
    throw invalidField('backupFolder', 'insideDataFolder');
  }
  return writeSettings(db, changes);
}

