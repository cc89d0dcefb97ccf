import type { IncomingMessage, ServerResponse } from 'node:http';
import { isPrintMethod } from '../../shared/api/print-names';
import { printDocumentSchema } from '../../shared/domain/printing';
import { fail } from '../../shared/result';
import type { Api } from '../core/api/dispatch';
import { readCall } from './api-route';
import { PrinterUnavailableError, type PdfPrinter } from './pdf-printer';
import { sendJson } from './responses';

/** `attachment` with an ASCII fallback and the real (UTF-8) name, as RFC 6266 describes. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'document.pdf';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
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
  const result = api.call(call.method, call.input, { role: 'teacher' });
  if (!result.ok) {
    sendJson(response, 200, result);
    return;
  }
  const document = printDocumentSchema.parse(result.value);
  let pdf: Buffer;
  try {
    pdf = await printer.print(document);
  } catch (error) {
    log(`Printing failed: ${error instanceof Error ? error.message : String(error)}`);
    sendJson(response, 503, fail(error instanceof PrinterUnavailableError ? 'printer_unavailable' : 'internal'));
    return;
  }
  response.statusCode = 200;
  response.setHeader('Content-Type', 'application/pdf');
  response.setHeader('Content-Length', pdf.length);
  response.setHeader('Content-Disposition', contentDisposition(document.fileName));
  response.end(pdf);
}
