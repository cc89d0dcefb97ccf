import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { manifestFileName, materialsFolderName, snapshotManifestSchema, type SnapshotManifest } from './manifest';
import { snapshotsToKeep } from './rotation';

export interface StoredSnapshot {
  dir: string;
  manifest: SnapshotManifest;
}

/**
 * The finished snapshots in a backup folder, newest first. Folders without a readable
 * manifest (unfinished, or not ours) are left out, never deleted.
 */
export async function listSnapshots(backupRoot: string): Promise<StoredSnapshot[]> {
  if (!existsSync(backupRoot)) return [];
  const snapshots: StoredSnapshot[] = [];
  for (const entry of await readdir(backupRoot, { withFileTypes: true })) {
    if (!entry.isDirectory() || !entry.name.startsWith('sprakbro-')) continue;
    const manifest = await readManifest(join(backupRoot, entry.name));
    if (manifest && manifest.id === entry.name) snapshots.push({ dir: join(backupRoot, entry.name), manifest });
  }
  return snapshots.sort((a, b) => b.manifest.takenAt.localeCompare(a.manifest.takenAt));
}

export async function readManifest(dir: string): Promise<SnapshotManifest | null> {
  try {
    const parsed = snapshotManifestSchema.safeParse(JSON.parse(await readFile(join(dir, manifestFileName), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface PruneResult {
  removedSnapshots: string[];
  removedMaterialFiles: number;
}

/**
 * Applies the rotation (7 daily, 4 weekly, 12 monthly) and then removes material files no
 * kept snapshot refers to. Unfinished folders older than a day are cleared too: they are
 * what an interrupted backup leaves.
 */
export async function pruneSnapshots(backupRoot: string, now: Date = new Date()): Promise<PruneResult> {
  const snapshots = await listSnapshots(backupRoot);
  const keep = snapshotsToKeep(
    snapshots.map(({ manifest }) => ({ id: manifest.id, takenAt: new Date(manifest.takenAt) })),
    now,
  );
  const removedSnapshots: string[] = [];
  for (const snapshot of snapshots) {
    if (keep.has(snapshot.manifest.id)) continue;
    await rm(snapshot.dir, { recursive: true, force: true });
    removedSnapshots.push(snapshot.manifest.id);
  }
  const kept = snapshots.filter((snapshot) => keep.has(snapshot.manifest.id));
  let removedMaterialFiles = 0;
  for (const entry of await readdir(backupRoot, { withFileTypes: true })) {
    if (!entry.isDirectory() || !(entry.name === materialsFolderName || entry.name.startsWith(`${materialsFolderName}-`))) continue;
    const referenced = new Set(
      kept.filter(({ manifest }) => manifest.materialsFolder === entry.name).flatMap(({ manifest }) => manifest.materials),
    );
    removedMaterialFiles += await removeUnreferenced(join(backupRoot, entry.name), '', referenced);
  }
  return { removedSnapshots, removedMaterialFiles };
}

async function removeUnreferenced(folder: string, prefix: string, referenced: ReadonlySet<string>): Promise<number> {
  if (!existsSync(folder)) return 0;
  let removed = 0;
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      removed += await removeUnreferenced(join(folder, entry.name), path, referenced);
      continue;
    }
    const plainPath = path.endsWith('.enc') ? path.slice(0, -'.enc'.length) : path;
    if (!referenced.has(plainPath)) {
      await rm(join(folder, entry.name), { force: true });
      removed += 1;
    }
  }
  return removed;
}
