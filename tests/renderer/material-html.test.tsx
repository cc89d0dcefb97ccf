// @vitest-environment jsdom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Material } from '../../shared/domain/materials';
import { lessonExtensions } from '../../renderer/src/editor/extensions';
import { sanitiseHtml } from '../../renderer/src/editor/sanitise';
import { insertMaterial } from '../../renderer/src/features/materials/material-html';
import { materialIdOfUrl } from '../../renderer/src/features/materials/material-kind';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

const id = '01900000-0000-7000-8000-000000000001';
const item = (kind: Material['kind'], caption: string) => ({ id, kind, caption, originalName: 'fil' }) as Material;

describe('material in lesson text', () => {
  it('inserts a photo as a picture with its caption as alt text, and sound as a link named by its caption', () => {
    editor = new Editor({ extensions: lessonExtensions(), content: '<p>Se:</p>', textDirection: 'auto' });
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    insertMaterial(editor, item('image', 'صورة من المطبخ'));
    insertMaterial(editor, item('audio', 'Samtale med fadder'));
    const html = editor.getHTML();
    expect(html).toMatch(new RegExp(`<img [^>]*src="/media/materials/${id}/original" alt="صورة من المطبخ">`));
    // The link went after the picture, not over it.
    expect(html.indexOf('<img')).toBeLessThan(html.indexOf('<a '));
    expect(html).toMatch(new RegExp(`<a [^>]*href="/media/materials/${id}/original"[^>]*>Samtale med fadder</a>`));
    // What the editor writes survives the renderer's sanitiser unchanged.
    expect(sanitiseHtml(html)).toContain(`src="/media/materials/${id}/original"`);
    expect(sanitiseHtml(html)).toContain(`href="/media/materials/${id}/original"`);
  });

  it('lets the app’s own material addresses through the sanitiser, and no other relative address', () => {
    expect(sanitiseHtml(`<img src="/media/materials/${id}/thumbnail" alt="x">`)).toBe(`<img src="/media/materials/${id}/thumbnail" alt="x">`);
    expect(sanitiseHtml('<img src="/etc/passwd" alt="x">')).toBe('<img alt="x">');
    expect(sanitiseHtml(`<a href="/media/materials/${id}/original/../../../api">x</a>`)).toBe('<a>x</a>');
    expect(sanitiseHtml('<a href="//evil.invalid/media/materials/a/original">x</a>')).toBe('<a>x</a>');
  });

  it('knows which links point at material', () => {
    expect(materialIdOfUrl(`/media/materials/${id}/original`)).toBe(id);
    expect(materialIdOfUrl(`http://127.0.0.1:5173/media/materials/${id}/thumbnail`)).toBe(id);
    expect(materialIdOfUrl('https://udir.no/')).toBeUndefined();
    expect(materialIdOfUrl('/media/materials/not-an-id/original')).toBeUndefined();
    expect(materialIdOfUrl(null)).toBeUndefined();
  });
});
