import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { formatViolations, seriousViolations } from './support/axe';
import { goTo, startExampleSession, type Session } from './support/browser';
import { callApi, eventually, visible } from './support/expect';
import { storySteps } from './support/steps';

/**
 * The office sets up backups once: a folder outside the data folder, a first snapshot.
 * Later someone wants the morning back: restore shows what the backup holds, puts it
 * back, and the restore itself can be undone.
 */
describe('backups', () => {
  let session: Session;
  let page: Page;
  let backupFolder: string;
  const step = storySteps();
  const section = () => page.getByRole('region', { name: 'Sikkerhetskopi' });
  const participantCount = async () => {
    const answer = await callApi(page, 'participants.list', {});
    return answer.ok ? (answer.value as unknown[]).length : -1;
  };

  beforeAll(async () => {
    backupFolder = join(mkdtempSync(join(tmpdir(), 'sprakbro-e2e-backups-')), 'Sikkerhetskopier');
    session = await startExampleSession();
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
    rmSync(join(backupFolder, '..'), { recursive: true, force: true });
  });

  step('says that no folder is chosen yet', async () => {
    await goTo(page, 'Innstillinger');
    await visible(section().getByText('Ingen mappe er valgt ennå', { exact: false }));
    expect(await section().getByRole('button', { name: 'Ta sikkerhetskopi nå' }).isDisabled()).toBe(true);
  });

  step('refuses a folder that is not a full path, then takes the real one', async () => {
    const folder = section().getByRole('textbox', { name: 'Mappe for sikkerhetskopier' });
    await folder.fill('Sikkerhetskopier');
    await section().getByRole('button', { name: 'Bruk mappen' }).click();
    await visible(section().getByText('Skriv hele stien til mappen', { exact: false }));
    await folder.fill(backupFolder);
    await section().getByRole('button', { name: 'Bruk mappen' }).click();
    await visible(section().getByText('Det er ikke tatt noen sikkerhetskopi ennå.'));
  });

  step('backs up now and lists the snapshot with what it holds', async () => {
    await section().getByRole('button', { name: 'Ta sikkerhetskopi nå' }).click();
    await visible(section().getByRole('cell', { name: /^12 deltakere, 1 klasse,/ }));
    await visible(section().getByText('Ingenting er endret siden.', { exact: false }));
  });

  step('restores the snapshot after a change, and the change is gone', async () => {
    const added = await callApi(page, 'participants.create', {
      givenName: 'Etterpå',
      familyName: 'Fiktiv',
      motherTongues: ['ti'],
      programme: 'introduction',
    });
    expect(added.ok).toBe(true);
    expect(await participantCount()).toBe(13);

    await section().getByRole('button', { name: 'Gjenopprett …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gjenopprette sikkerhetskopi' });
    await visible(dialog.getByText('12 deltakere'));
    await visible(dialog.getByText('Alt som er endret etter at kopien ble tatt, blir erstattet.', { exact: false }));
    await dialog.getByRole('button', { name: 'Gjenopprett', exact: true }).click();
    await visible(section().getByText('er lagt tilbake', { exact: false }));
    await eventually(participantCount).toBe(12);
  });

  step('undoes the restore', async () => {
    await section().getByRole('button', { name: 'Angre gjenopprettingen' }).click();
    await visible(section().getByText('Gjenopprettingen er angret.'));
    await eventually(participantCount).toBe(13);
    await goTo(page, 'Deltakere');
    await visible(page.getByText('Etterpå', { exact: false }).first());
  });

  step('has no serious accessibility problems', async () => {
    await goTo(page, 'Innstillinger');
    await visible(section());
    const violations = await seriousViolations(page);
    expect(violations, formatViolations('Innstillinger med sikkerhetskopi', violations)).toEqual([]);
  });
});
