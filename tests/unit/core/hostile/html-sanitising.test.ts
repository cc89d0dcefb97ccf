import { parse, parseFragment } from 'parse5';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, defaultChromiumPath } from '../../../../electron/web/pdf-printer';
import { sanitiseLessonHtml } from '../../../../electron/core/services/lessons/sanitise-html';
import { addCourse } from '../../helpers/fixtures';
import { createTestApi, type TestApi } from '../../helpers/test-api';
import { activeContent, hostileHtml } from './payloads';

/**
 * Hostile lesson text in core: the sanitiser stores none of it, and printing sanitises again,
 * so even a row written around the API (an import, an older version, a sync) prints without
 * anything that could run. One printout is then opened in Chromium with JavaScript on, to
 * see that nothing ran.
 */
interface Parse5Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Parse5Node[];
  content?: Parse5Node;
}

function elementsOf(root: Parse5Node): { tagName: string; attributes: { name: string; value: string }[] }[] {
  const found: { tagName: string; attributes: { name: string; value: string }[] }[] = [];
  const walk = (node: Parse5Node) => {
    if (node.tagName) found.push({ tagName: node.tagName, attributes: node.attrs ?? [] });
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(root);
  return found;
}

const fragmentProblem = (html: string) => activeContent(elementsOf(parseFragment(html) as unknown as Parse5Node));

const documentProblem = (html: string) => activeContent(elementsOf(parse(html) as unknown as Parse5Node));

/**
 * A printout has its own <style>, <meta charset> and its Content-Security-Policy <meta>; every
 * other element is held to the same rules as lesson text.
 */
const ownHead = (element: { tagName: string; attributes: { name: string; value: string }[] }): boolean => {
  if (element.tagName === 'style') return element.attributes.length === 0;
  if (element.tagName !== 'meta') return false;
  const equiv = element.attributes.find((attribute) => attribute.name === 'http-equiv');
  return equiv === undefined || equiv.value.toLowerCase() === 'content-security-policy';
};
const printProblem = (html: string) => activeContent(elementsOf(parse(html) as unknown as Parse5Node).filter((element) => !ownHead(element)));

let api: TestApi;
let courseId: string;
let lessonId: string;
beforeAll(() => {
  api = createTestApi();
  courseId = addCourse(api).id;
  lessonId = api.value('lessons.create', { courseId, date: '2026-09-14', startTime: '09:00', endTime: '11:00', title: 'Økt' }).id;
});
afterAll(() => api.db.close());

describe('hostile lesson text in core', () => {
  it('the checker itself sees every payload as active content before sanitising', () => {
    for (const payload of hostileHtml.filter((candidate) => !candidate.inert)) expect(documentProblem(payload.html), payload.name).toBeDefined();
  });

  it.each(hostileHtml)('stores $name without anything that could run', ({ html }) => {
    const saved = api.value('lessons.update', { id: lessonId, bodyHtml: `<p>Før</p>${html}<p>Etter</p>` });
    expect(fragmentProblem(saved.bodyHtml), saved.bodyHtml).toBeUndefined();
    expect(saved.bodyHtml).not.toMatch(/__pwned.*[=(]|javascript:/iu);
    expect(fragmentProblem(sanitiseLessonHtml(html))).toBeUndefined();
  });

  it('prints a row written around the API without active content, and nothing runs in Chromium', async () => {
    // Straight into the table, as an older version or an import might have left it.
    const everything = hostileHtml.map((payload) => payload.html).join('\n');
    api.db.prepare('UPDATE lesson SET body_html = ? WHERE id = ?').run(`<p>Dagens plan</p>${everything}`, lessonId);
    const printed = api.value('print.substitutePacket', { courseId, date: '2026-09-14' });
    expect(printed.html).toContain('Dagens plan');
    expect(printProblem(printed.html)).toBeUndefined();

    let browser: Browser | undefined;
    try {
      browser = await chromium.launch({ executablePath: defaultChromiumPath(), args: chromiumArgs, headless: true });
      const page = await browser.newPage({ javaScriptEnabled: true });
      // Control: the raw payloads do run in this page, so a silent marker below means something.
      await page.setContent(`<!doctype html><body>${everything}</body>`);
      await page.waitForFunction(() => (window as { __pwned?: unknown }).__pwned !== undefined, undefined, { timeout: 5000 });
      const printout = await browser.newPage({ javaScriptEnabled: true });
      await printout.setContent(printed.html, { waitUntil: 'load' });
      await printout.waitForTimeout(300);
      expect(await printout.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await printout.getByText('Dagens plan').count()).toBe(1);
    } finally {
      await browser?.close();
    }
  }, 30_000);
});
