import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { documentKinds, documentLanguageSchema, type DocumentKind, type DocumentLanguage, type DocumentTexts } from '../../../../shared/domain/certificates';
import { documentTextsSchema } from '../../../../shared/domain/certificates';

/**
 * The document templates in resources/templates (copied to dist/templates by the build,
 * next to dist/fonts): one HTML file per kind and language, one stylesheet, and the default
 * wording of the editable text blocks. Read once per folder and kept.
 */
export const templateFileBase: Readonly<Record<DocumentKind, string>> = {
  course: 'kursbevis',
  diploma: 'diplom',
  practice: 'praksisbekreftelse',
  endLetter: 'sluttbrev',
};

export interface TemplateSet {
  css: string;
  template(kind: DocumentKind, language: DocumentLanguage): string;
  defaults(kind: DocumentKind, language: DocumentLanguage): DocumentTexts;
}

/**
 * Where the templates are: the build puts them next to the print fonts, so a shell that
 * passes the fonts folder has them at ../templates; tests and the source tree use
 * resources/templates under the working folder.
 */
export function templatesDirFor(fontsDir: string | undefined): string {
  return fontsDir ? join(dirname(fontsDir), 'templates') : join(process.cwd(), 'resources', 'templates');
}

const loaded = new Map<string, TemplateSet>();

const partPattern = /\{\{>([a-z-]+)\}\}/gu;

/**
 * Puts the shared parts into a template: `{{>name}}` is `_name.<language>.html` where the part
 * has words in it, else `_name.html`. Done once at load, so a register snapshot holds the
 * whole template and a reprint never depends on the part files of a later version.
 */
function withParts(template: string, language: DocumentLanguage, read: (name: string) => string, dir: string): string {
  const withoutComments = (html: string) => html.replace(/<!--[\s\S]*?-->\s*/gu, '');
  return withoutComments(template).replace(partPattern, (_whole, name: string) => {
    const own = `_${name}.${language}.html`;
    return withoutComments(read(existsSync(join(dir, own)) ? own : `_${name}.html`)).trim();
  });
}

export function loadTemplates(dir: string): TemplateSet {
  const known = loaded.get(dir);
  if (known) return known;
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const raw = JSON.parse(read('defaults.json')) as Record<string, Record<string, unknown>>;
  const defaults = new Map<string, DocumentTexts>();
  const templates = new Map<string, string>();
  for (const kind of documentKinds) {
    for (const language of documentLanguageSchema.options) {
      defaults.set(`${kind}.${language}`, documentTextsSchema.parse(raw[kind]?.[language]));
      templates.set(`${kind}.${language}`, withParts(read(`${templateFileBase[kind]}.${language}.html`), language, read, dir));
    }
  }
  const set: TemplateSet = {
    css: read('certificate.css'),
    template: (kind, language) => templates.get(`${kind}.${language}`) ?? '',
    defaults: (kind, language) => defaults.get(`${kind}.${language}`) ?? { title: kind, intro: '', closing: '' },
  };
  loaded.set(dir, set);
  return set;
}
