import type { ImportProgress, PickedFile, SprakbroApi } from '../../../shared/api/client';
import { materialExportPath, materialImportPath, materialMetadataHeader } from '../../../shared/api/material-transport';
import type { MaterialImportMetadata, MaterialImportOutcome } from '../../../shared/domain/materials';
import type { PrintOutcome } from '../../../shared/domain/printing';
import { fail, type Result } from '../../../shared/result';
// A file (a PDF, an exported material) goes to the browser as a download; the browser decides where.
import { downloadFile as download } from '../ui/download-file';

declare global {
  interface Window {
    /** Present in the Electron window, exposed by the preload script. */
    api?: SprakbroApi;
  }
}

/**
 * Browser mode: the same contract over HTTP to the local server. The session cookie set
 * when the start link was opened authenticates the call; the server checks Host and Origin.
 */
const httpApi: SprakbroApi = {
  async call(method, input) {
    try {
      const response = await fetch('api/call', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method, input }),
      });
      if (!response.ok) return fail(response.status === 401 ? 'forbidden' : 'internal');
      return (await response.json()) as Result<never>;
    } catch {
      return { ok: false, error: { code: 'internal', params: { reason: 'network' } } };
    }
  },
  async print(method, input) {
    try {
      const response = await fetch('api/print', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method, input }),
      });
      if (response.status === 401) return fail('forbidden');
      if (response.headers.get('content-type')?.startsWith('application/pdf')) {
        const fileName = fileNameOf(response.headers.get('content-disposition')) ?? 'Sprakbro.pdf';
        download(await response.blob(), fileName);
        return { ok: true, value: { saved: true, fileName } };
      }
      // Not a PDF: the contract's envelope with the reason (printer missing, bad input, …).
      if (response.headers.get('content-type')?.startsWith('application/json')) return (await response.json()) as Result<never>;
      return fail('internal');
    } catch {
      return { ok: false, error: { code: 'internal', params: { reason: 'network' } } };
    }
  },
  importMaterial: uploadMaterial,
  exportMaterial: downloadMaterial,
};

const networkError = (): Result<never> => ({ ok: false, error: { code: 'internal', params: { reason: 'network' } } });

/**
 * Streams one file to the local server as the raw request body. XMLHttpRequest, not fetch,
 * because only it reports upload progress; the metadata travels as JSON in a header.
 */
function uploadMaterial(file: PickedFile, metadata: MaterialImportMetadata, onProgress?: ImportProgress): Promise<Result<MaterialImportOutcome>> {
  // The size limit is a setting checked by the server from the declared length, before the body is read.
  // The renderer hands over the DOM File it got from a file input or a drop.
  const body: unknown = file;
  if (!(body instanceof Blob)) return Promise.resolve(fail('file_rejected', undefined, { reason: 'unreadable' }));
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', materialImportPath);
    request.withCredentials = true;
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.setRequestHeader(materialMetadataHeader, encodeURIComponent(JSON.stringify(metadata)));
    request.upload.onprogress = (event) => onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size);
    request.onload = () => {
      if (request.status === 401) {
        resolve(fail('forbidden'));
        return;
      }
      try {
        resolve(JSON.parse(request.responseText) as Result<MaterialImportOutcome>);
      } catch {
        resolve(fail('internal'));
      }
    };
    request.onerror = () => resolve(networkError());
    request.onabort = () => resolve(networkError());
    request.send(body);
  });
}

/** Fetches the stripped copy and hands it to the browser as a download; a refusal is the JSON envelope. */
async function downloadMaterial(id: string): Promise<Result<PrintOutcome>> {
  try {
    const response = await fetch(materialExportPath(id), { credentials: 'same-origin' });
    if (response.status === 401) return fail('forbidden');
    if (response.headers.get('content-type')?.startsWith('application/json')) return (await response.json()) as Result<never>;
    if (!response.ok) return fail('internal');
    const fileName = fileNameOf(response.headers.get('content-disposition')) ?? 'Sprakbro';
    download(await response.blob(), fileName);
    return { ok: true, value: { saved: true, fileName } };
  } catch {
    return networkError();
  }
}

/** The UTF-8 name from `filename*=UTF-8''…` (RFC 6266), which keeps æøå and any script. */
function fileNameOf(disposition: string | null): string | undefined {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (!encoded) return undefined;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

export const transport: SprakbroApi = window.api ?? httpApi;
