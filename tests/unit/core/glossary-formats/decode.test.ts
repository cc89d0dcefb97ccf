import { describe, expect, it } from 'vitest';
import { decodeFile } from '../../../../electron/core/services/glossary/formats/decode';

const utf16 = (text: string, littleEndian: boolean, mark: boolean) => {
  const bytes: number[] = mark ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const unit of Array.from({ length: text.length }, (_, index) => text.charCodeAt(index))) {
    bytes.push(...(littleEndian ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return new Uint8Array(bytes);
};
const text = 'norwegian;ar;ti\nbørste;فرشاة;ብራሽ\n';

describe('decodeFile', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    expect(decodeFile(new TextEncoder().encode(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(decodeFile(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({ ok: true, text, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 both ways round, with a mark or without', () => {
    expect(decodeFile(utf16(text, true, true))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeFile(utf16(text, false, true))).toEqual({ ok: true, text, encoding: 'utf-16be' });
    expect(decodeFile(utf16('norwegian;en\nbørste;brush\n', true, false))).toMatchObject({ ok: true, encoding: 'utf-16le' });
  });

  it('falls back to Windows-1252 for what older Norwegian Excel saves', () => {
    const bytes = new Uint8Array([...Buffer.from('norwegian;en\nbl'), 0xe5, ...Buffer.from('b'), 0xe6, ...Buffer.from('r;blueberry\n')]);
    expect(decodeFile(bytes)).toEqual({ ok: true, text: 'norwegian;en\nblåbær;blueberry\n', encoding: 'windows-1252' });
  });

  it('refuses empty, binary and unreadable files', () => {
    expect(decodeFile(new Uint8Array())).toEqual({ ok: false, code: 'empty' });
    expect(decodeFile(new TextEncoder().encode(' \n\n '))).toEqual({ ok: false, code: 'empty' });
    // The start of a zip (an .xlsx): zero bytes without the UTF-16 pattern.
    expect(decodeFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]))).toEqual({ ok: false, code: 'binary' });
    expect(decodeFile(new TextEncoder().encode('norwegian\u0007bell\n'))).toEqual({ ok: false, code: 'binary' });
    // 0x81 is not a character in Windows-1252 either.
    expect(decodeFile(new Uint8Array([0x61, 0x81, 0x62, 0xff]))).toEqual({ ok: false, code: 'unknownEncoding' });
    expect(decodeFile(new Uint8Array(2 * 1024 * 1024 + 1).fill(0x61))).toEqual({ ok: false, code: 'tooLarge' });
  });
});
