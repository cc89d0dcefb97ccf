import type { PackageFile } from '../../../../shared/domain/exchange';
import { exchangeLimits } from '../../../../shared/domain/exchange';
import { downloadFile } from '../../ui/download-file';

/** Hands a package made by core to the browser (or Electron's save dialog) as a .zip download. */
export function downloadPackage(file: Pick<PackageFile, 'data' | 'fileName'>): void {
  const bytes = Uint8Array.from(atob(file.data), (char) => char.charCodeAt(0));
  downloadFile(new Blob([bytes], { type: 'application/zip' }), file.fileName);
}

/** A picked file as base64 for the contract call; undefined when it is too large to be a package. */
export async function readPackageFile(file: File): Promise<string | undefined> {
  if (file.size > exchangeLimits.packageBytes) return undefined;
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with a whole file's bytes as arguments overflows the stack.
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary);
}
