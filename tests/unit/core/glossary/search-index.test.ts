import { describe, expect, it } from 'vitest';
import { maxCandidates } from '../../../../electron/core/repositories/glossary-search-index';
import { createTestApi } from '../../helpers/test-api';

/** The in-memory search index must follow every change, as the SQL scan it replaces did. */
describe('glossary search index', () => {
  const termsFound = (api: ReturnType<typeof createTestApi>, search: string) =>
    api.value('glossary.list', { search }).map((term) => term.term);

  it('finds terms and translations after each create, change, delete and restore', () => {
    const api = createTestApi();
    const term = api.value('glossary.create', { term: 'vernehanske' });
    expect(termsFound(api, 'hanske')).toEqual(['vernehanske']);
    const translation = api.value('glossary.translations.create', { termId: term.id, language: 'ar', text: 'قفاز' });
    expect(termsFound(api, 'قفاز')).toEqual(['vernehanske']);
    api.value('glossary.translations.update', { id: translation.id, text: 'كفوف' });
    expect(termsFound(api, 'قفاز')).toEqual([]);
    expect(termsFound(api, 'كفوف')).toEqual(['vernehanske']);
    api.value('glossary.update', { id: term.id, term: 'arbeidshanske' });
    expect(termsFound(api, 'verne')).toEqual([]);
    api.value('glossary.delete', { id: term.id });
    expect(termsFound(api, 'hanske')).toEqual([]);
    api.value('glossary.restore', { id: term.id });
    expect(termsFound(api, 'hanske')).toEqual(['arbeidshanske']);
  });

  it('answers the same when more terms match than the index lists', () => {
    const api = createTestApi();
    const insert = api.db.prepare(
      `INSERT INTO glossary_term (id, term, search_text, created_at, updated_at) VALUES (?, ?, ?, '2026-01-01', '2026-01-01')`,
    );
    for (let index = 0; index <= maxCandidates; index += 1) {
      const name = `ord ${String(index).padStart(5, '0')}`;
      insert.run(`00000000-0000-7000-8000-${String(index).padStart(12, '0')}`, name, name);
    }
    const found = termsFound(api, 'ord');
    expect(found).toHaveLength(500);
    expect(found[0]).toBe('ord 00000');
    expect(termsFound(api, 'ord 01999')).toEqual(['ord 01999']);
  });
});
