import type { Database } from 'better-sqlite3';
import type {
  CredentialCheckState,
  CredentialExport,
  CredentialIssuer,
  VerificationResult,
} from '../../../../shared/domain/credentials';
import { credentialVerifyInputSchema } from '../../../../shared/domain/credentials';
import type { z } from 'zod';
import type { IssuedDocument } from '../../../../shared/domain/certificates';
import type { DocumentSnapshot } from '../certificates/snapshot';
import { ApiFailure } from '../../db/errors';
import { newId, now } from '../../db/ids';
import { buildCredential, type CredentialDocument } from './credential';
import { issuerIdentity, type IssuerSeedProvider } from './issuer-key';
import { extractCredential, NotAPdfError } from './pdf-attachment';
import { documentQrPngDataUrl } from './qr-code';
import { credentialDocumentOf } from './from-snapshot';
import { signCredential } from './sign';
import { credentialOf, registerDocument, saveSigned, saveUnsigned, waitingCredentials } from './store';
import { credentialSummary, emptyResult, verifyCredentialDocument } from './verify';

export interface CredentialServiceOptions {
  db: Database;
  /** The centre's key; without it (an in-memory database) nothing can be signed, only checked. */
  issuerSeed?: IssuerSeedProvider;
  /** True while a restore loads a backup: the signer waits instead of writing. */
  paused?: () => boolean;
  log?: (message: string, error: unknown) => void;
}

type VerifyInput = z.output<typeof credentialVerifyInputSchema>;

/** Finished checks are kept a while for the screen that polls them; a few dozen at most. */
const keptChecks = 50;
const signBatch = 50;
const signDelayMs = 200;

const issuerKeyMissing = (): ApiFailure => new ApiFailure('conflict', undefined, { reason: 'issuerKeyMissing' });

/**
 * Signing and checking credentials. The API answers synchronously inside one transaction,
 * while the credential libraries are asynchronous, so the slow parts run beside it:
 * issuing stores the unsigned credential in the issuing transaction and the signer fills
 * in the signature a moment later (also for anything left waiting at the last close); a
 * check of a file starts here and the screen polls `check` for its result (tens of ms).
 */
export class CredentialService {
  private readonly checks = new Map<string, Promise<VerificationResult> | VerificationResult>();
  private signing: Promise<number> | undefined;
  private signAgain = false;

  constructor(private readonly options: CredentialServiceOptions) {}

  get canSign(): boolean {
    return this.options.issuerSeed !== undefined;
  }

  /** The centre's did:key and public key (the key is made on first use). */
  issuer(): CredentialIssuer {
    if (!this.options.issuerSeed) throw issuerKeyMissing();
    return issuerIdentity(this.options.issuerSeed());
  }

  /**
   * Inside the issuing transaction: builds and stores the unsigned credential for a register
   * row. The signature follows a moment after the transaction (scheduleSigning).
   */
  prepareDocument(db: Database, documentId: string, document: CredentialDocument): void {
    if (!this.options.issuerSeed) return;
    const { did } = this.issuer();
    saveUnsigned(db, documentId, document.serial, did, buildCredential(document, did));
    this.scheduleSigning();
  }

  /**
   * The certificates' issue hook (certificates/issue.ts, DocumentCredentials): the
   * credential for a register row just written, and the QR code for its verification section.
   */
  forDocument(document: IssuedDocument, snapshot: DocumentSnapshot): { qrImageDataUrl: string } {
    this.prepareDocument(this.options.db, document.id, credentialDocumentOf(document, snapshot, now()));
    return { qrImageDataUrl: documentQrPngDataUrl(document.serial) };
  }

  /**
   * Signs what is waiting a moment after the current call (and its transaction) is over:
   * the short delay lets the calls that follow an issue (the list, the print) go first.
   */
  scheduleSigning(): void {
    if (!this.options.issuerSeed) return;
    setTimeout(() => {
      // The database may have closed meanwhile (quit, a test's end): what waits is signed at the next start.
      if (this.options.db.open) void this.signWaiting();
    }, signDelayMs);
  }

  /** Signs every credential waiting for its signature; resolves with how many were signed. */
  signWaiting(): Promise<number> {
    if (this.signing) {
      this.signAgain = true;
      return this.signing;
    }
    this.signing = this.signAll()
      .catch((error: unknown) => {
        this.options.log?.('credentials.sign', error);
        return 0;
      })
      .finally(() => {
        this.signing = undefined;
        if (this.signAgain) {
          this.signAgain = false;
          this.scheduleSigning();
        }
      });
    return this.signing;
  }

  private async signAll(): Promise<number> {
    const { db, issuerSeed, paused, log } = this.options;
    if (!issuerSeed) return 0;
    let signed = 0;
    for (;;) {
      if (paused?.() || !db.open) return signed;
      const waiting = waitingCredentials(db, signBatch);
      if (waiting.length === 0) return signed;
      const seed = issuerSeed();
      let progress = false;
      for (const row of waiting) {
        try {
          const credential = await signCredential(row.unsigned, seed);
          if (paused?.() || !db.open) return signed;
          if (saveSigned(db, row.documentId, credential)) signed += 1;
          progress = true;
        } catch (error) {
          log?.('credentials.sign', error);
        }
        // One signature is tens of milliseconds of promise work that never lets other
        // requests in on its own: a class of 30 would hold the server for a second.
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (!progress) return signed;
    }
  }

  /** The signed credential of an issued document, ready to save as a .json file. */
  exportFor(db: Database, documentId: string): CredentialExport {
    const stored = credentialOf(db, documentId);
    if (!stored) {
      // Issued before the centre had a key, or without the credentials step: nothing was signed.
      const issued = db.prepare('SELECT 1 FROM issued_document WHERE id = ?').get(documentId);
      throw issued ? new ApiFailure('conflict', undefined, { reason: 'noCredential' }) : new ApiFailure('not_found');
    }
    if (!stored.signed) {
      this.scheduleSigning();
      throw new ApiFailure('conflict', undefined, { reason: 'credentialNotSignedYet' });
    }
    return { fileName: `${stored.serial}.credential.json`, json: `${JSON.stringify(stored.signed, null, 2)}\n` };
  }

  /** Starts a check. A serial is answered at once from the register; a file is checked beside the call. */
  startCheck(db: Database, input: VerifyInput): CredentialCheckState {
    if (input.source === 'serial') return { state: 'done', result: this.checkSerial(db, input.serial) };
    const checkId = newId();
    const running = this.checkFile(input).then(
      (result) => {
        this.checks.set(checkId, result);
        return result;
      },
      (error: unknown) => {
        this.options.log?.('credentials.verify', error);
        const result = emptyResult('invalid', ['notACredential']);
        this.checks.set(checkId, result);
        return result;
      },
    );
    this.checks.set(checkId, running);
    while (this.checks.size > keptChecks) {
      const oldest = this.checks.keys().next().value;
      if (oldest === undefined) break;
      this.checks.delete(oldest);
    }
    return { state: 'checking', checkId };
  }

  check(checkId: string): CredentialCheckState {
    const found = this.checks.get(checkId);
    if (!found) throw new ApiFailure('not_found');
    return found instanceof Promise ? { state: 'checking', checkId } : { state: 'done', result: found };
  }

  /** The result once the check is done (tests wait with it instead of polling). */
  async settle(checkId: string): Promise<VerificationResult> {
    const found = this.checks.get(checkId);
    if (!found) throw new ApiFailure('not_found');
    return found;
  }

  private checkSerial(db: Database, serial: string): VerificationResult {
    const entry = registerDocument(db, serial);
    if (!entry) return { ...emptyResult('notFound', ['serialUnknown']), serial };
    // The register is the authority here; the stored credential adds what the document says.
    const stored = credentialOf(db, entry.id);
    const said = stored ? credentialSummary(stored.signed ?? stored.unsigned) : undefined;
    const facts = {
      ...emptyResult('valid', []),
      ...said,
      subjectName: entry.participantName,
      documentName: said?.documentName ?? (entry.courseName || null),
      serial: entry.serial,
      issuerDid: stored?.issuerDid ?? null,
      issuedOn: entry.issuedOn,
      revokedOn: entry.revokedAt ? entry.revokedAt.slice(0, 10) : null,
      revokedReason: entry.revokedReason,
    };
    if (entry.revokedAt) return { ...facts, verdict: 'revoked', reasons: ['inRegister', 'revoked'] };
    return { ...facts, verdict: 'valid', reasons: ['inRegister'] };
  }

  private async checkFile(input: Exclude<VerifyInput, { source: 'serial' }>): Promise<VerificationResult> {
    let text: string | undefined;
    if (input.source === 'pdf') {
      try {
        text = await extractCredential(Buffer.from(input.base64, 'base64'));
      } catch (error) {
        if (error instanceof NotAPdfError) return emptyResult('invalid', ['notAPdf']);
        throw error;
      }
      if (text === undefined) return emptyResult('invalid', ['noCredentialInPdf']);
    } else {
      text = input.text;
    }
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/u, ''));
    } catch {
      return emptyResult('invalid', ['notJson']);
    }
    const ourDid = this.canSign ? this.issuer().did : undefined;
    return verifyCredentialDocument(value, { ourDid, lookup: (serial) => registerDocument(this.options.db, serial) });
  }
}
