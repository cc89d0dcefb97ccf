import { copyFile, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type WebContents } from 'electron';
import { materialExportChannel, materialImportBytesChannel, materialImportChannel, maxImportBytesOverBridge } from '../../shared/api/material-transport';
import type { PrintOutcome } from '../../shared/domain/printing';
import { fail, ok, type Result } from '../../shared/result';
import { writePatches, type PatchToWrite } from '../core/services/materials/file-patches';
import { materialExportReplySchema } from './core-messages';
import { isTrustedSender, type SenderEvent } from './ipc';

/** Sends a material operation on to core (see core-client.ts). */
export type ForwardMaterial = (operation: 'import' | 'export', input: unknown) => Promise<Result<unknown>>;

export interface MaterialIpcDeps {
  forward: ForwardMaterial;
  isOwnWebContents: (contents: WebContents) => boolean;
  /** Asks where to save; undefined when the user cancels. Replaceable in tests. */
  chooseFile?: (sender: WebContents, fileName: string) => Promise<string | undefined>;
  writeFile?: (file: string, data: Uint8Array) => Promise<void>;
  copyFile?: (from: string, to: string) => Promise<void>;
  /** Writes core's location patches over the copied file in place; replaceable in tests. */
  writePatches?: (file: string, patches: readonly PatchToWrite[]) => Promise<void>;
  /** Replaceable in tests. */
  isRegularFile?: (file: string) => Promise<boolean>;
}

const maxPathLength = 4096;

async function isRegularFileOnDisk(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

const unreadable = () => fail('file_rejected', undefined, { reason: 'unreadable' });

/**
 * Import of one picked file: the preload sends the file's path (webUtils.getPathForFile),
 * never its bytes. Only our own top frame may ask; the path must be absolute and name a
 * regular file (not a folder, device or pipe). Core then reads, checks and stores it.
 */
export async function handleMaterialImportInvoke(
  event: SenderEvent,
  file: unknown,
  metadata: unknown,
  deps: MaterialIpcDeps,
): Promise<Result<unknown>> {
  if (!isTrustedSender(event, deps.isOwnWebContents)) return fail('forbidden');
  if (typeof file !== 'string' || file.length === 0 || file.length > maxPathLength || file.includes('\0')) return unreadable();
  if (!path.isAbsolute(file)) return unreadable();
  if (!(await (deps.isRegularFile ?? isRegularFileOnDisk)(file))) return unreadable();
  try {
    return await deps.forward('import', { path: file, metadata });
  } catch (error) {
    console.error('Material import failed in main', error);
    return fail('internal');
  }
}

/**
 * Import of bytes made in the app (a recording on the term page): only our own top frame,
 * only bytes, at most maxImportBytesOverBridge. Main writes them to a temporary folder of its
 * own (0700 by mkdtemp), core imports that file like a picked one, and the folder goes again.
 */
export async function handleMaterialImportBytesInvoke(
  event: SenderEvent,
  bytes: unknown,
  metadata: unknown,
  deps: MaterialIpcDeps,
): Promise<Result<unknown>> {
  if (!isTrustedSender(event, deps.isOwnWebContents)) return fail('forbidden');
  if (!(bytes instanceof Uint8Array) || bytes.byteLength === 0 || bytes.byteLength > maxImportBytesOverBridge) return unreadable();
  const folder = await mkdtemp(path.join(tmpdir(), 'sprakbro-recording-'));
  try {
    const file = path.join(folder, 'recording');
    await writeFile(file, bytes);
    return await deps.forward('import', { path: file, metadata });
  } catch (error) {
    console.error('Material import of bytes failed in main', error);
    return fail('internal');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function chooseFileWithDialog(sender: WebContents, fileName: string): Promise<string | undefined> {
  const owner = BrowserWindow.fromWebContents(sender);
  const extension = path.extname(fileName).slice(1);
  const options = {
    defaultPath: path.join(app.getPath('documents'), fileName),
    ...(extension ? { filters: [{ name: extension.toUpperCase(), extensions: [extension] }] } : {}),
  };
  const answer = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  return answer.canceled || !answer.filePath ? undefined : answer.filePath;
}

/**
 * Export of one material: core makes the copy (refusing it while consent is missing, with
 * location data stripped from images), the user picks where it goes, main writes it. A
 * stored file is copied as it is and the patches core worked out (blanking the location
 * boxes of MP4 video and sound) are then written over the copy, never over the store.
 */
export async function handleMaterialExportInvoke(event: SenderEvent, id: unknown, deps: MaterialIpcDeps): Promise<Result<PrintOutcome>> {
  if (!isTrustedSender(event, deps.isOwnWebContents)) return fail('forbidden');
  if (typeof id !== 'string' || id.length === 0 || id.length > 100) return fail('validation');
  try {
    const result = await deps.forward('export', { id });
    if (!result.ok) return result;
    const copy = materialExportReplySchema.parse(result.value);
    const target = await (deps.chooseFile ?? chooseFileWithDialog)(event.sender, copy.fileName);
    if (!target) return ok({ saved: false, fileName: copy.fileName });
    if (copy.kind === 'data') await (deps.writeFile ?? writeFile)(target, copy.data);
    else {
      await (deps.copyFile ?? copyFile)(copy.path, target);
      await (deps.writePatches ?? writePatches)(target, copy.patches);
    }
    return ok({ saved: true, fileName: path.basename(target) });
  } catch (error) {
    console.error('Material export failed in main', error);
    return fail('internal');
  }
}

/** Installs the material channels next to the API and print channels. */
export function registerMaterialIpc(deps: MaterialIpcDeps): void {
  ipcMain.handle(materialImportChannel, (event, file: unknown, metadata: unknown) => handleMaterialImportInvoke(event, file, metadata, deps));
  ipcMain.handle(materialImportBytesChannel, (event, bytes: unknown, metadata: unknown) =>
    handleMaterialImportBytesInvoke(event, bytes, metadata, deps),
  );
  ipcMain.handle(materialExportChannel, (event, id: unknown) => handleMaterialExportInvoke(event, id, deps));
}
