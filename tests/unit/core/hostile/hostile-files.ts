import sharp from 'sharp';
import { goalImportMaxChars, goalImportMaxRows } from '../../../../shared/domain/goals';
import { noise, zip } from '../materials/material-helpers';

/**
 * The hostile files the import sweep tries, by importer; also counted by
 * `npm run check:reliability`. Text files arrive as the renderer reads them (a string), so a
 * wrong encoding shows as replacement characters or as mojibake.
 */
export interface HostileText {
  name: string;
  content: string;
  /** A field issue code the refusal must carry (undefined: any, as long as there is one). */
  issue: string | undefined;
}

const header = 'level;skill;domain;nb\n';
const good = 'A2;lese;arbeidsliv;Kan lese en vaktliste\n';

export const hostileGoalCsv = (): HostileText[] => [
  { name: 'binary junk (a PNG read as text)', content: '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000', issue: undefined },
  { name: 'UTF-16 text read as UTF-8', content: Buffer.from(header + good, 'utf16le').toString('latin1'), issue: 'required' },
  { name: 'Latin-1 text read as UTF-8', content: `${header}A2;lese;arbeidsliv;Kan lese m\uFFFDl p\uFFFD jobben\n`, issue: 'badEncoding' },
  { name: 'UTF-8 saved again as Latin-1 (mojibake)', content: `${header}A2;lese;arbeidsliv;Kan lese pÃ¥ jobben\n`, issue: 'badEncoding' },
  { name: 'a row with 10 000 columns', content: header + 'A2;'.repeat(10_000) + '\n', issue: 'invalidValue' },
  { name: 'a header and nothing else', content: header, issue: 'required' },
  { name: 'only blank lines (100 000)', content: '\n'.repeat(100_000), issue: 'required' },
  { name: 'more rows than allowed', content: header + Array.from({ length: goalImportMaxRows + 1 }, (_v, i) => `A2;lese;arbeidsliv;Mål nummer ${i}\n`).join(''), issue: 'tooBig' },
  { name: 'larger than the limit', content: header + 'x'.repeat(goalImportMaxChars), issue: 'tooLong' },
];

export const hostileGrepJson = (): HostileText[] => [
  { name: 'not JSON', content: '<html><script>alert(1)</script></html>', issue: 'invalidValue' },
  { name: 'cut off in the middle', content: '[{"id":"a","kode":"K1","tittel":[{"spraak":"nob","verdi":"Mål', issue: 'invalidValue' },
  { name: 'nested 100 000 levels deep', content: '['.repeat(100_000) + ']'.repeat(100_000), issue: 'invalidValue' },
  { name: 'a __proto__ key', content: '{"__proto__":{"polluted":true},"kompetansemaal":[]}', issue: 'required' },
  { name: 'wrong types everywhere', content: '[{"id":7,"kode":{"x":1},"tittel":42,"status":null}]', issue: 'required' },
  { name: 'a JSON string, not a list', content: '"kompetansemaal"', issue: 'invalidValue' },
  { name: 'larger than the limit', content: '['.concat(' '.repeat(goalImportMaxChars), ']'), issue: 'tooLong' },
];

export interface HostileMaterial {
  name: string;
  fileName: string;
  bytes: () => Promise<Buffer>;
  reason: 'empty' | 'tooLarge' | 'unsupportedType' | 'corrupt' | 'unreadable';
}

const text = (value: string) => () => Promise.resolve(Buffer.from(value, 'utf8'));

/** Sizes assume the 1 MiB limit the sweep sets. */
export const hostileMaterialFiles = (): HostileMaterial[] => [
  { name: 'an empty file', fileName: 'tom.jpg', bytes: () => Promise.resolve(Buffer.alloc(0)), reason: 'empty' },
  { name: 'HTML with a script, named .jpg', fileName: 'bilde.jpg', bytes: text('<!doctype html><script>window.__pwned=1</script>'), reason: 'unsupportedType' },
  { name: 'SVG with a script', fileName: 'tegning.svg', bytes: text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'), reason: 'unsupportedType' },
  { name: 'a Windows program named .pdf', fileName: 'skjema.pdf', bytes: () => Promise.resolve(Buffer.concat([Buffer.from('MZ\u0090\u0000', 'latin1'), Buffer.alloc(200)])), reason: 'unsupportedType' },
  { name: 'a GIF/JavaScript polyglot', fileName: 'bilde.gif', bytes: text('GIF89a/*\u0000\u0000*/=1;window.__pwned=1;//'), reason: 'corrupt' },
  {
    name: 'a JPEG cut off after its header',
    fileName: 'avbrutt.jpg',
    bytes: async () => (await sharp(noise(64, 48, 3), { raw: { width: 64, height: 48, channels: 3 } }).jpeg().toBuffer()).subarray(0, 300),
    reason: 'corrupt',
  },
  { name: 'a zip that is not an office file', fileName: 'dokument.docx', bytes: () => Promise.resolve(zip([{ name: '../../etc/passwd', data: 'x' }])), reason: 'unsupportedType' },
  { name: 'NUL bytes only', fileName: 'null.wav', bytes: () => Promise.resolve(Buffer.alloc(4096)), reason: 'unsupportedType' },
  { name: 'over the size limit', fileName: 'stor.jpg', bytes: () => Promise.resolve(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(1024 * 1024 + 1)])), reason: 'tooLarge' },
];
