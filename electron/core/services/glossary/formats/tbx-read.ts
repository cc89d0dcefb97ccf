import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { glossaryImportMaxRows, type GlossaryImportIssue } from '../../../../../shared/domain/glossary-exchange';
import type { Decoded } from './decode';
import { checkLengths, fileError, parseWordClass, type ImportEntry, type ImportedTranslation, type ParsedGlossaryFile } from './entries';

type Node = Record<string, unknown>;

// Element names of TBX v3 with their TBX v2 (martif) equivalents, so older files also read.
const arrays = new Set(['conceptEntry', 'termEntry', 'langSec', 'langSet', 'termSec', 'tig', 'ntig', 'descrip', 'termNote', 'descripGrp']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: false,
  isArray: (name) => arrays.has(name),
});

const asNode = (value: unknown): Node | undefined => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined);
const nodes = (value: unknown): Node[] => (Array.isArray(value) ? value.map(asNode).filter((node): node is Node => node !== undefined) : []);

/** The text of an element, inline markup (TBX <hi>) flattened. */
function textOf(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
  if (Array.isArray(value)) return value.map(textOf).join(' ').trim();
  const node = asNode(value);
  if (!node) return '';
  return Object.entries(node)
    .filter(([key]) => !key.startsWith('@_'))
    .map(([, child]) => textOf(child))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const typed = (list: unknown, type: string): string | undefined => {
  const found = nodes(list).find((node) => node['@_type'] === type);
  return found ? textOf(found) : undefined;
};
const descripsOf = (node: Node): Node[] => [...nodes(node.descrip), ...nodes(node.descripGrp).flatMap((group) => nodes(group.descrip))];

/** xml:lang as a language code of ours: «ar-SY» is ar, «no» is Norwegian Bokmål. */
function languageOf(node: Node): string {
  const raw = String(node['@_xml:lang'] ?? '').trim().toLowerCase();
  const primary = raw.split(/[-_]/)[0] ?? '';
  return primary === 'no' || primary === 'nob' ? 'nb' : primary;
}

interface TermSec {
  term: string;
  partOfSpeech?: string;
  context?: string;
  transliterated: boolean;
}

function termSecsOf(langSec: Node): TermSec[] {
  return [...nodes(langSec.termSec), ...nodes(langSec.tig), ...nodes(langSec.ntig)].map((section) => {
    const notes = [...nodes(section.termNote), ...nodes(asNode(section.termGrp)?.termNote)];
    const termType = typed(notes, 'termType');
    return {
      term: textOf(section.term ?? asNode(section.termGrp)?.term),
      partOfSpeech: typed(notes, 'partOfSpeech'),
      context: typed(descripsOf(section), 'context'),
      transliterated: termType === 'transliteratedForm' || termType === 'transcribedForm',
    };
  });
}

/** The body's entries, whether the file is TBX v3 (<tbx>) or v2 (<martif>). */
function entriesOf(document: Node): Node[] | null {
  const root = asNode(document.tbx) ?? asNode(document.martif);
  const body = asNode(asNode(root?.text)?.body);
  if (!root) return null;
  if (!body) return [];
  return [...nodes(body.conceptEntry), ...nodes(body.termEntry)];
}

/**
 * Reads TBX v3 (ISO 30042), TBX-Basic: one conceptEntry per term, a langSec per language,
 * the term in a termSec, its word class as termNote partOfSpeech, the example as descrip
 * context, the transliteration as a second termSec of termType transliteratedForm and the
 * themes as descrip subjectField on the entry. Errors are numbered by entry.
 *
 * A DOCTYPE or ENTITY declaration is refused before parsing: TBX v3 needs none, and they are
 * how XML files reach outside (XXE) or blow up in memory (billion laughs).
 */
export function readGlossaryTbx(decoded: Extract<Decoded, { ok: true }>, isLanguage: (code: string) => boolean): ParsedGlossaryFile {
  const base = { format: 'tbx' as const, encoding: decoded.encoding, delimiter: null, languages: [] as string[], entries: [] as ImportEntry[] };
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (/<!\s*(DOCTYPE|ENTITY)/i.test(text)) return { ...base, fileErrors: [fileError('doctype')] };
  const valid = XMLValidator.validate(text);
  // TBX inline markup (<hi>, <foreign>, …) inside a term: the words stay, the tags go, so the
  // parser does not split the text around them.
  const plain = text.replace(/<\/?(?:hi|foreign|sc|ec|ph)(?:\s[^>]*)?\/?>/g, '');
  if (valid !== true) return { ...base, fileErrors: [fileError('malformedXml', 'xml', valid.err.line)] };
  let document: Node;
  try {
    document = asNode(parser.parse(plain)) ?? {};
  } catch {
    return { ...base, fileErrors: [fileError('malformedXml')] };
  }
  const conceptEntries = entriesOf(document);
  if (conceptEntries === null) return { ...base, fileErrors: [fileError('notTbx')] };
  if (conceptEntries.length === 0) return { ...base, fileErrors: [fileError('noRows')] };
  if (conceptEntries.length > glossaryImportMaxRows) return { ...base, fileErrors: [fileError('tooManyRows')] };

  const languages = new Set<string>();
  const entries = conceptEntries.map((concept, index): ImportEntry => {
    const line = index + 1;
    const errors: GlossaryImportIssue[] = [];
    const entry: ImportEntry = { line, term: '', wordClass: null, example: '', themes: [], translations: [], errors };
    entry.themes = descripsOf(concept).filter((node) => node['@_type'] === 'subjectField').map(textOf).filter(Boolean);
    const translations: ImportedTranslation[] = [];
    for (const langSec of [...nodes(concept.langSec), ...nodes(concept.langSet)]) {
      const language = languageOf(langSec);
      const sections = termSecsOf(langSec);
      const main = sections.find((section) => !section.transliterated);
      if (language === 'nb' && entry.term === '') {
        entry.term = main?.term ?? '';
        entry.example = main?.context ?? '';
        // Other tools use parts of speech we do not have (determiner, numeral): those become «other».
        const wordClass = parseWordClass(main?.partOfSpeech ?? '');
        entry.wordClass = wordClass === undefined ? 'other' : wordClass;
        continue;
      }
      if (!isLanguage(language)) {
        errors.push({ line, field: language || 'xml:lang', code: 'unknownLanguage' });
        continue;
      }
      if (translations.some((translation) => translation.language === language)) {
        errors.push({ line, field: language, code: 'duplicateInFile' });
        continue;
      }
      languages.add(language);
      translations.push({
        language,
        text: main?.term ?? '',
        transliteration: sections.find((section) => section.transliterated)?.term ?? '',
        example: main?.context ?? '',
      });
    }
    entry.translations = translations;
    checkLengths(entry);
    entry.translations = translations.filter((translation) => translation.text !== '');
    return entry;
  });
  return { ...base, languages: [...languages], fileErrors: [], entries };
}
