import type { Editor } from '@tiptap/core';
import { materialFileUrl, type Material } from '../../../../shared/domain/materials';
import { materialTitle } from './MaterialThumb';

/**
 * Puts a material into the lesson text at the cursor: a photo as a picture (its caption as
 * the alternative text), anything else as a link named by its caption. Both point at the
 * app's own address for the file, so nothing is copied into the lesson.
 */
export function insertMaterial(editor: Editor, material: Material): boolean {
  const src = materialFileUrl(material, 'original');
  const title = materialTitle(material);
  const chain = editor.chain().focus();
  // A paragraph after the picture takes the cursor, so the next insert or keystroke does not replace the picture.
  if (material.kind === 'image') return chain.insertContent([{ type: 'image', attrs: { src, alt: title } }, { type: 'paragraph' }]).run();
  return chain
    .insertContent([
      { type: 'text', text: title, marks: [{ type: 'link', attrs: { href: src } }] },
      { type: 'text', text: ' ' },
    ])
    .run();
}
