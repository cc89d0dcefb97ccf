import type { ApiError } from '../../../../shared/result';
import { ApiCallError, request } from '../../api/client';
import { downloadFile } from '../../ui/download-file';

/** How often the renderer asks whether the package is ready. */
const pollMs = 300;

export interface ExportOutcome {
  fileName: string;
  /** Materials left out (others appear without consent, or the file is gone). */
  leftOut: number;
}

/**
 * Starts the export in core, waits for the package (core copies the files without location
 * data meanwhile) and hands the zip to the browser as a download; Electron asks where to save.
 */
export async function exportParticipantData(participantId: string, includeSensitive: boolean): Promise<ExportOutcome> {
  const { jobId } = await request('participantData.exportStart', { participantId, includeSensitive });
  for (;;) {
    const result = await request('participantData.exportResult', { jobId });
    if (result.state === 'done') {
      const bytes = Uint8Array.from(atob(result.zipBase64), (char) => char.charCodeAt(0));
      downloadFile(new Blob([bytes], { type: 'application/zip' }), result.fileName);
      return { fileName: result.fileName, leftOut: result.missingFiles };
    }
    if (result.state === 'failed') throw new ApiCallError({ code: result.code as ApiError['code'] });
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
