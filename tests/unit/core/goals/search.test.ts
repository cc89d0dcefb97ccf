import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../../electron/core/services/goals/fts-query';
import type { MethodInput } from '../../../../shared/api/contract';
import { createTestApi, type TestApi } from '../../helpers/test-api';
import { addGoal } from './goal-fixtures';

let api: TestApi;
beforeAll(() => {
  api = createTestApi();
  addGoal(api, { textNb: 'Jeg kan plukke blåbær på tur med barna', textEn: 'I can pick blueberries', trade: 'barnehage', level: 'A1' });
  addGoal(api, { textNb: 'Jeg kan skrive blabaer uten norske bokstaver', textEn: 'Plain letters', trade: null, level: 'B1' });
  addGoal(api, { textNb: 'Jeg kan bestille ÆRFUGL-merket utstyr', textEn: 'Capital letters', trade: null, domain: 'samfunn' });
});
afterAll(() => api.db.close());

const search = (input: MethodInput<'goals.search'>) => api.value('goals.search', input);
const texts = (input: MethodInput<'goals.search'>) => search(input).map((goal) => goal.textNb);

describe('goal search', () => {
  it('finds catalogue goals by the start of a word ("barneh" finds barnehage)', () => {
    const found = search({ query: 'barneh' });
    expect(found.length).toBeGreaterThan(3);
    for (const goal of found) expect(`${goal.textNb} ${goal.textEn}`.toLowerCase()).toMatch(/\bbarneh/);
  });

  it('treats æ, ø and å as letters of their own, in any case', () => {
    expect(texts({ query: 'blåbær' })).toEqual(['Jeg kan plukke blåbær på tur med barna']);
    expect(texts({ query: 'BLÅBÆR' })).toEqual(['Jeg kan plukke blåbær på tur med barna']);
    expect(texts({ query: 'blabaer' })).toEqual(['Jeg kan skrive blabaer uten norske bokstaver']);
    expect(texts({ query: 'blåb' })).toEqual(['Jeg kan plukke blåbær på tur med barna']);
    expect(texts({ query: 'ærfugl' })).toEqual(['Jeg kan bestille ÆRFUGL-merket utstyr']);
    expect(search({ query: 'kjøkk' }).length).toBeGreaterThan(0);
  });

  it('needs every word, each as a prefix, and searches the English line too', () => {
    expect(texts({ query: 'plukk blå' })).toEqual(['Jeg kan plukke blåbær på tur med barna']);
    expect(texts({ query: 'plukk blabaer' })).toEqual([]);
    expect(texts({ query: 'bluebe' })).toEqual(['Jeg kan plukke blåbær på tur med barna']);
  });

  it('ranks a goal that matches in Norwegian above one that matches in English only', () => {
    addGoal(api, { textNb: 'Jeg kan rydde en hylle', textEn: 'I can tidy a shelf edge, the hyllekant' });
    addGoal(api, { textNb: 'Jeg kan sette prislapp på hyllekanten', textEn: 'I can put a price tag on the shelf' });
    expect(texts({ query: 'hyllekant' })).toEqual(['Jeg kan sette prislapp på hyllekanten', 'Jeg kan rydde en hylle']);
  });

  it('finds catalogue goals by their id as code', () => {
    expect(search({ query: 'sb-goal-0030' }).map((goal) => goal.id)).toContain('sb-goal-0030');
  });

  it('filters by level, skill, domain and trade, alone and with a query', () => {
    for (const goal of search({ level: 'B1', limit: 200 })) expect(goal.level).toBe('B1');
    for (const goal of search({ skill: 'mediering', limit: 200 })) expect(goal.skill).toBe('mediering');
    for (const goal of search({ domain: 'bolig', limit: 200 })) expect(goal.domain).toBe('bolig');
    const trade = search({ trade: 'lager-og-logistikk', limit: 200 });
    expect(trade.length).toBeGreaterThanOrEqual(5);
    for (const goal of trade) expect(goal.trade).toBe('lager-og-logistikk');
    expect(texts({ query: 'blåbær', level: 'B1' })).toEqual([]);
    expect(texts({ query: 'blåbær', level: 'A1', trade: 'barnehage' })).toEqual(['Jeg kan plukke blåbær på tur med barna']);
  });

  it('returns at most `limit` goals (50 by default)', () => {
    expect(search({})).toHaveLength(50);
    expect(search({ limit: 3 })).toHaveLength(3);
    expect(search({ limit: 200 }).length).toBeGreaterThan(150);
    expect(api.raw('goals.search', { limit: 201 })).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('never breaks on FTS syntax in what the user typed', () => {
    const hostile = [
      '"', '""', "'", 'AND', 'OR', 'NOT', 'NEAR', 'NEAR(a b)', 'a AND', 'OR b', '*', '**', 'barn*', '^barn', '(', ')', '()',
      'text_nb:barn', '-barn', '+barn', 'a"b', '"unclosed', '{text_nb}: x', '\u0000', '😀', '\\', '%', '_', ';--', "' OR 1=1 --",
      'ليلى', 'ሄለን', 'NEAR/2', 'barn NOT hage', '  ', '...', 'a'.repeat(200),
    ];
    for (const query of hostile) {
      const result = api.raw('goals.search', { query });
      expect(result.ok, JSON.stringify(query)).toBe(true);
    }
    // Operator words are searched as words, not obeyed.
    expect(texts({ query: 'blåbær OR blabaer' })).toEqual([]);
  });
});

describe('toFtsQuery', () => {
  it('quotes each word as a prefix term and drops everything else', () => {
    expect(toFtsQuery('barneh')).toBe('"barneh"*');
    expect(toFtsQuery('  Blåbær  på tur ')).toBe('"Blåbær"* "på"* "tur"*');
    expect(toFtsQuery('a"b OR (c*) ^d')).toBe('"a"* "b"* "OR"* "c"* "d"*');
    expect(toFtsQuery('*** () "')).toBeUndefined();
    expect(toFtsQuery('')).toBeUndefined();
    expect(toFtsQuery(undefined)).toBeUndefined();
  });
});
