import { escapeHtml } from '../printing/escape-html';

/**
 * The template language, deliberately tiny: `{{key}}` is text (always escaped),
 * `{{{key}}}` is HTML that core built itself from escaped parts, `{{#key}}…{{/key}}` is
 * kept only when the key has a value. A missing value is an empty string, never
 * "undefined", and its section goes with it.
 */
export interface TemplateValues {
  text: Readonly<Record<string, string>>;
  html: Readonly<Record<string, string>>;
}

const hasValue = (values: TemplateValues, key: string): boolean =>
  (Object.hasOwn(values.text, key) && values.text[key] !== '') || (Object.hasOwn(values.html, key) && values.html[key] !== '');

const sectionPattern = /\{\{#(\w+)\}\}([\s\S]*?)\{\{\/\1\}\}/gu;

export function fillTemplate(template: string, values: TemplateValues): string {
  let body = template.replace(/<!--[\s\S]*?-->\s*/gu, '');
  // Sections first, on the template alone; values are put in afterwards in one pass, so a
  // value that happens to contain "{{…}}" is printed as it is and never read as a placeholder.
  for (let guard = 0; guard < 20; guard += 1) {
    const next = body.replace(sectionPattern, (_whole, key: string, inner: string) => (hasValue(values, key) ? inner : ''));
    if (next === body) break;
    body = next;
  }
  return body.replace(/\{\{\{(\w+)\}\}\}|\{\{(\w+)\}\}/gu, (_whole, htmlKey: string | undefined, textKey: string | undefined) => {
    if (htmlKey !== undefined) return Object.hasOwn(values.html, htmlKey) ? (values.html[htmlKey] ?? '') : '';
    const key = textKey ?? '';
    return Object.hasOwn(values.text, key) ? escapeHtml(values.text[key] ?? '') : '';
  });
}

const placeholder = /\{\{\s*(\w+)\s*\}\}/gu;

/**
 * A text block the centre wrote (intro, closing) as HTML paragraphs: blank lines part
 * paragraphs, single line breaks stay. Placeholders take the document's values; a sentence
 * that names a value this document does not have is left out rather than printed half.
 */
export function textBlockHtml(text: string, values: Readonly<Record<string, string>>): string {
  const known = (key: string) => Object.hasOwn(values, key) && values[key] !== '';
  return text
    .split(/\n\s*\n/u)
    .map((paragraph) =>
      paragraph
        .split(/(?<=[.!?])[ \t]+/u)
        .filter((sentence) => [...sentence.matchAll(placeholder)].every((match) => known(match[1] ?? '')))
        .join(' ')
        .trim(),
    )
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => {
      const parts = paragraph.split(placeholder);
      // split() with one capture group alternates literal text and key names.
      const html = parts.map((part, index) => (index % 2 === 1 ? escapeHtml(values[part] ?? '') : escapeHtml(part))).join('');
      return `<p dir="auto">${html.replaceAll('\n', '<br>')}</p>`;
    })
    .join('');
}

/** Long names get a smaller size so they stay on one or two lines; counted in characters, not bytes. */
export function nameLengthClass(name: string): string {
  const length = [...name].length;
  if (length <= 22) return 'name-s';
  if (length <= 36) return 'name-m';
  if (length <= 60) return 'name-l';
  return 'name-xl';
}
