import type { GlossaryImportIssue, GlossaryImportFormat } from '../../../../../shared/domain/glossary-exchange';
import { wordClasses, type WordClass } from '../../../../../shared/domain/glossary';
import type { GlossaryEncoding } from './decode';

/** One translation as a file carries it; `example` is undefined where the format has no place for it. */
export interface ImportedTranslation {
  language: string;
  text: string;
  transliteration: string;
  example?: string;
}

/** One term of a file (a CSV line or a TBX conceptEntry), before it is compared with the glossary. */
export interface ImportEntry {
  /** CSV: the file line; TBX: the number of the conceptEntry. */
  line: number;
  term: string;
  /** Null when the file says nothing: an empty cell never clears what is stored. */
  wordClass: WordClass | null;
  example: string;
  themes: string[];
  translations: ImportedTranslation[];
  errors: GlossaryImportIssue[];
}

export interface ParsedGlossaryFile {
  format: GlossaryImportFormat;
  encoding: GlossaryEncoding | null;
  delimiter: ',' | ';' | '\t' | null;
  languages: string[];
  fileErrors: GlossaryImportIssue[];
  entries: ImportEntry[];
}

export const fileError = (code: GlossaryImportIssue['code'], field = 'file', line = 0): GlossaryImportIssue => ({ line, field, code });

// Word classes as Norwegian teachers write them, beside our own (English) names.
const norwegianWordClasses: Record<string, WordClass> = {
  substantiv: 'noun',
  verb: 'verb',
  adjektiv: 'adjective',
  adverb: 'adverb',
  preposisjon: 'preposition',
  pronomen: 'pronoun',
  konjunksjon: 'conjunction',
  subjunksjon: 'conjunction',
  interjeksjon: 'interjection',
  uttrykk: 'phrase',
  frase: 'phrase',
  annet: 'other',
  anna: 'other',
  properNoun: 'noun',
};

/** A word class by our name or the Norwegian one; undefined when it is neither; null when empty. */
export function parseWordClass(raw: string): WordClass | null | undefined {
  const text = raw.trim();
  if (text === '') return null;
  const lower = text.toLocaleLowerCase('nb');
  const own = wordClasses.find((name) => name === lower);
  return own ?? norwegianWordClasses[lower] ?? norwegianWordClasses[text];
}

/** Length limits of the glossary's own fields, checked on every entry so nothing fails halfway. */
export function checkLengths(entry: ImportEntry): void {
  const issue = (field: string, code: GlossaryImportIssue['code']) => entry.errors.push({ line: entry.line, field, code });
  if (entry.term === '') issue('norwegian', 'required');
  else if (entry.term.length > 200) issue('norwegian', 'tooLong');
  if (entry.example.length > 1000) issue('example', 'tooLong');
  for (const translation of entry.translations) {
    if (translation.text.length > 200) issue(translation.language, 'tooLong');
    if (translation.transliteration.length > 200) issue(`${translation.language}_translit`, 'tooLong');
    if ((translation.example ?? '').length > 1000) issue(translation.language, 'tooLong');
    if (translation.text === '' && translation.transliteration !== '') issue(translation.language, 'translitWithoutText');
  }
}
