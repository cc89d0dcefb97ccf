import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeFolderFileName, writePdfsToFolder } from '../../../../electron/core/services/certificates/write-folder';
import { pdfFileName } from '../../../../electron/core/services/printing/layout';
import { tempDir } from '../../helpers/temp-dir';

/** One PDF per participant in a folder the user typed: safe names, Unicode kept, nothing overwritten. */
describe('writing one PDF each into a folder', () => {
  it('keeps names in any script, and removes separators and characters Windows refuses', () => {
    expect(pdfFileName('Diplom ليلى حداد')).toBe('Diplom ليلى حداد.pdf');
    expect(pdfFileName('Diplom ሄለን ተስፋይ')).toBe('Diplom ሄለን ተስፋይ.pdf');
    expect(pdfFileName('Diplom ../../etc/passwd')).not.toMatch(/[/\\]/u);
    expect(pdfFileName('Diplom a:b*c?"<>|')).toBe('Diplom a-b-c-----.pdf');
    expect(safeFolderFileName('CON.pdf')).toBe('_CON.pdf');
    expect(safeFolderFileName('lpt1.pdf')).toBe('_lpt1.pdf');
    expect(safeFolderFileName('Console.pdf')).toBe('Console.pdf');
  });

  it('adds " (2)", " (3)" instead of overwriting, also within one batch', async () => {
    const folder = tempDir();
    writeFileSync(join(folder, 'Diplom Hodan.pdf'), 'already there');
    const bytes = new TextEncoder().encode('%PDF-1.7');
    const written = await writePdfsToFolder(folder, [
      { fileName: 'Diplom Hodan.pdf', pdf: bytes },
      { fileName: 'Diplom Hodan.pdf', pdf: bytes },
      { fileName: 'Diplom ليلى.pdf', pdf: bytes },
    ]);
    expect(written).toEqual(['Diplom Hodan (2).pdf', 'Diplom Hodan (3).pdf', 'Diplom ليلى.pdf']);
    expect(readFileSync(join(folder, 'Diplom Hodan.pdf'), 'utf8')).toBe('already there');
    expect(readdirSync(folder).sort()).toHaveLength(4);
  });

  it('fails when the folder is gone, rather than writing somewhere else', async () => {
    await expect(writePdfsToFolder(join(tempDir(), 'missing'), [{ fileName: 'a.pdf', pdf: new Uint8Array(1) }])).rejects.toThrow(/ENOENT/u);
  });
});
