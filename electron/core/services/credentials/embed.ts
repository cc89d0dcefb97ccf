import { credentialExportSchema } from '../../../../shared/domain/credentials';
import type { Result } from '../../../../shared/result';
import { attachCredential } from './pdf-attachment';

/** Asks the API for a document's credential (credentials.export), however the shell reaches core. */
export type CredentialExportCall = (documentId: string) => Result<unknown> | Promise<Result<unknown>>;

export interface EmbedOptions {
  /** How long to wait for a signature still being made (issue and print come seconds apart at most). */
  waitMs?: number;
  retryMs?: number;
  log?: (message: string) => void;
}

/**
 * After printing: puts the document's signed credential into its PDF. Right after issuing
 * the signature may still be on its way, so a `credentialNotSignedYet` answer is asked again
 * for a few seconds. Without a credential (none was made, the caller may not export, or it
 * never came) the PDF is kept as printed: its QR code and serial still check the document.
 */
export async function embedCredential(pdf: Buffer, documentId: string | undefined, exportCall: CredentialExportCall, options: EmbedOptions = {}): Promise<Buffer> {
  if (!documentId) return pdf;
  const giveUpAt = Date.now() + (options.waitMs ?? 5000);
  for (;;) {
    const answer = await exportCall(documentId);
    if (answer.ok) {
      const parsed = credentialExportSchema.safeParse(answer.value);
      if (!parsed.success) return pdf;
      try {
        return Buffer.from(await attachCredential(pdf, JSON.parse(parsed.data.json) as object));
      } catch (error) {
        options.log?.(`The credential could not be put into the PDF: ${error instanceof Error ? error.message : String(error)}`);
        return pdf;
      }
    }
    const waiting = answer.error.code === 'conflict' && answer.error.params?.reason === 'credentialNotSignedYet';
    if (!waiting || Date.now() > giveUpAt) return pdf;
    await new Promise((resolve) => setTimeout(resolve, options.retryMs ?? 50));
  }
}
