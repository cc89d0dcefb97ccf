import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { downloadFile } from '../../ui/download-file';

/** The centre's did:key, to show and to hand to anyone who checks documents elsewhere. */
export function IssuerKeySection() {
  const { t } = useTranslation();
  const issuer = useApiQuery('credentials.issuer', {}, { retry: false });
  if (!issuer.data) return null;
  const { did, verificationMethod, publicKeyMultibase } = issuer.data;
  const download = () => {
    // A Multikey document: the public key only, never the secret.
    const key = { '@context': 'https://w3id.org/security/multikey/v1', id: verificationMethod, type: 'Multikey', controller: did, publicKeyMultibase };
    downloadFile(new Blob([`${JSON.stringify(key, null, 2)}\n`], { type: 'application/json' }), 'sprakbro-issuer-key.json');
  };
  return (
    <section className="card" aria-labelledby="issuer-key-heading">
      <h2 id="issuer-key-heading">{t('credentials.issuer.heading')}</h2>
      <p className="field__help">{t('credentials.issuer.text')}</p>
      <p className="verification__issuer-did">
        <code>{did}</code>
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={download}>
          {t('credentials.issuer.download')}
        </button>
      </div>
    </section>
  );
}
