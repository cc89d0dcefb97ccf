import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { parseMaterialFileUrl } from '../../../../shared/domain/materials';

type Node = DefaultTreeAdapterTypes.ChildNode;

/**
 * Lesson text is HTML from the editor, but it reaches core over IPC or HTTP and could be
 * anything. Core has no DOM, so it parses with parse5 (the WHATWG HTML parser, the same
 * algorithm a browser uses, so there is no parser differential to exploit) and writes the
 * tree back out from an allow-list: only the elements and attributes the editor's schema
 * produces survive, and every attribute value is checked. Output is built from scratch, so
 * nothing the allow-list does not name can reach it.
 */

/** Elements kept, with the attributes each may carry besides the global ones. */
const allowed: Readonly<Record<string, readonly string[]>> = {
  p: [], h1: [], h2: [], h3: [], h4: [], blockquote: [], pre: [], code: [],
  ul: [], ol: ['start'], li: [],
  strong: [], b: [], em: [], i: [], u: [], s: [], br: [], hr: [],
  a: ['href', 'target'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  table: [], colgroup: [], col: [], thead: [], tbody: [], tr: [],
  th: ['colspan', 'rowspan', 'colwidth'], td: ['colspan', 'rowspan', 'colwidth'],
};
/** Attributes any kept element may carry: its text direction, and whether a person set it. */
const globalAttributes = ['dir', 'data-dir-manual'];

/** Elements dropped together with everything inside them. */
const dropWithContent = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'template', 'noscript',
  'svg', 'math', 'textarea', 'select', 'option', 'button', 'input', 'form', 'title', 'head', 'meta', 'link', 'base',
  'audio', 'video', 'canvas', 'noembed', 'noframes', 'xmp', 'plaintext',
]);

const voidElements = new Set(['br', 'hr', 'img', 'col']);

const digits = /^\d{1,5}$/;
const checks: Readonly<Record<string, (value: string) => boolean>> = {
  dir: (value) => value === 'ltr' || value === 'rtl' || value === 'auto',
  'data-dir-manual': (value) => value === 'true',
  start: (value) => digits.test(value),
  colspan: (value) => digits.test(value),
  rowspan: (value) => digits.test(value),
  colwidth: (value) => /^\d{1,5}(,\d{1,5})*$/.test(value),
  width: (value) => digits.test(value),
  height: (value) => digits.test(value),
  alt: () => true,
  title: () => true,
  target: (value) => value === '_blank',
  // Besides the web, a lesson may point at the app's own material files, in exactly one form.
  href: (value) => isSafeLink(value) || parseMaterialFileUrl(value) !== undefined,
  src: (value) => isSafeImage(value) || parseMaterialFileUrl(value) !== undefined,
};

/** Links to the web, mail and phone only; never javascript:, data: or a relative path. */
export function isSafeLink(value: string): boolean {
  const trimmed = value.trim();
  // Control characters, spaces and quotes have no place in a link and could hide a scheme.
  const odd = [...trimmed].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f || /[\s"'<>`]/.test(char));
  return /^(https?:\/\/|mailto:|tel:)/i.test(trimmed) && !odd;
}

/** Images are inline raster data only: nothing is fetched, and SVG (which can script) is refused. */
export function isSafeImage(value: string): boolean {
  return /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+={0,2}$/.test(value);
}

const escapeText = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('\u00A0', '&nbsp;');
const escapeAttribute = (text: string): string => escapeText(text).replaceAll('"', '&quot;');

function writeElement(element: DefaultTreeAdapterTypes.Element, out: string[]): void {
  const tag = element.tagName;
  const own = allowed[tag];
  if (!own) {
    // Unknown but harmless wrappers (div, span, font, …) are unwrapped: their text stays.
    if (!dropWithContent.has(tag)) writeChildren(element.childNodes, out);
    return;
  }
  const attributes = element.attrs
    .filter((attr) => !attr.namespace && (own.includes(attr.name) || globalAttributes.includes(attr.name)))
    .filter((attr) => checks[attr.name]?.(attr.value) ?? false)
    .map((attr) => ` ${attr.name}="${escapeAttribute(attr.value)}"`);
  if (tag === 'img' && !attributes.some((attr) => attr.startsWith(' src='))) return;
  if (tag === 'a') {
    if (!attributes.some((attr) => attr.startsWith(' href='))) {
      writeChildren(element.childNodes, out);
      return;
    }
    attributes.push(' rel="noopener noreferrer nofollow"');
  }
  out.push(`<${tag}${attributes.join('')}>`);
  if (voidElements.has(tag)) return;
  writeChildren(element.childNodes, out);
  out.push(`</${tag}>`);
}

function writeChildren(nodes: readonly Node[], out: string[]): void {
  for (const node of nodes) {
    if (node.nodeName === '#text') out.push(escapeText((node as DefaultTreeAdapterTypes.TextNode).value));
    else if ('tagName' in node) writeElement(node, out);
    // Comments and doctypes are dropped.
  }
}

/** The lesson HTML with everything outside the allow-list removed. */
export function sanitiseLessonHtml(html: string): string {
  if (html.trim() === '') return '';
  const out: string[] = [];
  writeChildren(parseFragment(html).childNodes, out);
  return out.join('');
}
