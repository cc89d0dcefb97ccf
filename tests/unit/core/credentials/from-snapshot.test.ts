import { describe, expect, it } from 'vitest';
import { defaultCentreProfile, type IssuedDocument } from '../../../../shared/domain/certificates';
import type { DocumentSnapshot } from '../../../../electron/core/services/certificates/snapshot';
import { credentialDocumentOf } from '../../../../electron/core/services/credentials/from-snapshot';

const issued = (kind: IssuedDocument['kind']): IssuedDocument => ({
  id: '01900000-0000-7000-8000-0000000000d1',
  serial: 'SB-2026-000042',
  kind,
  language: 'nb',
  participantId: null,
  participantName: 'ሄለን ተስፋይ',
  courseId: null,
  courseName: 'Norsk A2 kveld',
  issuedOn: '2026-12-18',
  revokedAt: null,
  revokeReason: null,
});

const snapshot = (kind: DocumentSnapshot['kind'], language: DocumentSnapshot['language'] = 'nb'): DocumentSnapshot => ({
  version: 1,
  kind,
  language,
  template: '',
  css: '',
  texts: { title: kind === 'practice' ? 'Bekreftelse av praksis' : 'Kursbevis', intro: '', closing: '' },
  centre: { ...defaultCentreProfile, name: 'Fjordby læringssenter' },
  values: { period: '17.08.2026–18.12.2026', sitePeriod: '05.10.2026–27.11.2026', site: 'Solsikken barnehage', hours: 'Deltatt 212 av 240 timer.' },
  lists: { themes: ['Helse', 'Arbeid'], goals: ['A2: Jeg kan ringe legekontoret'], tasks: ['Rydde lekerom'] },
  rows: { levels: [['Muntlig', 'A2']], norskprove: [['Lytting', 'A2']] },
  verification: null,
});

describe('what a credential says about an issued document', () => {
  it('takes the course, period and what was learned from the printed snapshot, never levels or test results', () => {
    const document = credentialDocumentOf(issued('course'), snapshot('course'), '2026-12-18T10:00:00.000Z');
    expect(document).toMatchObject({
      serial: 'SB-2026-000042',
      achievementType: 'CertificateOfCompletion',
      title: 'Kursbevis',
      subjectName: 'ሄለን ተስፋይ',
      courseName: 'Norsk A2 kveld',
      periodStart: '2026-08-17',
      periodEnd: '2026-12-18',
      centreName: 'Fjordby læringssenter',
    });
    expect(document.description).toBe('Deltatt 212 av 240 timer. Temaer: Helse; Arbeid. Mål: A2: Jeg kan ringe legekontoret. Arbeidsoppgaver: Rydde lekerom.');
    expect(document.description).not.toMatch(/Muntlig|Lytting/u);
  });

  it('uses the placement period and site for a practice confirmation, in the document’s language', () => {
    const document = credentialDocumentOf(issued('practice'), snapshot('practice', 'en'), '2026-12-18T10:00:00.000Z');
    expect(document).toMatchObject({ achievementType: 'Fieldwork', periodStart: '2026-10-05', periodEnd: '2026-11-27' });
    expect(document.description).toContain('Practice site: Solsikken barnehage.');
    expect(document.description).toContain('Themes: Helse; Arbeid.');
  });

  it('leaves out what is missing and names the app when the centre has no name yet', () => {
    const bare = { ...snapshot('diploma'), values: {}, lists: {}, centre: defaultCentreProfile };
    const document = credentialDocumentOf(issued('diploma'), bare, '2026-12-18T10:00:00.000Z');
    expect(document).toMatchObject({ achievementType: 'Diploma', periodStart: null, periodEnd: null, description: '', centreName: 'Språkbro' });
  });
});
