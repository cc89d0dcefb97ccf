import { open } from 'node:fs/promises';

/** Bytes to write at a position in a file (media-location.ts's FilePatch, as it arrives in main). */
export interface PatchToWrite {
  position: number;
  data: Uint8Array;
}

/**
 * Writes the patches over a file in place with plain file writes (Electron: over the copy
 * just made where the user chose; never over the stored original). Kept apart from the
 * media parser that computes them, so main can apply what core worked out without parsing.
 */
export async function writePatches(file: string, patches: readonly PatchToWrite[]): Promise<void> {
  if (patches.length === 0) return;
  const handle = await open(file, 'r+');
  try {
    for (const patch of patches) await handle.write(patch.data, 0, patch.data.length, patch.position);
  } finally {
    await handle.close();
  }
}
