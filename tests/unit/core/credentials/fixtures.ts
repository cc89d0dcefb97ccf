import { createHash } from 'node:crypto';
import type { CredentialDocument } from '../../../../electron/core/services/credentials/credential';

/** A fixed seed per name, so tests sign with known, distinct keys (never a real centre's key). */
export const testSeed = (name: string): Buffer => createHash('sha256').update(`sprakbro-test-key:${name}`).digest();

/** A fictional participant's diploma. */
export const diploma = (overrides: Partial<CredentialDocument> = {}): CredentialDocument => ({
  serial: 'SB-2026-000123',
  achievementType: 'Diploma',
  title: 'Diplom',
  subjectName: 'Selam Tesfay',
  courseName: 'Norsk A2 på kveld',
  periodStart: '2026-01-05',
  periodEnd: '2026-06-19',
  description: 'Har deltatt i norskopplæring med vekt på arbeidsliv, helse og samfunn.',
  issuedAt: '2026-06-19T12:00:00.000Z',
  centreName: 'Fjordby voksenopplæring',
  ...overrides,
});
