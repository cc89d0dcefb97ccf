import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GoalCreate } from '../../../../shared/domain/goals';
import type { TestApi } from '../../helpers/test-api';

export const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));

/**
 * A fixture file as the renderer would send it: read as UTF-8 text, so Latin-1 bytes
 * arrive as U+FFFD replacement characters, exactly as FileReader.readAsText makes them.
 */
export const fixtureText = (folder: 'csv' | 'grep', name: string): string =>
  readFileSync(new URL(`../../fixtures/${folder}/${name}`, import.meta.url), 'utf8');

export const teacherGoal = (overrides: Partial<GoalCreate> = {}): GoalCreate => ({
  level: 'A2',
  skill: 'muntlig-samhandling',
  domain: 'arbeidsliv',
  trade: 'renhold',
  textNb: 'Jeg kan avtale med vaktmesteren når vi skal vaske gulvene',
  textEn: 'I can agree with the caretaker when we will wash the floors',
  ...overrides,
});

export const addGoal = (api: TestApi, overrides: Partial<GoalCreate> = {}) => api.value('goals.create', teacherGoal(overrides));
