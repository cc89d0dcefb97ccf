import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lexinUrl } from '../../../../shared/domain/glossary';

/**
 * The term's LEXIN entry: a link that opens in the OS browser (the app window never
 * navigates away; electron/main/security.ts hands allowed https hosts to the OS browser and
 * opens no window), and the address to copy. LEXIN's word base may not be copied or bundled.
 */
export function LexinLink({ term }: { term: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState(false);
  const address = lexinUrl(term);
  return (
    <div className="field lexin-link">
      <label htmlFor={id}>{t('glossary.lexin')}</label>
      <p>
        <a href={address} target="_blank" rel="noreferrer">
          {t('glossaryExchange.openLexin', { term })}
        </a>
      </p>
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
