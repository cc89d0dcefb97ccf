import { statSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import type { IssuedDocument } from '../../../../shared/domain/certificates';
import type { PrintDocument } from '../../../../shared/domain/printing';
import { invalidField } from '../../db/errors';
import { getIssuedDocument, listIssuedDocuments, revokeIssuedDocument } from '../../repositories/issued-documents';
import { localToday } from '../printing/layout';
import { readDocumentTexts, writeDocumentTexts } from './centre-settings';
import { issueDocuments, type DocumentCredentials } from './issue';
import { previewDocument, printIssuedDocuments } from './print-documents';
import { loadTemplates, templatesDirFor } from './template-files';

/** What the certificate methods need from the handler context. */
export interface CertificateContext {
  db: Database;
  fontsDir?: string | undefined;
  credentials?: DocumentCredentials | undefined;
}

const templatesOf = (context: CertificateContext) => loadTemplates(templatesDirFor(context.fontsDir));

export const getDocumentTexts = (input: ParsedInput<'documents.texts.get'>, context: CertificateContext) =>
  readDocumentTexts(context.db, templatesOf(context), input.kind, input.language);

export const updateDocumentTexts = (input: ParsedInput<'documents.texts.update'>, context: CertificateContext) =>
  writeDocumentTexts(context.db, templatesOf(context), input.kind, input.language, input.texts);

/** The preview is shown inside the app, which may not read file:// fonts: it names the installed fonts only. */
export const documentPreview = (input: ParsedInput<'documents.preview'>, context: CertificateContext) => ({
  html: previewDocument(context.db, templatesOf(context), input.kind, input.language, input.texts, undefined),
});

export const issue = (input: ParsedInput<'documents.issue'>, context: CertificateContext): IssuedDocument[] =>
  issueDocuments(context.db, input, { templates: templatesOf(context), today: localToday(), credentials: context.credentials });

export const listDocuments = (input: ParsedInput<'documents.list'>, { db }: CertificateContext) => listIssuedDocuments(db, input);

export const revokeDocument = (input: ParsedInput<'documents.revoke'>, { db }: CertificateContext) => {
  getIssuedDocument(db, input.id);
  return revokeIssuedDocument(db, input.id, input.reason);
};

/** The folder for "one PDF each" must exist before anything is printed; the shell writes into it. */
export function printDocuments(input: ParsedInput<'print.documents'>, { db, fontsDir }: CertificateContext): PrintDocument {
  if (input.folder) {
    let isFolder: boolean;
    try {
      isFolder = statSync(input.folder).isDirectory();
    } catch {
      isFolder = false;
    }
    if (!isFolder) throw invalidField('folder', 'folderMissing');
  }
  return printIssuedDocuments(db, input, fontsDir);
}
