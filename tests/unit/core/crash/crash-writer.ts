/**
 * Child process for the crash-safety test: writes through the real API as fast as it can
 * and prints one line per write the API reported as saved. The parent kills it with
 * SIGKILL at a random moment; every line printed before that must still be in the
 * database afterwards. Bundled by the test with esbuild and run with plain Node.
 */
import { createApi } from '../../../../electron/core/api/dispatch';
import { openDatabase } from '../../../../electron/core/db/connection';
import type { MethodInput } from '../../../../shared/api/contract';

const [file, runLabel] = process.argv.slice(2);
if (!file || !runLabel) throw new Error('usage: crash-writer <database file> <run label>');

const db = openDatabase(file);
const api = createApi({ db, mode: 'test', version: '0.0.0-crash' });
const caller = { role: 'teacher' } as const;

// A long stretch of writes of two kinds: small rows and rows with a larger JSON payload,
// so the kill lands in the middle of WAL appends and checkpoints as well as between them.
for (let index = 0; ; index += 1) {
  const newParticipant: MethodInput<'participants.create'> = {
    givenName: `${runLabel}-${index}`,
    familyName: 'Kræsjtest',
    motherTongues: ['ar', 'ti'],
    programme: 'introduction',
  };
  const participant = api.call('participants.create', newParticipant, caller);
  if (!participant.ok) throw new Error(JSON.stringify(participant.error));
  process.stdout.write(`participant ${runLabel}-${index}\n`);

  const newSite: MethodInput<'practiceSites.create'> = {
    name: `Side ${runLabel}-${index}`,
    address: 'Fiktiv gate 1\n'.repeat(20),
    contacts: Array.from({ length: 10 }, (_, contact) => ({
      name: `Fadder ${contact}`,
      role: contact === 0 ? 'buddy' : 'contact',
      phone: '+47 400 00 000',
      email: `fadder${contact}@eksempel.invalid`,
    })),
  };
  const site = api.call('practiceSites.create', newSite, caller);
  if (!site.ok) throw new Error(JSON.stringify(site.error));
  process.stdout.write(`site Side ${runLabel}-${index}\n`);
}
