import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { nextApiCall, visible } from './expect';

/** Norwegian texts the flows look for (nb is the default UI language). */
const saved = 'Alle endringer er lagret';

/**
 * Does an edit on a detail page and waits until autosave has sent it and the server took it:
 * the update call answered ok, and the page says «Alle endringer er lagret».
 */
export async function autosaved(page: Page, method: string, edit: () => Promise<void>): Promise<void> {
  const answer = nextApiCall(page, method);
  answer.catch(() => undefined); // reported below, or moot when the edit itself failed
  await edit();
  const result = await answer;
  expect(result, `${method} answered`).toMatchObject({ ok: true });
  await visible(page.getByRole('status').filter({ hasText: saved }));
}

/** The id at the end of the current hash route (#/staff/<id>). */
export function idFromUrl(page: Page): string {
  const id = new URL(page.url()).hash.split('/').pop();
  if (!id) throw new Error(`no id in ${page.url()}`);
  return id;
}

export interface NewStaff {
  name: string;
  role: 'teacher' | 'assistant' | 'admin';
  /** ISO 639 codes, picked in the «Legg til språk» select. */
  languages?: readonly string[];
  positionPercent?: number;
}

/** Ansatte → «Ny ansatt» → fill in → «Opprett»; ends on the new person's page. Returns the id. */
export async function createStaff(page: Page, staff: NewStaff): Promise<string> {
  await page.getByRole('button', { name: 'Ny ansatt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny ansatt' });
  await dialog.getByRole('textbox', { name: 'Navn', exact: true }).fill(staff.name);
  await dialog.getByLabel('Rolle', { exact: true }).selectOption(staff.role);
  for (const code of staff.languages ?? []) {
    await dialog.getByLabel('Språk', { exact: true }).selectOption(code);
  }
  if (staff.positionPercent !== undefined) {
    await dialog.getByLabel('Stillingsprosent').fill(String(staff.positionPercent));
  }
  await dialog.getByRole('button', { name: 'Opprett' }).click();
  await page.waitForURL(/#\/staff\/[^/]+$/);
  await visible(page.getByRole('heading', { level: 1, name: staff.name, exact: true }));
  return idFromUrl(page);
}

export interface NewParticipant {
  givenName: string;
  familyName?: string;
  /** ISO 639 codes, most important first. */
  motherTongues?: readonly string[];
}

/** Deltakere → «Ny deltaker» → fill in → «Opprett»; ends on the participant's page. Returns the id. */
export async function createParticipant(page: Page, participant: NewParticipant): Promise<string> {
  await page.getByRole('button', { name: 'Ny deltaker' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny deltaker' });
  await dialog.getByRole('textbox', { name: 'Fornavn', exact: true }).fill(participant.givenName);
  if (participant.familyName) await dialog.getByLabel('Etternavn', { exact: true }).fill(participant.familyName);
  for (const code of participant.motherTongues ?? []) {
    await dialog.getByLabel('Morsmål', { exact: true }).selectOption(code);
  }
  await dialog.getByRole('button', { name: 'Opprett' }).click();
  await page.waitForURL(/#\/participants\/[^/]+$/);
  const name = [participant.givenName, participant.familyName].filter(Boolean).join(' ');
  await visible(page.getByRole('heading', { level: 1, name, exact: true }));
  return idFromUrl(page);
}
