import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogueError, loadShippedCatalogue, parseCatalogue, readCatalogueFile } from '../../../../electron/core/services/goals/catalogue';
import { cefrLevels } from '../../../../shared/domain/courses';
import { goalDomains, goalSkills, goalStatuses, goalTrades } from '../../../../shared/domain/goals';
import { repoRoot } from './goal-fixtures';
import { tempDir } from '../../helpers/temp-dir';

const shippedFile = join(repoRoot, 'resources', 'curriculum', 'goals-catalogue.json');
const { catalogue } = readCatalogueFile(shippedFile);
const goals = catalogue.goals;

describe('the shipped goal catalogue', () => {
  it('loads and validates, the bundled copy equal to the file', () => {
    expect(catalogue.catalogueVersion).toMatch(/^\d{4}\.\d+$/);
    expect(loadShippedCatalogue().catalogue).toEqual(catalogue);
  });

  it('has at least 150 goals, most of them A1–B1', () => {
    expect(goals.length).toBeGreaterThanOrEqual(150);
    const lower = goals.filter((goal) => ['A1', 'A2', 'B1'].includes(goal.level)).length;
    expect(lower / goals.length).toBeGreaterThan(0.75);
  });

  it('has unique ids and unique Norwegian texts', () => {
    expect(new Set(goals.map((goal) => goal.id)).size).toBe(goals.length);
    expect(new Set(goals.map((goal) => goal.nb.toLowerCase())).size).toBe(goals.length);
  });

  it('covers every level, skill, domain, trade and status', () => {
    expect(new Set(goals.map((goal) => goal.level))).toEqual(new Set(cefrLevels));
    expect(new Set(goals.map((goal) => goal.skill))).toEqual(new Set(goalSkills));
    expect(new Set(goals.map((goal) => goal.domain))).toEqual(new Set(goalDomains));
    expect(new Set(goals.map((goal) => goal.status))).toEqual(new Set(goalStatuses));
    for (const trade of goalTrades) {
      expect(goals.filter((goal) => goal.trade === trade).length, trade).toBeGreaterThanOrEqual(5);
    }
  });

  it('is written as can-do statements in Norwegian with an English line', () => {
    for (const goal of goals) {
      expect(goal.nb, goal.id).toMatch(/^Jeg kan .+\.$/);
      expect(goal.en, goal.id).toMatch(/^I can .+\.$/);
    }
  });
});

describe('loading a broken catalogue file', () => {
  const write = (content: string) => {
    const file = join(tempDir(), 'goals-catalogue.json');
    writeFileSync(file, content);
    return file;
  };
  const validGoal = { id: 'sb-goal-9001', level: 'A1', skill: 'lese', domain: 'bolig', nb: 'Jeg kan lese.', en: 'I can read.', status: 'active' };

  it('names the file when it is not JSON', () => {
    const file = write('{ "catalogueVersion": "2026.1", ');
    expect(() => readCatalogueFile(file)).toThrow(CatalogueError);
    expect(() => readCatalogueFile(file)).toThrow(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not valid JSON`));
  });

  it('names the file when it is missing', () => {
    expect(() => readCatalogueFile(join(tempDir(), 'nowhere.json'))).toThrow(/nowhere\.json cannot be read/);
  });

  it('names the file, the field and the goal id when a goal is wrong', () => {
    const file = write(JSON.stringify({ catalogueVersion: '2026.1', goals: [validGoal, { ...validGoal, id: 'sb-goal-9002', level: 'A9' }] }));
    expect(() => readCatalogueFile(file)).toThrow(/goals-catalogue\.json is not valid: goals\.1\.level \(sb-goal-9002\)/);
  });

  it('refuses duplicate ids, unknown fields and a missing version', () => {
    expect(() => parseCatalogue({ catalogueVersion: '2026.1', goals: [validGoal, validGoal] }, 'dup.json')).toThrow(/dup\.json is not valid: goals/);
    expect(() => parseCatalogue({ catalogueVersion: '2026.1', goals: [{ ...validGoal, extra: 1 }] }, 'x.json')).toThrow(/x\.json.*extra/);
    expect(() => parseCatalogue({ goals: [validGoal] }, 'v.json')).toThrow(/v\.json is not valid: catalogueVersion/);
    expect(() => parseCatalogue([], 'list.json')).toThrow(/list\.json is not valid: \(top level\)/);
  });
});
