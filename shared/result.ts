/**
 * The result envelope every API call answers with. Errors carry a stable code that the
 * renderer translates; they never carry user-facing text.
 */
export const errorCodes = [
  'validation',
  'not_found',
  'forbidden',
  'conflict',
  'unknown_method',
  'database_newer',
  'database_corrupt',
  'internal',
  /** Printing needs Chromium (browser mode) or the print window (Electron), and it is missing or broken. */
  'printer_unavailable',
  /** Other people appear in the material without their consent: it may not be printed or exported. */
  'consent_missing',
  /** An imported file was refused; `params.reason`: empty, tooLarge, unsupportedType, corrupt, unreadable. */
  'file_rejected',
  /** The material's file is gone from the store. */
  'file_missing',
  /** The disk holding the data folder is full; nothing of this change was saved. */
  'storage_full',
  /** The data folder or database is read-only; nothing of this change was saved. */
  'storage_readonly',
  /** The disk could not be read or written (removed drive, I/O error); nothing of this change was saved. */
  'storage_unavailable',
  /** A restore is putting a backup back; nothing can be changed until it is done. */
  'maintenance',
  /** Sign-in is set up and nobody is signed in: the start screen asks «Hvem er du?». */
  'signed_out',
  /** The PC is locked: only the profile's PIN (or signing out) opens it again. */
  'locked',
  /** The PIN did not match; `params.waitSeconds` when the next try must wait a little. */
  'pin_wrong',
  /** Too many wrong PINs in a row: try again after `params.waitSeconds` (nothing is lost meanwhile). */
  'pin_wait',
  /** The action needs a PIN on the profile (locking the PC), and it has none. */
  'pin_missing',
  /** An exchange package was refused before anything was written; `params.reason` (shared/domain/exchange.ts) says why. */
  'package_rejected',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** One problem with one field of the input; `code` is a stable key under `errors.field.*`. */
export interface FieldIssue {
  path: string;
  code: FieldIssueCode;
  params?: Record<string, number | string>;
}

export const fieldIssueCodes = [
  'required',
  'tooLong',
  'tooShort',
  'tooSmall',
  'tooBig',
  'invalidDate',
  'endBeforeStart',
  'unknownLanguage',
  'unknownCourse',
  'unknownParticipant',
  'unknownStaff',
  'invalidValue',
  'invalidType',
  'duplicate',
  'unexpectedField',
  'readOnly',
  'badEncoding',
  'unknownSchoolYear',
  'outsideSchoolYear',
  'rangeTooLong',
  'unknownTheme',
  'unknownGoal',
  'outsideCourse',
  'closedDay',
  'noFreeSchoolDay',
  'sourceEmpty',
  'tooManyLessons',
  'invalidOrgNumber',
  'notAbsolutePath',
  'insideDataFolder',
  'overlapsPlacement',
  /** A Norskprøven writing result above the level pair it was registered at. */
  'aboveLevelPair',
  /** A level judged on a day that has not come yet. */
  'futureDate',
  /** A correction of an official result without the reason it needs. */
  'reasonRequired',
  /** A Norskprøven sub-test that the sitting already has. */
  'subTestTaken',
  /** The date of an official result is the date of its sitting. */
  'sittingDate',
  /** A self-assessment is the participant's own: the teacher cannot change its level. */
  'selfAssessmentOwn',
  /** A folder to write into that does not exist (or is not a folder). */
  'folderMissing',
] as const;
export type FieldIssueCode = (typeof fieldIssueCodes)[number];

export interface ApiError {
  code: ErrorCode;
  issues?: FieldIssue[];
  /** Extra facts for the message, e.g. the schema versions for `database_newer`. */
  params?: Record<string, number | string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (
  code: ErrorCode,
  issues?: FieldIssue[],
  params?: Record<string, number | string>,
): { ok: false; error: ApiError } => ({
  ok: false,
  error: { code, ...(issues ? { issues } : {}), ...(params ? { params } : {}) },
});
