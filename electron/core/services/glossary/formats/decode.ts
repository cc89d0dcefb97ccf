import { glossaryImportMaxBytes, type glossaryEncodings, type GlossaryImportIssueCode } from '../../../../../shared/domain/glossary-exchange';

export type GlossaryEncoding = (typeof glossaryEncodings)[number];
export type Decoded = { ok: true; text: string; encoding: GlossaryEncoding } | { ok: false; code: GlossaryImportIssueCode };

// C0 controls other than tab, line feed and carriage return never occur in a word list: a
// file with them is binary (a spreadsheet, a zip, a picture) or in an encoding we cannot read.
const hasControlCharacter = (text: string): boolean => {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
};
// Bytes Windows-1252 leaves undefined come out as C1 controls: then it was not Windows-1252 either.
const undefinedIn1252 = /[\u0081\u008D\u008F\u0090\u009D]/u;

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(skip));
  } catch {
    return null;
  }
}

/** UTF-16 without a byte order mark shows as a zero byte beside most ASCII letters. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index++) {
    if (sample[index] === 0) {
      if (index % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  const half = sample.length / 2;
  if (oddZeros > half * 0.3 && evenZeros < half * 0.05) return 'utf-16le';
  if (evenZeros > half * 0.3 && oddZeros < half * 0.05) return 'utf-16be';
  return null;
}

/**
 * Turns a file's bytes into text and says which encoding it had: UTF-8 (with or without a
 * byte order mark), UTF-16 (what Excel writes as «Unicode text»), or Windows-1252 (what
 * older Norwegian Excel writes as CSV). Anything else is refused rather than guessed wrong.
 */
export function decodeFile(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, code: 'empty' };
  if (bytes.length > glossaryImportMaxBytes) return { ok: false, code: 'tooLarge' };
  let result: { text: string; encoding: GlossaryEncoding };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      result = { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
    } catch {
      return { ok: false, code: 'unknownEncoding' };
    }
  } else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = decodeUtf16(bytes, encoding, 2);
    if (text === null) return { ok: false, code: 'unknownEncoding' };
    result = { text, encoding };
  } else if (bytes.includes(0)) {
    const encoding = utf16WithoutMark(bytes);
    const text = encoding ? decodeUtf16(bytes, encoding, 0) : null;
    if (!encoding || text === null) return { ok: false, code: 'binary' };
    result = { text, encoding };
  } else {
    try {
      result = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
    } catch {
      const text = new TextDecoder('windows-1252').decode(bytes);
      if (undefinedIn1252.test(text)) return { ok: false, code: 'unknownEncoding' };
      result = { text, encoding: 'windows-1252' };
    }
  }
  if (hasControlCharacter(result.text)) return { ok: false, code: 'binary' };
  if (result.text.trim() === '') return { ok: false, code: 'empty' };
  return { ok: true, ...result };
}
