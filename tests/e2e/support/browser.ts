import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startServer, type RunningServer } from './server';
import { chromiumArgs, defaultChromiumPath } from '../../../electron/web/pdf-printer';

/** Debian's Chromium; CHROMIUM_PATH points elsewhere when it lives somewhere else. */

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    // The same offline, quiet Chromium the browser-mode printer uses.
    executablePath: defaultChromiumPath(),
    args: chromiumArgs,
  });
}

export interface OpenApp {
  page: Page;
  context: BrowserContext;
  /** Uncaught page errors and console errors seen so far. */
  errors: string[];
  /** Requests to anywhere but the local server (the app must work offline and send nothing out). */
  outsideRequests: string[];
}

/** A new browser profile that opens the server's start link and waits for the app shell. */
export async function openApp(browser: Browser, server: RunningServer): Promise<OpenApp> {
  const context = await browser.newContext({
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(10_000);
  const errors: string[] = [];
  const outsideRequests: string[] = [];
  await context.route(
    (url) => url.origin !== server.origin,
    (route) => {
      outsideRequests.push(route.request().url());
      return route.abort();
    },
  );
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  // Deleting never asks for confirmation; a native dialog would be a regression.
  page.on('dialog', (dialog) => {
    errors.push(`unexpected ${dialog.type()} dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(server.url);
  await page.getByRole('navigation').first().waitFor();
  return { page, context, errors, outsideRequests };
}

/** Everything a test file needs: a server with a clean centre, a browser and the open app. */
export interface Session extends OpenApp {
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  const server = await startServer();
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const app = await openApp(browser, server);
    const opened = browser;
    return {
      ...app,
      server,
      browser: opened,
      async close() {
        await opened.close();
        await server.stop();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.stop();
    throw error;
  }
}

/** A fresh centre with the fictional example centre opened from the welcome card. */
export async function startExampleSession(): Promise<Session> {
  const session = await startSession();
  try {
    await session.page.getByRole('button', { name: 'Åpne eksempelsenteret' }).click();
    await session.page.getByRole('link', { name: '12 deltakere' }).waitFor();
    return session;
  } catch (error) {
    await session.close();
    throw error;
  }
}

/** A link in the left navigation (the first navigation landmark, whatever the UI language calls it), by its name. */
export const navLink = (page: Page, name: string): Locator =>
  page.getByRole('navigation').first().getByRole('link', { name, exact: true });

/** Goes to an area by its navigation link and waits for the page heading. */
export async function goTo(page: Page, name: string, heading = name): Promise<void> {
  await navLink(page, name).click();
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
}
