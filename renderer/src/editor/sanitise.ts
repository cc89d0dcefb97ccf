import DOMPurify from 'dompurify';

/**
 * Lesson HTML is sanitised by core before it is stored; the renderer sanitises again before
 * the editor parses it or it is shown, so a row written by anything else (an import, an
 * older version, a sync) can never run code here. The allow-list matches core's.
 */
const config = {
  ALLOWED_TAGS: [
    'p', 'h1', 'h2', 'h3', 'h4', 'blockquote', 'pre', 'code', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 's',
    'br', 'hr', 'a', 'img', 'table', 'colgroup', 'col', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  ALLOWED_ATTR: ['dir', 'data-dir-manual', 'href', 'target', 'start', 'colspan', 'rowspan', 'colwidth', 'src', 'alt', 'title', 'width', 'height'],
  ALLOW_DATA_ATTR: false,
  // DOMPurify checks every attribute not named here against ALLOWED_URI_REGEXP, which would
  // drop dir="rtl" and the rest: these carry plain values, never addresses.
  ADD_URI_SAFE_ATTR: ['dir', 'data-dir-manual', 'target', 'start', 'colspan', 'rowspan', 'colwidth', 'width', 'height'],
  // Web, mail and phone links; images as inline raster data or the app's own material files.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|data:image\/(?:png|jpeg|gif|webp);base64,|\/media\/materials\/[0-9A-Za-z-]+\/(?:original|thumbnail)$)/i,
};

export function sanitiseHtml(html: string): string {
  return DOMPurify.sanitize(html, config);
}
