import { maxCredentialJsonChars, maxCredentialPdfBase64Chars, type CredentialVerifyInput } from '../../../../shared/domain/credentials';

export const maxPdfBytes = Math.floor((maxCredentialPdfBase64Chars / 4) * 3);
export const maxPdfMegabytes = Math.floor(maxPdfBytes / (1024 * 1024));

export type FileProblem = { problem: 'tooLarge'; mb: number } | { problem: 'wrongType' } | { problem: 'unreadable' };

/** Base64 of the bytes, in chunks (one call per byte would take seconds for a large PDF). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary);
}

const startsLikePdf = (bytes: Uint8Array): boolean => new TextDecoder().decode(bytes.subarray(0, 1024)).includes('%PDF-');

/**
 * Turns a chosen or dropped file into what credentials.verify takes: a PDF (by its first
 * bytes, whatever its name) as base64, anything else as JSON text. Too large or unreadable
 * files are answered here, before anything is sent.
 */
export async function verifyInputOf(file: File): Promise<CredentialVerifyInput | FileProblem> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { problem: 'unreadable' };
  }
  if (startsLikePdf(bytes)) {
    if (bytes.length > maxPdfBytes) return { problem: 'tooLarge', mb: maxPdfMegabytes };
    return { source: 'pdf', base64: toBase64(bytes) };
  }
  const looksJson = /\.(json|jsonld)$/iu.test(file.name) || file.type.includes('json');
  if (!looksJson) return { problem: 'wrongType' };
  if (bytes.length > maxCredentialJsonChars) return { problem: 'tooLarge', mb: 1 };
  return { source: 'json', text: new TextDecoder('utf-8').decode(bytes) };
}
