// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { markManualDirection } from '../../renderer/src/editor/auto-direction';
import { lessonExtensions } from '../../renderer/src/editor/extensions';
import { sanitiseHtml } from '../../renderer/src/editor/sanitise';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

const make = (content: string) => {
  editor = new Editor({ extensions: lessonExtensions(), content, textDirection: 'auto' });
  return editor;
};

describe('lesson editor direction', () => {
  it('gives each typed paragraph the direction of its first strong letter', () => {
    const current = make('<p></p>');
    current.commands.insertContent('Hei og velkommen');
    current.commands.splitBlock();
    current.commands.insertContent('مرحبا بكم');
    expect(current.getHTML()).toBe('<p dir="ltr">Hei og velkommen</p><p dir="rtl">مرحبا بكم</p>');
  });

  it('lets the toolbar set a paragraph by hand, keeps it through a reload, and gives it back to automatic', () => {
    const current = make('<p dir="ltr">Hei</p><p dir="rtl">مرحبا</p>');
    current.commands.setTextSelection(current.state.doc.content.size - 2);
    current.chain().setTextDirection('ltr').command(markManualDirection(true)).run();
    const html = current.getHTML();
    expect(html).toBe('<p dir="ltr">Hei</p><p dir="ltr" data-dir-manual="true">مرحبا</p>');
    // Typing more does not undo a manual choice.
    current.commands.setTextSelection(current.state.doc.content.size - 1);
    current.commands.insertContent(' بكم');
    expect(current.getHTML()).toContain('<p dir="ltr" data-dir-manual="true">مرحبا بكم</p>');

    const reloaded = make(sanitiseHtml(html));
    expect(reloaded.getHTML()).toBe(html);
    reloaded.commands.setTextSelection(reloaded.state.doc.content.size - 2);
    reloaded.chain().unsetTextDirection().command(markManualDirection(false)).run();
    expect(reloaded.getHTML()).toBe('<p dir="ltr">Hei</p><p dir="rtl">مرحبا</p>');
  });
});

describe('renderer sanitiser', () => {
  it('keeps direction, tables and links, and drops scripts, handlers, javascript: links and frames', () => {
    expect(sanitiseHtml('<p dir="rtl" data-dir-manual="true">مرحبا</p><table><tbody><tr><td colspan="2"><p>a</p></td></tr></tbody></table>'))
      .toBe('<p dir="rtl" data-dir-manual="true">مرحبا</p><table><tbody><tr><td colspan="2"><p>a</p></td></tr></tbody></table>');
    const dirty = '<p onclick="x()">a<script>alert(1)</script></p><a href="javascript:alert(1)">b</a><iframe src="https://x.invalid"></iframe><img src="x" onerror="alert(1)">';
    const clean = sanitiseHtml(dirty);
    expect(clean).not.toMatch(/<script|onclick|onerror|javascript:|<iframe/i);
    expect(sanitiseHtml('<a href="https://udir.no">Udir</a>')).toBe('<a href="https://udir.no">Udir</a>');
  });
});
