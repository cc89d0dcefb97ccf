// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LessonBodyEditor } from '../../renderer/src/editor/LessonBodyEditor';
import { sanitiseHtml } from '../../renderer/src/editor/sanitise';
import { activeContent, hostileHtml } from '../unit/core/hostile/payloads';

/**
 * Hostile lesson text in the renderer, through the real pieces: the lesson editor (which
 * sanitises what it is given before tiptap parses it) and the read-only previews (version
 * history, plans for assistants), which show stored HTML only through the same sanitiser.
 * Then every sanitised payload is run in a jsdom that executes scripts, beside the raw
 * payload as a control, so a silent marker means something.
 */
afterEach(cleanup);

const problemIn = (root: ParentNode) =>
  activeContent(
    [...root.querySelectorAll('*')].map((element) => ({ tagName: element.tagName, attributes: [...element.attributes] })),
  );

type Marked = Window & typeof globalThis & { __pwned?: unknown };

/** Runs HTML in a document that executes scripts and event handlers, and says whether the marker got set. */
async function ranIn(html: string): Promise<boolean> {
  const dom = new JSDOM(`<!doctype html><body>${html}</body>`, { runScripts: 'dangerously', pretendToBeVisual: true });
  const window = dom.window as unknown as Marked;
  for (const element of window.document.querySelectorAll('*')) {
    // Fire what a user or the page would: loading, errors, focus, toggles, clicks.
    for (const type of ['load', 'error', 'focus', 'toggle', 'click']) element.dispatchEvent(new window.Event(type));
  }
  await new Promise((resolve) => setTimeout(resolve, 20));
  const ran = window.__pwned !== undefined;
  window.close();
  return ran;
}

describe('hostile lesson text in the renderer', () => {
  it('the control: raw payloads do run in the script-running document', async () => {
    expect(await ranIn(hostileHtml[0]!.html)).toBe(true);
    expect(await ranIn(hostileHtml.find((payload) => payload.name === 'img onerror')!.html)).toBe(true);
    expect(await ranIn(hostileHtml.find((payload) => payload.name === 'details ontoggle')!.html)).toBe(true);
  });

  it.each(hostileHtml)('$name never runs or survives in the editor or a preview', async ({ html }) => {
    const onChange = vi.fn();
    const clean = sanitiseHtml(`<p>Før</p>${html}<p>Etter</p>`);
    const view = render(
      <>
        <LessonBodyEditor initialHtml={`<p>Før</p>${html}<p>Etter</p>`} onChange={onChange} onBlur={() => undefined} labelId="l" />
        <div data-testid="preview" dangerouslySetInnerHTML={{ __html: clean }} />
      </>,
    );
    // The lesson text as the editor shows it, and the preview (the toolbar's own buttons are not lesson text).
    const shown = [view.container.querySelector('.ProseMirror')!, view.getByTestId('preview')];
    for (const part of shown) expect(problemIn(part), part.innerHTML).toBeUndefined();
    // The teacher's own text stays (an unclosed payload may swallow what follows it, never what comes before).
    expect(view.getByTestId('preview').textContent).toContain('Før');
    expect((window as unknown as Marked).__pwned).toBeUndefined();
    expect(await ranIn(clean)).toBe(false);
  });
});
