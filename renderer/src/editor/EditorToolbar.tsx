import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { chosenDirection, markManualDirection, type ParagraphDirection } from './auto-direction';
import { imageFileToDataUrl, imageTypes } from './image-file';

interface ToolButtonProps {
  label: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}

function ToolButton({ label, pressed, disabled, onClick, children }: ToolButtonProps) {
  return (
    <button
      type="button"
      className="editor-toolbar__button"
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      // Keep the selection in the editor: a toolbar click must not move focus first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {/* The glyph is for the eye; the name is the label, kept out of aria-label so voice
          control and screen readers agree with what is on screen (WCAG 2.5.3). */}
      <span aria-hidden="true">{children}</span>
      <span className="visually-hidden">{label}</span>
    </button>
  );
}

/** Sets the direction of the paragraphs at the cursor, or gives them back to automatic detection. */
function setDirection(editor: Editor, direction: ParagraphDirection): void {
  const chain = editor.chain().focus();
  if (direction === 'auto') chain.unsetTextDirection().command(markManualDirection(false)).run();
  else chain.setTextDirection(direction).command(markManualDirection(true)).run();
}

export function EditorToolbar({ editor, extraTools }: { editor: Editor; extraTools?: ((editor: Editor) => ReactNode) | undefined }) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [href, setHref] = useState('');
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      strike: current.isActive('strike'),
      h2: current.isActive('heading', { level: 2 }),
      h3: current.isActive('heading', { level: 3 }),
      bullet: current.isActive('bulletList'),
      ordered: current.isActive('orderedList'),
      link: current.isActive('link'),
      table: current.isActive('table'),
      direction: chosenDirection({
        ...current.getAttributes('paragraph'),
        ...(current.isActive('heading') ? current.getAttributes('heading') : {}),
      }),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  });
  const run = () => editor.chain().focus();

  const applyLink = () => {
    const value = href.trim();
    if (value === '') run().extendMarkRange('link').unsetLink().run();
    else run().extendMarkRange('link').setLink({ href: /^[a-z]+:/i.test(value) ? value : `https://${value}` }).run();
    setLinkOpen(false);
  };

  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('lessons.editor.toolbar')}>
      <div className="editor-toolbar__group">
        <ToolButton label={t('lessons.editor.bold')} pressed={state.bold} onClick={() => run().toggleBold().run()}><b>F</b></ToolButton>
        <ToolButton label={t('lessons.editor.italic')} pressed={state.italic} onClick={() => run().toggleItalic().run()}><i>K</i></ToolButton>
        <ToolButton label={t('lessons.editor.strike')} pressed={state.strike} onClick={() => run().toggleStrike().run()}><s>S</s></ToolButton>
      </div>
      <div className="editor-toolbar__group">
        <ToolButton label={t('lessons.editor.heading2')} pressed={state.h2} onClick={() => run().toggleHeading({ level: 2 }).run()}>H2</ToolButton>
        <ToolButton label={t('lessons.editor.heading3')} pressed={state.h3} onClick={() => run().toggleHeading({ level: 3 }).run()}>H3</ToolButton>
        <ToolButton label={t('lessons.editor.bulletList')} pressed={state.bullet} onClick={() => run().toggleBulletList().run()}>•</ToolButton>
        <ToolButton label={t('lessons.editor.orderedList')} pressed={state.ordered} onClick={() => run().toggleOrderedList().run()}>1.</ToolButton>
      </div>
      <div className="editor-toolbar__group">
        <ToolButton
          label={t('lessons.editor.link')}
          pressed={state.link || linkOpen}
          onClick={() => {
            setHref(String(editor.getAttributes('link').href ?? ''));
            setLinkOpen((open) => !open);
          }}
        >
          {t('lessons.editor.linkShort')}
        </ToolButton>
        <ToolButton label={t('lessons.editor.image')} onClick={() => fileInput.current?.click()}>{t('lessons.editor.imageShort')}</ToolButton>
        <input
          ref={fileInput}
          type="file"
          accept={imageTypes.join(',')}
          hidden
          aria-label={t('lessons.editor.image')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file || !imageTypes.includes(file.type)) return;
            void imageFileToDataUrl(file).then((src) => run().setImage({ src, alt: file.name }).run());
          }}
        />
        {extraTools?.(editor)}
        <ToolButton label={t('lessons.editor.table')} onClick={() => run().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}>▦</ToolButton>
        {state.table ? (
          <>
            <ToolButton label={t('lessons.editor.addRow')} onClick={() => run().addRowAfter().run()}>+≡</ToolButton>
            <ToolButton label={t('lessons.editor.addColumn')} onClick={() => run().addColumnAfter().run()}>+‖</ToolButton>
            <ToolButton label={t('lessons.editor.deleteTable')} onClick={() => run().deleteTable().run()}>✕▦</ToolButton>
          </>
        ) : null}
      </div>
      <div className="editor-toolbar__group" role="group" aria-label={t('lessons.editor.direction')}>
        <ToolButton label={t('lessons.editor.directionAuto')} pressed={state.direction === 'auto'} onClick={() => setDirection(editor, 'auto')}>
          A⇄
        </ToolButton>
        <ToolButton label={t('lessons.editor.directionLtr')} pressed={state.direction === 'ltr'} onClick={() => setDirection(editor, 'ltr')}>
          ⇥
        </ToolButton>
        <ToolButton label={t('lessons.editor.directionRtl')} pressed={state.direction === 'rtl'} onClick={() => setDirection(editor, 'rtl')}>
          ⇤
        </ToolButton>
      </div>
      <div className="editor-toolbar__group">
        <ToolButton label={t('lessons.editor.undo')} disabled={!state.canUndo} onClick={() => run().undo().run()}>↶</ToolButton>
        <ToolButton label={t('lessons.editor.redo')} disabled={!state.canRedo} onClick={() => run().redo().run()}>↷</ToolButton>
      </div>
      {linkOpen ? (
        <form
          className="editor-toolbar__link"
          onSubmit={(event) => {
            event.preventDefault();
            applyLink();
          }}
        >
          <label>
            {t('lessons.editor.linkAddress')}
            <input type="url" dir="ltr" value={href} onChange={(event) => setHref(event.target.value)} autoFocus />
          </label>
          <button type="submit" className="button button--small">{t('lessons.editor.linkApply')}</button>
        </form>
      ) : null}
    </div>
  );
}
