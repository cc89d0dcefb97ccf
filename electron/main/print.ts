import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session, type WebContents } from 'electron';
import { isPrintMethod, printChannel } from '../../shared/api/print-names';
import { printDocumentSchema, type PrintDocument, type PrintOutcome } from '../../shared/domain/printing';
import { fail, ok, type Result } from '../../shared/result';
import { writePdfsToFolder } from '../core/services/certificates/write-folder';
import { embedCredential, type CredentialExportCall } from '../core/services/credentials/embed';
import { checkCall, isTrustedSender, type ForwardCall, type SenderEvent } from './ipc';

/** Turns a document into PDF bytes. */
export interface ElectronPdfPrinter {
  print(document: Pick<PrintDocument, 'html' | 'landscape'>): Promise<Buffer>;
  close(): void;
}

/** The print window's own in-memory session: nothing it loads touches the app's session. */
export const printPartition = 'sprakbro-print';

/** True for the document file itself or a file inside the fonts folder; everything else is cancelled. */
export function isAllowedPrintRequest(url: string, documentUrl: string, fontsDir: string | undefined): boolean {
  if (url === documentUrl) return true;
  if (!fontsDir || !url.startsWith('file:')) return false;
  const root = pathToFileURL(path.resolve(fontsDir)).href + '/';
  return url.startsWith(root) && !url.slice(root.length).includes('..');
}

/**
 * One hidden window, created on the first print and kept for the next ones (a warm page
 * prints in tens of milliseconds; a new one costs far more). It has no preload, no
 * JavaScript, sandbox and context isolation on, and its own session that lets through only
 * the document's temporary file and the bundled fonts. The document is loaded from a
 * temporary file (not a data: URL) because only a file:// page may read the file:// fonts.
 */
export function createPrintWindowPrinter(options: { fontsDir?: string }): ElectronPdfPrinter {
  let window: BrowserWindow | null = null;
  let dir: string | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const ensureWindow = (): { window: BrowserWindow; file: string } => {
    dir ??= mkdtempSync(path.join(tmpdir(), 'sprakbro-print-'));
    const file = path.join(dir, 'document.html');
    if (!window || window.isDestroyed()) {
      const printSession = session.fromPartition(printPartition);
      const documentUrl = pathToFileURL(file).href;
      printSession.webRequest.onBeforeRequest((details, callback) => {
        callback({ cancel: !isAllowedPrintRequest(details.url, documentUrl, options.fontsDir) });
      });
      window = new BrowserWindow({
        show: false,
        webPreferences: {
          session: printSession,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          javascript: false,
          webSecurity: true,
          offscreen: true,
          spellcheck: false,
          disableBlinkFeatures: 'Auxclick',
        },
      });
      window.on('closed', () => {
        window = null;
      });
    }
    return { window, file };
  };

  const printOne = async (document: Pick<PrintDocument, 'html' | 'landscape'>): Promise<Buffer> => {
    const { window: printWindow, file } = ensureWindow();
    writeFileSync(file, document.html, 'utf8');
    try {
      await printWindow.loadURL(pathToFileURL(file).href);
      return await printWindow.webContents.printToPDF({
        landscape: document.landscape,
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
      });
    } finally {
      // The document holds personal data: it does not stay on disk between prints.
      rmSync(file, { force: true });
    }
  };

  return {
    print(document) {
      const next = queue.then(() => printOne(document));
      queue = next.catch(() => undefined);
      return next;
    },
    close() {
      if (window && !window.isDestroyed()) window.destroy();
      window = null;
      if (dir) rmSync(dir, { recursive: true, force: true });
      dir = null;
    },
  };
}

export interface PrintIpcDeps {
  forward: ForwardCall;
  isOwnWebContents: (contents: WebContents) => boolean;
  printer: ElectronPdfPrinter;
  /** Asks where to save; undefined when the user cancels. Replaceable in tests. */
  chooseFile?: (sender: WebContents, fileName: string) => Promise<string | undefined>;
  writeFile?: (file: string, data: Buffer) => Promise<void>;
}

async function chooseFileWithDialog(sender: WebContents, fileName: string): Promise<string | undefined> {
  const owner = BrowserWindow.fromWebContents(sender);
  const options = {
    defaultPath: path.join(app.getPath('documents'), fileName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  };
  const answer = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  return answer.canceled || !answer.filePath ? undefined : answer.filePath;
}

/** A printed document's credential, asked from core like any call from this window. */
const exportCredential = (deps: PrintIpcDeps): CredentialExportCall => (documentId) => deps.forward('credentials.export', { documentId });

/** One PDF per part into the folder the user typed (certificate batches); no dialog, no file replaced. */
async function printToFolder(folder: NonNullable<PrintDocument['folder']>, deps: PrintIpcDeps): Promise<Result<PrintOutcome>> {
  const pdfs: { fileName: string; pdf: Buffer }[] = [];
  try {
    for (const file of folder.files) {
      const pdf = await deps.printer.print({ html: file.html, landscape: false });
      pdfs.push({ fileName: file.fileName, pdf: await embedCredential(pdf, file.credentialDocumentId, exportCredential(deps), { log: console.error }) });
    }
  } catch (error) {
    console.error('The print window could not make the PDF', error);
    return fail('printer_unavailable');
  }
  try {
    await writePdfsToFolder(folder.path, pdfs);
  } catch (error) {
    console.error('The PDFs could not be written', error);
    return fail('validation', [{ path: 'folder', code: 'folderMissing' }]);
  }
  return ok({ saved: true, fileName: folder.path });
}

/**
 * One print from the renderer, start to end: the same sender and input checks as an API
 * call, then the HTML from core, the PDF from the print window, and the save dialog.
 * Never throws: every outcome is an envelope.
 */
export async function handlePrintInvoke(event: SenderEvent, method: unknown, input: unknown, deps: PrintIpcDeps): Promise<Result<PrintOutcome>> {
  if (!isTrustedSender(event, deps.isOwnWebContents)) return fail('forbidden');
  if (!isPrintMethod(method)) return fail('unknown_method');
  const checked = checkCall(method, input);
  if (!checked.ok) return checked;
  let document: PrintDocument;
  try {
    const result = await deps.forward(checked.method, checked.input);
    if (!result.ok) return result;
    document = printDocumentSchema.parse(result.value);
  } catch (error) {
    console.error(`Print ${checked.method} failed in main`, error);
    return fail('internal');
  }
  if (document.folder) return printToFolder(document.folder, deps);
  let pdf: Buffer;
  try {
    pdf = await deps.printer.print(document);
  } catch (error) {
    console.error('The print window could not make the PDF', error);
    return fail('printer_unavailable');
  }
  pdf = await embedCredential(pdf, document.credentialDocumentId, exportCredential(deps), { log: console.error });
  try {
    const file = await (deps.chooseFile ?? chooseFileWithDialog)(event.sender, document.fileName);
    if (!file) return ok({ saved: false, fileName: document.fileName });
    await (deps.writeFile ?? ((target, data) => writeFile(target, data)))(file, pdf);
    return ok({ saved: true, fileName: path.basename(file) });
  } catch (error) {
    console.error('The PDF could not be saved', error);
    return fail('internal');
  }
}

/** Installs the print channel next to the API channel. */
export function registerPrintIpc(deps: PrintIpcDeps): void {
  ipcMain.handle(printChannel, (event, method: unknown, input: unknown) => handlePrintInvoke(event, method, input, deps));
}
