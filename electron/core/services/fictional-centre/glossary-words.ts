import type { Random } from './random';

/*
 * Words for a fictional glossary. The Norwegian terms are real words put together
 * (compounds with an adjective in front); the translations are made-up words, built from
 * syllables in each language's script, one per Norwegian word part, so that a word part
 * has the same "translation" in every term it appears in, as in a real glossary, and a
 * search in Arabic or Tigrinya script finds a realistic share of the terms.
 */
const adjectives = ['ny', 'gammel', 'stor', 'liten', 'ren', 'skitten', 'varm', 'kald', 'tung', 'lett', 'våt', 'tørr', 'farlig', 'trygg', 'rød', 'blå', 'grønn', 'gul', 'hvit', 'svart'];
const prefixes = [
  'arbeids', 'verne', 'kjøkken', 'lager', 'sykehjems', 'barnehage', 'butikk', 'hotell', 'verksteds', 'renholds',
  'vakt', 'kunde', 'lønns', 'ferie', 'helse', 'lege', 'buss', 'skole', 'bolig', 'brann',
  'førstehjelps', 'hånd', 'fot', 'hode', 'telefon', 'data', 'post', 'mat', 'frukt', 'kaffe',
  'vaske', 'søppel', 'pause', 'møte', 'tids', 'sikkerhets', 'rengjørings', 'lys', 'dør', 'bil',
];
const bases = [
  'hanske', 'sko', 'jakke', 'liste', 'rom', 'plan', 'rutine', 'skjema', 'regel', 'avtale',
  'melding', 'time', 'nøkkel', 'vogn', 'hylle', 'kasse', 'bok', 'seddel', 'tavle', 'kort',
  'lapp', 'pose', 'bøtte', 'klut', 'maskin', 'skap', 'benk', 'stol', 'bord', 'lampe',
  'tralle', 'hjelm', 'briller', 'forkle', 'sak', 'kurs', 'samtale', 'vei', 'plass', 'uke',
];

/** The eight languages every term is translated into: Arabic script, Ethiopic, Cyrillic and Latin. */
export const glossaryLanguages = ['ar', 'ti', 'prs', 'ckb', 'so', 'sw', 'uk', 'fr'] as const;
type GlossaryLanguage = (typeof glossaryLanguages)[number];

const syllables: Record<GlossaryLanguage, readonly string[]> = {
  ar: ['با', 'تي', 'دو', 'را', 'سل', 'كا', 'لي', 'مو', 'نا', 'هي', 'وا', 'فر', 'قد', 'جم', 'حس', 'خل', 'شر', 'عم', 'يم', 'زه'],
  prs: ['پا', 'چی', 'ژو', 'گل', 'کا', 'دی', 'رو', 'سا', 'نو', 'مه', 'بی', 'تا', 'شی', 'فر', 'زا', 'خو', 'لا', 'وی'],
  ckb: ['پە', 'چا', 'ژی', 'گو', 'کە', 'ڕا', 'ڵی', 'ۆر', 'دا', 'سێ', 'نە', 'مۆ', 'بە', 'تێ', 'شا', 'فە', 'هێ', 'وە'],
  ti: ['ሀ', 'ለ', 'መ', 'ሰ', 'ረ', 'በ', 'ተ', 'ነ', 'ከ', 'ወ', 'ዘ', 'የ', 'ደ', 'ገ', 'ጠ', 'ፈ', 'ሉ', 'ማ', 'ሲ', 'ራ', 'ቤ', 'ቶ', 'ኒ', 'ኮ', 'ዋ', 'ዞ', 'ዩ', 'ዲ', 'ጋ', 'ፋ'],
  so: ['ka', 'ba', 'xa', 'dh', 'aa', 'ro', 'ma', 'qa', 'sha', 'la', 'ha', 'cu', 'ga', 'wa', 'yo', 'da', 'ni', 'fi'],
  sw: ['ki', 'to', 'ma', 'ku', 'nya', 'mba', 'la', 'sa', 'we', 'zi', 'ndo', 'ha', 'pa', 'ji', 'cha', 'ra', 'bu', 'ta'],
  uk: ['ко', 'ва', 'ли', 'ро', 'на', 'ми', 'те', 'ша', 'ду', 'бі', 'гра', 'сто', 'пі', 'жа', 'чу', 'зо', 'ле', 'ка'],
  fr: ['la', 'ré', 'mon', 'tou', 'pi', 'sa', 'cha', 'ver', 'blo', 'du', 'gan', 'fe', 'lu', 'noi', 'ter', 'qui', 'ba', 'ro'],
};

export interface FictionalTerm {
  term: string;
  translations: { language: GlossaryLanguage; text: string }[];
}

export interface GlossaryWords {
  /** The term with the given index; indexes below `capacity` give distinct terms. */
  term(index: number): FictionalTerm;
  capacity: number;
}

function fictionalWord(random: Random, pool: readonly string[], separator: string): string {
  const length = 2 + random.int(2);
  return Array.from({ length }, () => random.pick(pool)).join(separator);
}

export function glossaryWords(random: Random): GlossaryWords {
  const lexicon = (words: readonly string[]) =>
    new Map(glossaryLanguages.map((language) => [language, words.map(() => fictionalWord(random, syllables[language], ''))]));
  const adjectiveWords = lexicon(adjectives);
  const prefixWords = lexicon(prefixes);
  const baseWords = lexicon(bases);
  const shapes = (adjectives.length + 1) * prefixes.length * bases.length;
  // A stride prime to the number of shapes walks through all of them, mixing the parts.
  const stride = 7919;
  return {
    capacity: shapes,
    term(index) {
      const shape = (index * stride) % shapes;
      const base = shape % bases.length;
      const prefix = Math.floor(shape / bases.length) % prefixes.length;
      const adjective = Math.floor(shape / (bases.length * prefixes.length)) - 1;
      const norwegian = `${prefixes[prefix] ?? ''}${bases[base] ?? ''}`;
      return {
        term: adjective >= 0 ? `${adjectives[adjective] ?? ''} ${norwegian}` : norwegian,
        translations: glossaryLanguages.map((language) => {
          const words = [baseWords.get(language)?.[base], prefixWords.get(language)?.[prefix]];
          if (adjective >= 0) words.push(adjectiveWords.get(language)?.[adjective]);
          return { language, text: words.filter((word) => word !== undefined).join(' ') };
        }),
      };
    },
  };
}
