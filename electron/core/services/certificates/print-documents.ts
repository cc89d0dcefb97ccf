import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import type { DocumentKind, DocumentLanguage, DocumentTexts } from '../../../../shared/domain/certificates';
import type { PrintDocument } from '../../../../shared/domain/printing';
import { compareText } from '../../db/collate';
import { getIssuedDocument, getIssuedSnapshot } from '../../repositories/issued-documents';
import { pdfFileName } from '../printing/layout';
import { documentTexts } from '../printing/texts';
import { readCentreProfile } from './centre-settings';
import { renderDocumentsHtml, type DocumentPage } from './render';
import type { DocumentSnapshot } from './snapshot';
import type { TemplateSet } from './template-files';

const pageOf = (db: Database, id: string): DocumentPage & { id: string; name: string; kind: DocumentKind; courseName: string } => {
  const issued = getIssuedDocument(db, id);
  return {
    id,
    snapshot: getIssuedSnapshot(db, id),
    serial: issued.serial,
    issuedOn: issued.issuedOn,
    revoked: issued.revokedAt !== null ? { at: issued.revokedAt, reason: issued.revokeReason ?? '' } : null,
    name: issued.participantName,
    kind: issued.kind,
    courseName: issued.courseName,
  };
};

/**
 * Prints issued documents from their snapshots, in name order: all in one PDF (one page
 * each), or with `folder` one PDF per document written there by the shell, named after the
 * document and the participant.
 */
export function printIssuedDocuments(db: Database, input: ParsedInput<'print.documents'>, fontsDir: string | undefined): PrintDocument {
  const pages = [...new Set(input.ids)].map((id) => pageOf(db, id)).sort((a, b) => compareText(a.name, b.name) || a.serial.localeCompare(b.serial));
  const first = pages[0];
  const texts = documentTexts(first?.snapshot.language ?? 'nb');
  const kindName = (kind: DocumentKind) => texts.t(`certificates.kinds.${kind}`);
  const single = pages.length === 1 && first;
  const title = single ? `${first.snapshot.texts.title} – ${first.name}` : `${kindName(first?.kind ?? 'diploma')} – ${first?.courseName ?? ''}`;
  const document: PrintDocument = {
    html: renderDocumentsHtml(pages, title, fontsDir),
    fileName: pdfFileName(single ? `${first.snapshot.texts.title} ${first.name} ${first.serial}` : title),
    landscape: false,
    // One document's PDF carries its signed credential; a whole class in one PDF does not
    // (it is for paper: each page's QR code and serial check that document).
    ...(single ? { credentialDocumentId: first.id } : {}),
  };
  if (input.folder) {
    document.folder = {
      path: input.folder,
      files: pages.map((page) => ({
        html: renderDocumentsHtml([page], `${page.snapshot.texts.title} – ${page.name}`, fontsDir),
        fileName: pdfFileName(`${page.snapshot.texts.title} ${page.name}`),
        credentialDocumentId: page.id,
      })),
    };
  }
  return document;
}

/** A fictional participant for the preview, so no real person's data is needed to edit the wording. */
const sampleValues = (language: DocumentLanguage): DocumentSnapshot['values'] => {
  const texts = documentTexts(language);
  return {
    name: 'Amina Yusuf Abdi',
    course: texts.t('certificates.preview.course'),
    period: '17.08.2026–18.12.2026',
    trainingType: texts.t('participants.programmes.introduction'),
    hours: texts.t('certificates.doc.hours', { attended: '212', planned: '240' }),
    site: texts.t('certificates.preview.site'),
    sitePeriod: '05.10.2026–27.11.2026',
    daysPerWeek: texts.t('certificates.doc.daysPerWeek', { count: 2, days: `${texts.t('followUp.print.weekdays.tue')} ${texts.t('followUp.print.and')} ${texts.t('followUp.print.weekdays.thu')}` }),
    buddy: 'Kari Nordmann',
    nextSteps: texts.t('certificates.preview.nextSteps'),
  };
};

/** The document with the texts as typed and a fictional participant, for the live preview. */
export function previewDocument(db: Database, templates: TemplateSet, kind: DocumentKind, language: DocumentLanguage, typed: DocumentTexts, fontsDir: string | undefined): string {
  const texts = documentTexts(language);
  const snapshot: DocumentSnapshot = {
    version: 1,
    kind,
    language,
    template: templates.template(kind, language),
    css: templates.css,
    texts: typed,
    centre: readCentreProfile(db),
    values: sampleValues(language),
    lists: {
      themes: [texts.t('certificates.preview.theme1'), texts.t('certificates.preview.theme2')],
      goals: [`A2: ${texts.t('certificates.preview.goal')}`],
      tasks: [texts.t('certificates.preview.task')],
    },
    rows: {},
    verification: null,
  };
  return renderDocumentsHtml([{ snapshot, serial: 'SB-0000-000000', issuedOn: '2026-12-18', revoked: null }], typed.title, fontsDir);
}
