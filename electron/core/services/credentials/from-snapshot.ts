import type { IssuedDocument } from '../../../../shared/domain/certificates';
import type { DocumentSnapshot } from '../certificates/snapshot';
import { documentTexts } from '../printing/texts';
import type { CredentialDocument } from './credential';

const achievementTypes: Record<IssuedDocument['kind'], CredentialDocument['achievementType']> = {
  course: 'CertificateOfCompletion',
  diploma: 'Diploma',
  practice: 'Fieldwork',
  endLetter: 'Achievement',
};

/** "17.08.2026–18.12.2026" as printed, back to ISO dates. */
function periodOf(printed: string | undefined): { start: string; end: string } | undefined {
  const match = /(\d{2})\.(\d{2})\.(\d{4})\s*[–-]\s*(\d{2})\.(\d{2})\.(\d{4})/u.exec(printed ?? '');
  if (!match) return undefined;
  const [, d1, m1, y1, d2, m2, y2] = match;
  return { start: `${y1}-${m1}-${d1}`, end: `${y2}-${m2}-${d2}` };
}

/**
 * What the credential says, taken from the snapshot of exactly what was printed: the
 * document's title, the person, the class, the period, and what was done and learned
 * (hours, themes, goals, work tasks), in the document's language. Levels and test results
 * are left out even where the participant chose to print them: a credential file travels
 * further than the paper.
 */
export function credentialDocumentOf(issued: IssuedDocument, snapshot: DocumentSnapshot, issuedAt: string): CredentialDocument {
  const texts = documentTexts(snapshot.language);
  const values = snapshot.values;
  const period = periodOf(issued.kind === 'practice' ? (values.sitePeriod ?? values.period) : values.period);
  const line = (key: string, items: string[] | undefined) =>
    items && items.length > 0 ? `${texts.t(`credentials.document.${key}`)}: ${items.join('; ')}.` : '';
  const description = [
    values.hours ?? '',
    issued.kind === 'practice' && values.site ? `${texts.t('credentials.document.site')}: ${values.site}.` : '',
    line('themes', snapshot.lists.themes),
    line('goals', snapshot.lists.goals),
    line('tasks', snapshot.lists.tasks),
  ]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
  return {
    serial: issued.serial,
    achievementType: achievementTypes[issued.kind],
    title: snapshot.texts.title,
    subjectName: issued.participantName,
    courseName: issued.courseName || null,
    periodStart: period?.start ?? null,
    periodEnd: period?.end ?? null,
    description,
    issuedAt,
    centreName: snapshot.centre.name || 'Språkbro',
  };
}
