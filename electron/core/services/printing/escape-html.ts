/**
 * Escapes text for HTML element content and for double- or single-quoted attribute values.
 * Every piece of data that goes into a printed document passes through here; only lesson
 * bodies do not, and those go through the lesson sanitiser instead.
 */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
