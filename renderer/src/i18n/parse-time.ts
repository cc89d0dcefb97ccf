/**
 * Reads a clock time the way it is typed in Norway: 9, 09, 9:30, 09.30, 0930, 9 30.
 * Returns 24-hour HH:MM, or null when the text is not a time of day.
 */
export function parseClockTime(text: string): string | null {
  const trimmed = text.trim();
  const match = /^(\d{1,2})(?:[:.\s]?(\d{2}))?$/.exec(trimmed);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
