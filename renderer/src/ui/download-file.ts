/**
 * Hands bytes to the browser as a download; the browser (or Electron's save dialog) decides
 * where the file goes. Used for PDFs in browser mode and for exported spreadsheets.
 */
export function downloadFile(data: Blob, fileName: string): void {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
