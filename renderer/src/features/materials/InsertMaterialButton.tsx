import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { insertMaterial } from './material-html';
import { MaterialPickerDialog } from './MaterialPickerDialog';

/** The lesson toolbar's «Sett inn materiale». */
export function InsertMaterialButton({ editor, courseId }: { editor: Editor; courseId?: string | undefined }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="editor-toolbar__button editor-toolbar__button--text"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true">▣ </span>
        {t('materials.picker.insert')}
      </button>
      <MaterialPickerDialog open={open} onOpenChange={setOpen} courseId={courseId} onPick={(material) => insertMaterial(editor, material)} />
    </>
  );
}
