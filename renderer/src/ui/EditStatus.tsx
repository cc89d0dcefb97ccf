import { useTranslation } from 'react-i18next';
import type { RecordEditor } from './use-record-editor';
import { SaveStatus } from './SaveStatus';

/** Save state with undo and redo buttons, shown above an autosaved form. */
export function EditStatus({ editor }: { editor: RecordEditor }) {
  const { t } = useTranslation();
  return (
    <div className="edit-status">
      <SaveStatus state={editor.state} />
      <div className="edit-status__buttons">
        <button
          type="button"
          className="button button--small"
          disabled={!editor.canUndo}
          aria-keyshortcuts="Control+Z"
          title={t('common.undoHint')}
          onClick={editor.undo}
        >
          ↶ {t('common.undo')}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={!editor.canRedo}
          aria-keyshortcuts="Control+Shift+Z"
          title={t('common.redoHint')}
          onClick={editor.redo}
        >
          ↷ {t('common.redo')}
        </button>
      </div>
    </div>
  );
}
