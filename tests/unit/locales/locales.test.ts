import { describe, expect, it } from 'vitest';
import en from '../../../resources/locales/en/translation.json';
import nb from '../../../resources/locales/nb/translation.json';
import nn from '../../../resources/locales/nn/translation.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf as "a.b.c" → text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') leaves.set(path, value);
    else for (const [leaf, text] of flatten(value, path)) leaves.set(leaf, text);
  }
  return leaves;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

const source = flatten(nb as Tree);

describe.each([
  ['nn', nn as Tree],
  ['en', en as Tree],
])('UI texts in %s', (language, tree) => {
  const target = flatten(tree);

  it('has exactly the keys of Bokmål', () => {
    expect([...target.keys()].sort()).toEqual([...source.keys()].sort());
  });

  it('keeps every placeholder of each Bokmål text', () => {
    for (const [key, text] of source) {
      expect({ key, placeholders: placeholders(target.get(key) ?? '') }).toEqual({ key, placeholders: placeholders(text) });
    }
  });

  it('is translated, not a copy of Bokmål', () => {
    const same = [...source].filter(([key, text]) => target.get(key) === text && text.split(' ').length > 3);
    const sentences = [...source.values()].filter((text) => text.split(' ').length > 3).length;
    // Short labels and some Nynorsk sentences legitimately read as Bokmål; most sentences must not.
    expect(same.length / sentences, `${language} sentences identical to nb: ${same.map(([key]) => key).join(', ')}`).toBeLessThan(0.1);
  });
});
