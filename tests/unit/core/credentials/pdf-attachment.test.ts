import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { PDFDocument, PDFName, PDFRawStream, type PDFRef, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildCredential } from '../../../../electron/core/services/credentials/credential';
import { issuerIdentity } from '../../../../electron/core/services/credentials/issuer-key';
import { attachCredential, extractCredential, NotAPdfError } from '../../../../electron/core/services/credentials/pdf-attachment';
import { documentQrPngDataUrl, documentQrSvg } from '../../../../electron/core/services/credentials/qr-code';
import { signCredential } from '../../../../electron/core/services/credentials/sign';
import { verifyCredentialDocument } from '../../../../electron/core/services/credentials/verify';
import { diploma, testSeed } from './fixtures';

async function onePagePdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage([595, 842]);
  page.drawText('Diplom', { x: 50, y: 780, size: 24, font: await document.embedFont(StandardFonts.Helvetica) });
  return document.save();
}

describe('the credential inside the PDF', () => {
  it('attaches credential.json as an associated file, extracts it again and it still verifies', async () => {
    const seed = testSeed('fjordby');
    const { did } = issuerIdentity(seed);
    const signed = await signCredential(buildCredential(diploma(), did), seed);
    const pdf = await attachCredential(await onePagePdf(), signed);

    const reopened = await PDFDocument.load(pdf);
    expect(reopened.getPageCount()).toBe(1);
    // PDF/A-3 style: listed in the catalogue's AF array as well as in EmbeddedFiles.
    expect(reopened.catalog.get(PDFName.of('AF'))).toBeDefined();

    const text = await extractCredential(pdf);
    expect(text).toBeDefined();
    expect(JSON.parse(text!)).toEqual(signed);
    const result = await verifyCredentialDocument(JSON.parse(text!), { ourDid: did, lookup: () => undefined });
    expect(result.verdict).toBe('valid');
  });

  it('finds nothing in a PDF without an attachment and refuses bytes that are not a PDF', async () => {
    expect(await extractCredential(await onePagePdf())).toBeUndefined();
    await expect(extractCredential(new TextEncoder().encode('{"not":"a pdf"}'))).rejects.toBeInstanceOf(NotAPdfError);
  });

  it('does not inflate a compressed bomb into memory', async () => {
    const withFile = await PDFDocument.load(await attachCredential(await onePagePdf(), { small: true }));
    // Swap the attachment's bytes for 64 MB of spaces deflated to a few kilobytes.
    const bomb = deflateSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    const found = withFile.context
      .enumerateIndirectObjects()
      .find(([, object]) => object instanceof PDFRawStream && object.dict.get(PDFName.of('Type')) === PDFName.of('EmbeddedFile'));
    expect(found).toBeDefined();
    const [ref, stream] = found as [PDFRef, PDFRawStream];
    expect(stream.dict.get(PDFName.of('Filter'))).toBe(PDFName.of('FlateDecode'));
    withFile.context.assign(ref, PDFRawStream.of(stream.dict, bomb));
    const text = await extractCredential(await withFile.save());
    expect(text).toBe('');
  });
});

describe('the QR code', () => {
  it('is an SVG holding the document’s URN with its serial', () => {
    const svg = documentQrSvg('SB-2026-000123');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('<path');
    expect(svg).not.toMatch(/<script|href=/u);
    // Different serials give different codes.
    expect(documentQrSvg('SB-2026-000124')).not.toBe(svg);
  });
});

describe('the QR code as a PNG for the certificate templates', () => {
  it('is a black-and-white PNG with a quiet zone and the finder pattern in its corner', async () => {
    const url = documentQrPngDataUrl('SB-2026-000123', 4, 2);
    expect(url).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/u);
    const { data, info } = await sharp(Buffer.from(url.split(',')[1]!, 'base64')).greyscale().raw().toBuffer({ resolveWithObject: true });
    expect(info.width).toBe(info.height);
    expect((info.width / 4 - 4 - 21) % 4).toBe(0); // 21 + 4n modules (QR versions), plus 2 + 2 margin
    const pixel = (x: number, y: number) => data[y * info.width + x];
    expect(pixel(0, 0)).toBe(255); // quiet zone
    expect(pixel(8, 8)).toBe(0); // the finder pattern's dark corner, just inside the margin
    expect(pixel(8 + 4 * 1 + 1, 8 + 4 * 1 + 1)).toBe(255); // its white ring
    expect(pixel(8 + 4 * 3, 8 + 4 * 3)).toBe(0); // its dark centre
  });
});
