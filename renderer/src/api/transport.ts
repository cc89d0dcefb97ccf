import type { SprakbroApi } from '../../../shared/api/client';
import { fail, type Result } from '../../../shared/result';

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
};

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

/** Hands the PDF to the browser as a download; the browser decides where it goes. */
function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const transport: SprakbroApi = window.api ?? httpApi;
