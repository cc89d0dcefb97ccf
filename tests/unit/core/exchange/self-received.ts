import type { Database } from 'better-sqlite3';
import { unzipSync } from 'fflate';
import type { PackageFile } from '../../../../shared/domain/exchange';

/**
 * For tests that have one database only (roles, fuzz): files a package the same database
 * sent as if it had been received on a laptop, so that exchange.returnPackage and
 * exchange.received.get have a row, and the return package is one this centre accepts.
 * (The app itself refuses to take in its own package: exchange.receive answers ownPackage.)
 */
export function fileOwnPackageAsReceived(db: Database, file: Pick<PackageFile, 'data'>): string {
  const files = unzipSync(new Uint8Array(Buffer.from(file.data, 'base64')));
  const read = (name: string) => JSON.parse(new TextDecoder().decode(files[name])) as Record<string, unknown>;
  const manifest = read('manifest.json') as { packageId: string; centreId: string; secret: string; createdAt: string };
  const plans = read('plans.json') as { course: { name: string }; assistant: { name: string }; from: string; to: string };
  const glossary = read('glossary.json') as { terms: { id: string }[] };
  db.prepare(
    `INSERT INTO exchange_package_received (id, centre_id, secret, course_name, assistant_name, from_date, to_date, plans, term_ids, received_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    manifest.packageId, manifest.centreId, manifest.secret, plans.course.name, plans.assistant.name, plans.from, plans.to,
    JSON.stringify(plans), JSON.stringify(glossary.terms.map((term) => term.id)), manifest.createdAt, manifest.createdAt, manifest.createdAt,
  );
  return manifest.packageId;
}
