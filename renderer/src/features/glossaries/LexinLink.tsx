import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lexinUrl } from '../../../../shared/domain/glossary';

/**
 * The term's LEXIN address. The app never navigates away or opens windows (see
 * electron/main/security.ts), so the address is shown to copy into the browser; LEXIN's
 * word base itself may not be copied or bundled.
 */
export function LexinLink({ term }: { term: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState(false);
  const address = lexinUrl(term);
  return (
    <div className="field lexin-link">
      <label htmlFor={id}>{t('glossary.lexin')}</label>
      <div className="lexin-link__row">
        <input id={id} readOnly dir="ltr" value={address} aria-describedby={`${id}-help`} onFocus={(e) => e.target.select()} />
        <button
          type="button"
          className="button"
          onClick={() =>
            void navigator.clipboard.writeText(address).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t('glossary.copyAddress')}
        </button>
        <span role="status" className="muted">
          {copied ? t('glossary.copied') : ''}
        </span>
      </div>
      <p id={`${id}-help`} className="field__help">
        {t('glossary.lexinHelp')}
      </p>
    </div>
  );
}
