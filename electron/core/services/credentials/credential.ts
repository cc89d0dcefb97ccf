import { credentialsContextUrl, openBadgesContextUrl } from './document-loader';

/**
 * What a credential says about one issued document: only what the printed document shows
 * (who, which document, course, period, what was done and learned), never notes, levels
 * the participant did not choose to include, or anything else from the register.
 */
export interface CredentialDocument {
  serial: string;
  /** The Open Badges achievement type closest to the document (never an official qualification). */
  achievementType: 'Diploma' | 'CertificateOfCompletion' | 'Fieldwork' | 'Achievement';
  /** The document's title as printed, e.g. "Diplom". */
  title: string;
  subjectName: string;
  courseName: string | null;
  /** YYYY-MM-DD */
  periodStart: string | null;
  periodEnd: string | null;
  /** What was done and learned, as plain text (the printed summary). */
  description: string;
  /** ISO timestamp of the issue. */
  issuedAt: string;
  centreName: string;
}

/** The credential's id: a URN with the serial, the same text the QR code carries. */
export const documentUrn = (serial: string): string => `urn:sprakbro:document:${serial}`;
export const serialOfUrn = (urn: string): string | undefined => /^urn:sprakbro:document:([A-Z0-9-]{3,40})$/u.exec(urn)?.[1];

const dateTime = (date: string): string => `${date}T00:00:00Z`;
/** Whole seconds, as the VC date checks expect. */
const instant = (iso: string): string => `${iso.slice(0, 19)}Z`;

/** The unsigned Open Badges 3.0 credential (OpenBadgeCredential) for one document. */
export function buildCredential(document: CredentialDocument, issuerDid: string): Record<string, unknown> {
  const name = document.courseName ? `${document.title}: ${document.courseName}` : document.title;
  return {
    '@context': [credentialsContextUrl, openBadgesContextUrl],
    id: documentUrn(document.serial),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name,
    issuer: { id: issuerDid, type: ['Profile'], name: document.centreName },
    validFrom: instant(document.issuedAt),
    credentialSubject: {
      type: ['AchievementSubject'],
      // Open Badges names a person without an account through an unhashed identity object.
      identifier: [{ type: 'IdentityObject', identityHash: document.subjectName, identityType: 'name', hashed: false }],
      ...(document.periodStart ? { activityStartDate: dateTime(document.periodStart) } : {}),
      ...(document.periodEnd ? { activityEndDate: dateTime(document.periodEnd) } : {}),
      achievement: {
        id: `urn:sprakbro:achievement:${document.serial}`,
        type: ['Achievement'],
        achievementType: document.achievementType,
        name,
        description: document.description || name,
        criteria: { narrative: document.description || name },
      },
    },
  };
}
