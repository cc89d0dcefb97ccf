import { crc32, deflateSync } from 'node:zlib';
import { create as createQr, toString as qrToString } from 'qrcode';
import { documentUrn } from './credential';

/**
 * The QR code printed on a document holds the document's URN with its serial
 * (URN:SPRAKBRO:DOCUMENT:SB-2026-000123). There is no web address to point at: Språkbro's
 * «Kontroller dokument» screen takes the serial, and any QR reader shows it as text.
 * Rendered without network or canvas, synchronously (the issue step runs in a transaction).
 */
const qrOptions = { errorCorrectionLevel: 'M' } as const;

/**
 * The QR's text: the URN in capitals (URN prefixes ignore case, the serial is capitals
 * already), so the code uses QR's compact alphanumeric mode: a smaller, quicker code.
 */
export const documentQrText = (serial: string): string => documentUrn(serial).toUpperCase();

/** As an SVG string. */
export function documentQrSvg(serial: string): string {
  let svg = '';
  // With a callback the qrcode package renders synchronously (the promise form is only a wrapper).
  qrToString(documentQrText(serial), { ...qrOptions, type: 'svg', margin: 1 }, (error, rendered) => {
    if (error) throw error;
    svg = rendered;
  });
  if (!svg.startsWith('<svg')) throw new Error('QR code was not rendered');
  return svg;
}

/**
 * As a PNG data URL, the form the certificate templates take (they accept PNG and JPEG
 * only). A black-and-white PNG is a few hundred bytes: the modules from the qrcode
 * package, scaled up and written as a 1-bit greyscale image.
 */
export function documentQrPngDataUrl(serial: string, scale = 6, margin = 2): string {
  const { modules } = createQr(documentQrText(serial), qrOptions);
  const size = (modules.size + margin * 2) * scale;
  const rowBytes = Math.ceil(size / 8);
  const raw = Buffer.alloc((rowBytes + 1) * size, 0);
  for (let y = 0; y < size; y += 1) {
    const row = y * (rowBytes + 1); // the first byte of each row is its filter type, 0
    for (let x = 0; x < size; x += 1) {
      const moduleX = Math.floor(x / scale) - margin;
      const moduleY = Math.floor(y / scale) - margin;
      const inside = moduleX >= 0 && moduleY >= 0 && moduleX < modules.size && moduleY < modules.size;
      const dark = inside && modules.get(moduleY, moduleX) === 1;
      // In 1-bit greyscale 1 is white.
      if (!dark) raw[row + 1 + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter method, no interlace
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}
