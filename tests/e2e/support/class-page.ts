import type { Locator, Page } from 'playwright-core';
import { withoutBidiControls } from './expect';

/** The «Språkgrupper» panel of a class page (its heading names the region in the current UI language). */
export const languageGroupsPanel = (page: Page, title = 'Språkgrupper'): Locator =>
  page.getByRole('region', { name: title, exact: true });

/** One language group in the panel, found by its heading («arabisk العربية 3»). */
export function languageGroup(panel: Locator, language: string): Locator {
  return panel
    .getByRole('listitem')
    .filter({ has: panel.page().getByRole('heading', { level: 3, name: new RegExp(`^${language}(\\s|$)`) }) });
}

/** The «Uten assistentspråk» block of the panel. */
export function uncoveredBlock(panel: Locator, title = 'Uten assistentspråk'): Locator {
  return panel.locator('div').filter({ has: panel.page().getByRole('heading', { level: 3, name: new RegExp(`^${title}`) }) });
}

/** The participant names listed in a group or block, without bidi isolates. */
export async function names(group: Locator): Promise<string[]> {
  return (await group.getByRole('list').getByRole('listitem').allInnerTexts()).map((text) => withoutBidiControls(text).trim());
}
