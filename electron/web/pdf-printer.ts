import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { PrintDocument } from '../../shared/domain/printing';

/** Raised when Chromium is missing or will not start; the route answers 'printer_unavailable'. */
export class PrinterUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrinterUnavailableError';
  }
}

export interface PdfPrinter {
  print(document: Pick<PrintDocument, 'html' | 'landscape'>): Promise<Buffer>;
  close(): Promise<void>;
}

export interface ChromiumPrinterOptions {
  /** The system Chromium; CHROMIUM_PATH or /usr/bin/chromium by default. */
  executablePath?: string;
  /** The only folder the print page may read from besides its own file (the bundled fonts). */
  fontsDir?: string;
}

/** Offline and quiet: no network services, no updates, no first-run work. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const defaultChromiumPath = (): string => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** True for file:// URLs inside `folder` (after resolving `..`), so fonts load and nothing else does. */
export function isInside(url: string, folder: string | undefined): boolean {
  if (!folder || !url.startsWith('file:')) return false;
  try {
    const file = resolve(fileURLToPath(url));
    const root = resolve(folder);
    return file.startsWith(root + sep);
  } catch {
    return false;
  }
}

/**
 * One Chromium kept warm for the life of the server: a cold launch costs most of a second,
 * a print on a warm page a few tens of milliseconds (DESIGN.md "Printing"). Prints are
 * queued on one page. The document is loaded from a temporary file rather than with
 * setContent, because an about:blank page may not read the file:// fonts; every request
 * except that file and the fonts is aborted, so a printout can never reach the network.
 */
export function createChromiumPrinter(options: ChromiumPrinterOptions = {}): PdfPrinter {
  const executablePath = options.executablePath ?? defaultChromiumPath();
  let started: Promise<{ browser: Browser; page: Page; dir: string }> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  const start = async () => {
    let playwright: typeof import('playwright-core');
    try {
      playwright = await import('playwright-core');
    } catch (error) {
      throw new PrinterUnavailableError(`playwright-core cannot be loaded: ${String(error)}`);
    }
    let browser: Browser;
    try {
      browser = await playwright.chromium.launch({ executablePath, args: chromiumArgs, headless: true });
    } catch (error) {
      throw new PrinterUnavailableError(`Chromium could not start (${executablePath}): ${error instanceof Error ? error.message : String(error)}`);
    }
    const dir = mkdtempSync(join(tmpdir(), 'sprakbro-print-'));
    const pageUrl = pathToFileURL(join(dir, 'document.html')).href;
    // The documents carry no scripts, and their CSP (default-src 'none') forbids any.
    const page = await browser.newPage();
    await page.route('**/*', (route) => {
      const url = route.request().url();
      return url === pageUrl || isInside(url, options.fontsDir) ? route.continue() : route.abort('blockedbyclient');
    });
    // If Chromium dies, the next print starts a fresh one instead of failing for ever.
    browser.on('disconnected', () => {
      started = undefined;
    });
    return { browser, page, dir };
  };

  const printOne = async (document: Pick<PrintDocument, 'html' | 'landscape'>): Promise<Buffer> => {
    if (closed) throw new PrinterUnavailableError('The printer is closed');
    started ??= start().catch((error: unknown) => {
      started = undefined;
      throw error;
    });
    const { page, dir } = await started;
    const file = join(dir, 'document.html');
    writeFileSync(file, document.html, 'utf8');
    try {
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      // Fonts are loaded by 'load' for text that uses them; this waits for any still in flight.
      await page.evaluate('document.fonts.ready.then(() => true)');
      return await page.pdf({ format: 'A4', landscape: document.landscape, printBackground: true, preferCSSPageSize: true });
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
    async close() {
      closed = true;
      const running = started;
      started = undefined;
      if (!running) return;
      try {
        const { browser, dir } = await running;
        await browser.close();
        rmSync(dir, { recursive: true, force: true });
      } catch {
        // It never started, or it is already gone: nothing to close.
      }
    },
  };
}
