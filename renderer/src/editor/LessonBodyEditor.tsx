import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorToolbar } from './EditorToolbar';
import { lessonExtensions } from './extensions';
import { sanitiseHtml } from './sanitise';

interface LessonBodyEditorProps {
  /** The stored text; read once when the editor is made (remount with a new key to replace it). */
  initialHtml: string;
  onChange: (html: string) => void;
  onBlur: () => void;
  labelId: string;
  /** More toolbar buttons from the features (e.g. «Sett inn materiale»). */
  extraTools?: (editor: Editor) => ReactNode;
}

/** The lesson text: tiptap with per-paragraph direction, headings, lists, links, tables and images. */
export function LessonBodyEditor({ initialHtml, onChange, onBlur, labelId, extraTools }: LessonBodyEditorProps) {
  const { t } = useTranslation();
  const editor = useEditor({
    extensions: lessonExtensions(),
    content: sanitiseHtml(initialHtml),
    // Without this option tiptap adds no `dir` attribute and setTextDirection does nothing (DESIGN.md "Editor").
    textDirection: 'auto',
    immediatelyRender: true,
    editorProps: {
      attributes: {
        class: 'lesson-body',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        'aria-description': t('lessons.editor.directionHelp'),
      },
    },
    onUpdate: ({ editor: current }) => onChange(current.getHTML()),
    onBlur: () => onBlur(),
  });
  return (
    <div className="lesson-editor">
      <EditorToolbar editor={editor} extraTools={extraTools} />
      <EditorContent editor={editor} />
    </div>
  );
}
