import { inflateSync } from 'node:zlib';
import { AFRelationship, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, type PDFObject } from 'pdf-lib';
import { maxCredentialJsonChars } from '../../../../shared/domain/credentials';

/** The attachment's name inside the PDF. */
export const credentialFileName = 'credential.json';

/**
 * Puts the signed credential into the PDF as an embedded file, listed in the catalogue's
 * EmbeddedFiles and AF (associated files) as PDF/A-3 does, so the PDF carries its own proof.
 */
export async function attachCredential(pdf: Uint8Array, credential: object): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  await document.attach(new TextEncoder().encode(JSON.stringify(credential, null, 2)), credentialFileName, {
    mimeType: 'application/json',
    description: 'Open Badges 3.0 credential (Språkbro)',
    afRelationship: AFRelationship.Alternative,
  });
  return document.save({ useObjectStreams: false });
}

export class NotAPdfError extends Error {
  override name = 'NotAPdfError';
}

/**
 * The text of the PDF's credential.json attachment, or undefined when it has none. Throws
 * NotAPdfError for bytes that are not a readable PDF. The attachment is inflated with a cap,
 * so a compressed bomb cannot fill the memory.
 */
export async function extractCredential(pdf: Uint8Array): Promise<string | undefined> {
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: true });
  } catch (error) {
    throw new NotAPdfError(error instanceof Error ? error.message : 'unreadable PDF');
  }
  const names = document.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const specs = names ? fileSpecs(names, 0) : [];
  const spec = specs.find((candidate) => fileName(candidate) === credentialFileName) ?? specs.find((candidate) => fileName(candidate)?.toLowerCase().endsWith('.json'));
  const stream = spec?.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookup(PDFName.of('F'));
  if (!(stream instanceof PDFRawStream)) return undefined;
  return new TextDecoder('utf-8', { fatal: false }).decode(decoded(stream));
}

/** The file specifications of a name tree (leaves' Names arrays, Kids followed a few levels). */
function fileSpecs(node: PDFDict, depth: number): PDFDict[] {
  if (depth > 8) return [];
  const found: PDFDict[] = [];
  const pairs = node.lookupMaybe(PDFName.of('Names'), PDFArray);
  for (let i = 1; pairs && i < pairs.size(); i += 2) {
    const spec = pairs.lookup(i);
    if (spec instanceof PDFDict) found.push(spec);
  }
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
  for (let i = 0; kids && i < kids.size() && found.length < 100; i += 1) {
    const kid = kids.lookup(i);
    if (kid instanceof PDFDict) found.push(...fileSpecs(kid, depth + 1));
  }
  return found;
}

function fileName(spec: PDFDict): string | undefined {
  const name: PDFObject | undefined = spec.lookup(PDFName.of('UF')) ?? spec.lookup(PDFName.of('F'));
  return name instanceof PDFHexString || name instanceof PDFString ? name.decodeText() : undefined;
}

const maxAttachmentBytes = maxCredentialJsonChars * 4;

function decoded(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  const filters = filter instanceof PDFArray ? filter.asArray() : filter ? [filter] : [];
  if (filters.length === 0) return stream.contents.subarray(0, maxAttachmentBytes);
  if (filters.length === 1 && filters[0] === PDFName.of('FlateDecode')) {
    try {
      return inflateSync(stream.contents, { maxOutputLength: maxAttachmentBytes });
    } catch {
      return new Uint8Array(); // corrupt or far too large: no credential to read
    }
  }
  return new Uint8Array();
}
