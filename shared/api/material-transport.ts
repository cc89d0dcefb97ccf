/**
 * How the shells move material files, beside the contract calls. Kept free of zod like
 * method-names.ts, because the sandboxed preload imports it.
 */

/** Browser mode: POST the raw file bytes here, with the metadata as JSON in the header below. */
export const materialImportPath = '/api/materials/import';
/** The import metadata (MaterialImportMetadata) as percent-encoded JSON. */
export const materialMetadataHeader = 'x-sprakbro-material';

/** Browser mode: GET this for a copy without location data (a download, or the JSON envelope). */
export const materialExportPath = (id: string): string => `/api/materials/${encodeURIComponent(id)}/export`;
export const materialExportPattern = /^\/api\/materials\/([0-9a-f-]{36})\/export$/;

/** Electron: import the file at a path (main checks the sender and that it is a regular file). */
export const materialImportChannel = 'sprakbro:material-import';
/**
 * Electron: import bytes made in the app that have no file on disk (a pronunciation recorded
 * on the term page). Main writes them to a private temporary file and imports that.
 */
export const materialImportBytesChannel = 'sprakbro:material-import-bytes';
/** The most bytes that may cross the bridge that way: recordings are small, files go by path. */
export const maxImportBytesOverBridge = 50 * 1024 * 1024;
/** Electron: save a copy of a material where the user chooses. */
export const materialExportChannel = 'sprakbro:material-export';
