import { useTranslation } from 'react-i18next';
import { closureUpdateSchema, type Closure } from '../../../../shared/domain/calendar/school-calendar';
import { Dialog } from '../../ui/Dialog';
import { EditStatus } from '../../ui/EditStatus';
import { useRecordEditor } from '../../ui/use-record-editor';
import { ClosureFields } from './ClosureFields';

interface EditClosureDialogProps {
  closure: Closure;
  onClose: () => void;
}

/** Edits a break or closure in place: every change saves by itself and can be undone. */
export function EditClosureDialog({ closure, onClose }: EditClosureDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={t('calendar.editClosure', { name: closure.name })}
    >
      <ClosureEditor closure={closure} onClose={onClose} />
    </Dialog>
  );
}

function ClosureEditor({ closure, onClose }: EditClosureDialogProps) {
  const { t } = useTranslation();
  const editor = useRecordEditor('calendar.closures.update', closure, closureUpdateSchema);
  return (
    <>
      <EditStatus editor={editor} />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void editor.flush().then(onClose);
        }}
        onBlur={() => void editor.flush()}
        noValidate
      >
        <ClosureFields values={editor.values} issues={editor.issues} onChange={editor.edit} />
        <div className="button-row">
          <button type="submit" className="button button--primary">
            {t('common.close')}
          </button>
        </div>
      </form>
    </>
  );
}
