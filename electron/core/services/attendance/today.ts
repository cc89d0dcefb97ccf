/**
 * Today's date on this PC (local time, not UTC): a lesson this morning in Norway has
 * taken place even while UTC is still on yesterday's date.
 */
export function localToday(at: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
