/** A file name any system accepts: no path or control characters, at most 120 characters, ending .zip. */
export function packageFileName(base: string): string {
  const safe = [...base].map((char) => (char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f || '\\/:*?"<>|'.includes(char) ? '-' : char));
  const cleaned = safe.join('').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `${cleaned || 'Sprakbro-pakke'}.zip`;
}
