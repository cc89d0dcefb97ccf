import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../../shared/api/contract';
import type { DocumentCandidate, IssuedDocument } from '../../../../shared/domain/certificates';
import { getCourse } from '../../repositories/courses';
import { getParticipant } from '../../repositories/participants';
import { getIssuedSnapshot, insertIssuedDocument, setIssuedSnapshot } from '../../repositories/issued-documents';
import { invalidField } from '../../db/errors';
import { compareText } from '../../db/collate';
import { readCentreProfile, readDocumentTexts } from './centre-settings';
import { fullName, gatherDocumentData } from './document-data';
import type { DocumentSnapshot } from './snapshot';
import type { TemplateSet } from './template-files';

/**
 * The hook for verifiable credentials (services/credentials): called once for every
 * document as it is issued, inside the same transaction. What it answers is stored in the
 * snapshot and printed as the document's verification section (QR code, serial, one line);
 * without a hook, or when it answers null, that section is left out.
 */
export interface DocumentCredentials {
  forDocument(document: IssuedDocument, snapshot: DocumentSnapshot): { qrImageDataUrl: string } | null;
}

export interface IssueContext {
  templates: TemplateSet;
  today: string;
  credentials?: DocumentCredentials | undefined;
}

/** The class's participants in name order, with what each could show, for the issue dialog. */
export function documentCandidates(db: Database, courseId: string): DocumentCandidate[] {
  const course = getCourse(db, courseId);
  return course.participantIds
    .map((id) => getParticipant(db, id))
    .map((person) => ({
      participantId: person.id,
      name: fullName(person),
      hasLevels: db.prepare(`SELECT 1 FROM assessment WHERE participant_id = ? AND deleted_at IS NULL AND source <> 'self' LIMIT 1`).get(person.id) !== undefined,
      hasNorskprove: db.prepare(`SELECT 1 FROM assessment WHERE participant_id = ? AND deleted_at IS NULL AND source = 'official' LIMIT 1`).get(person.id) !== undefined,
      hasPlacement: db.prepare('SELECT 1 FROM placement WHERE participant_id = ? AND deleted_at IS NULL LIMIT 1').get(person.id) !== undefined,
      endedEarly: person.endDate !== null && person.endDate < course.endDate,
    }))
    .sort((a, b) => compareText(a.name, b.name));
}

/**
 * Issues one document per chosen participant: gathers the data, freezes it with the
 * template, texts and centre details into a snapshot, and records it under the next serial.
 * Answers the documents in name order, which is the order they print in.
 */
export function issueDocuments(db: Database, input: ParsedInput<'documents.issue'>, context: IssueContext): IssuedDocument[] {
  const course = getCourse(db, input.courseId);
  const centre = readCentreProfile(db);
  const { texts } = readDocumentTexts(db, context.templates, input.kind, input.language);
  const template = context.templates.template(input.kind, input.language);
  const people = input.documents.map((choice, index) => {
    if (!course.participantIds.includes(choice.participantId)) throw invalidField(`documents.${index}.participantId`, 'unknownParticipant');
    return { choice, person: getParticipant(db, choice.participantId) };
  });
  people.sort((a, b) => compareText(fullName(a.person), fullName(b.person)));
  return people.map(({ choice, person }) => {
    const data = gatherDocumentData(db, { kind: input.kind, language: input.language, course, person, choice, today: context.today });
    const snapshot: DocumentSnapshot = {
      version: 1,
      kind: input.kind,
      language: input.language,
      template,
      css: context.templates.css,
      texts,
      centre,
      ...data,
      verification: null,
    };
    const issued = insertIssuedDocument(db, {
      kind: input.kind,
      language: input.language,
      participantId: person.id,
      participantName: fullName(person),
      courseId: course.id,
      courseName: course.name,
      issuedOn: context.today,
      snapshot,
    });
    const verification = context.credentials?.forDocument(issued, snapshot) ?? null;
    if (verification) setIssuedSnapshot(db, issued.id, { ...getIssuedSnapshot(db, issued.id), verification });
    return issued;
  });
}
