import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** Screenshots go to test-results/ (git-ignored). */
export function resultPath(name: string): string {
  const folder = join(repoRoot, 'test-results');
  mkdirSync(folder, { recursive: true });
  return join(folder, name);
}
