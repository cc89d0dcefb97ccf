import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

interface CreateDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  form: { submit: (event: FormEvent) => Promise<void>; reset: () => void; busy: boolean };
  children: ReactNode;
}

/** A "new …" dialog: the fields, «Opprett» and «Avbryt»; closing it forgets what was typed. */
export function CreateDialog({ open, onOpenChange, title, form, children }: CreateDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) form.reset();
        onOpenChange(next);
      }}
      title={title}
    >
      <form onSubmit={(event) => void form.submit(event)} noValidate>
        {children}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('common.create')}
          </button>
          <button type="button" className="button" onClick={() => onOpenChange(false)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
