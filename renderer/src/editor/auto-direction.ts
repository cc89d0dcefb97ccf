import { Extension, type CommandProps } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { detectDirection } from '../../../shared/domain/text-direction';

export type ParagraphDirection = 'ltr' | 'rtl' | 'auto';

const textblocks = ['paragraph', 'heading'];

/**
 * Per-paragraph text direction. tiptap's built-in TextDirection (editor option
 * `textDirection: 'auto'`) gives every node a `dir` attribute; this extension fills it in
 * from the paragraph's first strong character (as the Unicode bidi algorithm would), so
 * the stored and printed HTML says dir="rtl" or dir="ltr" explicitly. A paragraph whose
 * direction a person set with the toolbar is marked `data-dir-manual` and left alone.
 */
export const AutoDirection = Extension.create({
  name: 'autoDirection',

  addGlobalAttributes() {
    return [
      {
        types: textblocks,
        attributes: {
          dirManual: {
            default: false,
            parseHTML: (element) => element.getAttribute('data-dir-manual') === 'true',
            renderHTML: (attributes) => (attributes.dirManual ? { 'data-dir-manual': 'true' } : {}),
          },
        },
      },
    ];
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('autoDirection'),
        appendTransaction(transactions, _before, state) {
          if (!transactions.some((transaction) => transaction.docChanged)) return null;
          const tr = state.tr;
          state.doc.descendants((node, pos) => {
            if (!node.isTextblock) return true;
            if (!textblocks.includes(node.type.name) || node.attrs.dirManual) return false;
            const text = node.textContent;
            const wanted: ParagraphDirection = text.trim() === '' ? 'auto' : detectDirection(text);
            if (node.attrs.dir !== wanted) tr.setNodeMarkup(pos, undefined, { ...node.attrs, dir: wanted });
            return false;
          });
          return tr.docChanged ? tr : null;
        },
      }),
    ];
  },
});

/** Marks the selected paragraphs as set by hand (or back to automatic). */
export const markManualDirection =
  (manual: boolean) =>
  ({ tr, dispatch }: CommandProps): boolean => {
    if (dispatch) {
      tr.doc.nodesBetween(tr.selection.from, tr.selection.to, (node, pos) => {
        if (!textblocks.includes(node.type.name)) return true;
        tr.setNodeMarkup(pos, undefined, { ...node.attrs, dirManual: manual });
        return false;
      });
    }
    return true;
  };

/** The direction the toolbar shows as chosen for the paragraph at the cursor. */
export function chosenDirection(attributes: Record<string, unknown>): ParagraphDirection {
  if (!attributes.dirManual) return 'auto';
  return attributes.dir === 'rtl' ? 'rtl' : 'ltr';
}
