/** Today on this computer as YYYY-MM-DD (local time, the date a teacher means). */
export function localToday(at: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
