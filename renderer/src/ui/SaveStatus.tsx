import { useTranslation } from 'react-i18next';
import type { SaveState } from './use-autosave';

export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const text = { saved: t('common.saved'), saving: t('common.saving'), invalid: t('common.notSaved') }[state];
  return (
    <p className={`save-status save-status--${state}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
