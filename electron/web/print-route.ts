import type { IncomingMessage, ServerResponse } from 'node:http';
import { isPrintMethod } from '../../shared/api/print-names';
import { printDocumentSchema, type PrintDocument } from '../../shared/domain/printing';
import { fail, ok } from '../../shared/result';
import { writePdfsToFolder } from '../core/services/certificates/write-folder';
import { embedCredential, type CredentialExportCall } from '../core/services/credentials/embed';
import { contentDisposition } from '../core/services/materials/http-headers';
import type { Api } from '../core/api/dispatch';
import { readCall } from './api-route';
import { PrinterUnavailableError, type PdfPrinter } from './pdf-printer';
import { sendJson } from './responses';

/** A printed document's credential, asked with the same session and role checks as any call. */
const exportCredential = (api: Api): CredentialExportCall => (documentId) => api.call('credentials.export', { documentId });

/** One PDF per part, written into the user's folder without replacing a file (certificate batches). */
async function printToFolder(response: ServerResponse, folder: NonNullable<PrintDocument['folder']>, printer: PdfPrinter, log: (message: string) => void, credentials: CredentialExportCall): Promise<void> {
  const pdfs: { fileName: string; pdf: Buffer }[] = [];
  try {
    for (const file of folder.files) {
      const pdf = await printer.print({ ...file, landscape: false });
      pdfs.push({ fileName: file.fileName, pdf: await embedCredential(pdf, file.credentialDocumentId, credentials, { log }) });
    }
  } catch (error) {
    log(`Printing failed: ${error instanceof Error ? error.message : String(error)}`);
    sendJson(response, 503, fail(error instanceof PrinterUnavailableError ? 'printer_unavailable' : 'internal'));
    return;
  }
  try {
    await writePdfsToFolder(folder.path, pdfs);
  } catch (error) {
    log(`Writing the PDFs failed: ${error instanceof Error ? error.message : String(error)}`);
    sendJson(response, 200, fail('validation', [{ path: 'folder', code: 'folderMissing' }]));
    return;
  }
  sendJson(response, 200, ok({ saved: true, fileName: folder.path }));
}

/**
 * POST /api/print with `{ method, input }`: asks the API for the document's HTML (with the
 * same role and input checks as any call), prints it with the warm Chromium, and answers
 * the PDF. Anything that is not a PDF is the contract's JSON envelope, so the client can
 * show the same translated errors as for every other call.
 */
export async function handlePrint(request: IncomingMessage, response: ServerResponse, api: Api, printer: PdfPrinter, log: (message: string) => void): Promise<void> {
  const call = await readCall(request, response);
  if (!call) return;
  if (!isPrintMethod(call.method)) {
    sendJson(response, 200, fail('unknown_method'));
    return;
  }
  const result = api.call(call.method, call.input);
  if (!result.ok) {
    sendJson(response, 200, result);
    return;
  }
  const document = printDocumentSchema.parse(result.value);
  if (document.folder) {
    await printToFolder(response, document.folder, printer, log, exportCredential(api));
    return;
  }
  let pdf: Buffer;
  try {
    pdf = await printer.print(document);
  } catch (error) {
    log(`Printing failed: ${error instanceof Error ? error.message : String(error)}`);
    sendJson(response, 503, fail(error instanceof PrinterUnavailableError ? 'printer_unavailable' : 'internal'));
    return;
  }
  pdf = await embedCredential(pdf, document.credentialDocumentId, exportCredential(api), { log });
  response.statusCode = 200;
  response.setHeader('Content-Type', 'application/pdf');
  response.setHeader('Content-Length', pdf.length);
  response.setHeader('Content-Disposition', contentDisposition(document.fileName, { fallback: 'document.pdf' }));
  response.end(pdf);
}
