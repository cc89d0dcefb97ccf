import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Polls until the assertion holds (10 s): wait on visible state, never on fixed sleeps. */
export const eventually = <T>(read: () => T | Promise<T>, message?: string) =>
  expect.poll(read, { timeout: 10_000, interval: 50, ...(message ? { message } : {}) });

export const visible = (locator: Locator): Promise<void> => locator.waitFor({ state: 'visible' });

/** Resolves when the locator matches nothing. */
export const gone = (locator: Locator): Promise<void> => locator.first().waitFor({ state: 'detached' });

export interface ApiAnswer {
  ok: boolean;
  value?: unknown;
  error?: { code: string; issues?: { path: string; code: string }[] };
}

/**
 * The answer to the next API call of one method. Start waiting before the action that
 * triggers the call, then await it: e.g. an autosave that must reach the database.
 */
export async function nextApiCall(page: Page, method: string): Promise<ApiAnswer> {
  const response = await page.waitForResponse((candidate) => {
    if (!candidate.url().endsWith('/api/call') || candidate.request().method() !== 'POST') return false;
    try {
      return (candidate.request().postDataJSON() as { method?: string }).method === method;
    } catch {
      return false;
    }
  });
  return (await response.json()) as ApiAnswer;
}

/** Calls the API straight from the page, as the renderer does (the session cookie authenticates). */
export function callApi(page: Page, method: string, input: unknown): Promise<ApiAnswer> {
  return page.evaluate(
    async ({ method, input }) => {
      const response = await fetch('api/call', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method, input }),
      });
      return (await response.json()) as ApiAnswer;
    },
    { method, input },
  );
}

/** The resolved text direction of an element: dir="auto" resolves from its content. */
export const direction = (locator: Locator): Promise<'rtl' | 'ltr'> =>
  locator.evaluate((element) => (element.matches(':dir(rtl)') ? 'rtl' : 'ltr'));

export const computedDirection = (locator: Locator): Promise<string> =>
  locator.evaluate((element) => getComputedStyle(element).direction);

/** Bidi isolates and marks the UI wraps around names (U+2066–U+2069, LRM, RLM), removed. */
export const withoutBidiControls = (text: string): string => text.replace(/[\u2066-\u2069\u200e\u200f]/g, '');

/** The visible text of an element without bidi controls, so a test can compare it with plain strings. */
export async function textOf(locator: Locator): Promise<string> {
  return withoutBidiControls(await locator.innerText());
}

/**
 * Picks the option whose visible text is `text` once bidi isolates are removed (the UI wraps
 * names and language names in isolates so mixed scripts read right). A RegExp matches a part.
 */
export async function selectOptionByText(select: Locator, text: string | RegExp): Promise<void> {
  await select.waitFor();
  const options = await select.locator('option').evaluateAll((elements) =>
    elements.map((element) => ({ value: (element as HTMLOptionElement).value, text: element.textContent ?? '' })),
  );
  const found = options.find((option) => {
    const plain = withoutBidiControls(option.text).trim();
    return typeof text === 'string' ? plain === text : text.test(plain);
  });
  if (!found) {
    throw new Error(`no option ${String(text)} in [${options.map((o) => withoutBidiControls(o.text)).join(' | ')}]`);
  }
  await select.selectOption(found.value);
}
