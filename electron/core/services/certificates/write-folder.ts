import { open } from 'node:fs/promises';
import { join, parse } from 'node:path';

/** Names Windows refuses for a file whatever the extension (CON, PRN, AUX, NUL, COM1–9, LPT1–9). */
const reservedWindowsName = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/iu;

/**
 * A file name that is safe in any folder on any system: pdfFileName has already removed
 * separators and characters Windows refuses; a reserved device name gets a prefix.
 * Letters of every script are kept.
 */
export function safeFolderFileName(fileName: string): string {
  const { name, ext } = parse(fileName);
  return reservedWindowsName.test(name) ? `_${name}${ext}` : fileName;
}

/**
 * Writes each PDF into the folder without ever replacing a file: a name that is taken gets
 * " (2)", " (3)", …, and the check is the exclusive create itself, so two writers cannot
 * take the same name. Answers the names written, in order.
 */
export async function writePdfsToFolder(folder: string, files: readonly { fileName: string; pdf: Uint8Array }[]): Promise<string[]> {
  const written: string[] = [];
  for (const file of files) {
    const { name, ext } = parse(safeFolderFileName(file.fileName));
    for (let attempt = 1; ; attempt += 1) {
      const candidate = attempt === 1 ? `${name}${ext}` : `${name} (${attempt})${ext}`;
      try {
        const handle = await open(join(folder, candidate), 'wx');
        try {
          await handle.writeFile(file.pdf);
        } finally {
          await handle.close();
        }
        written.push(candidate);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 999) throw error;
      }
    }
  }
  return written;
}
