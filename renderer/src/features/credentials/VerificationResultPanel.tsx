import { useTranslation } from 'react-i18next';
import type { VerificationResult } from '../../../../shared/domain/credentials';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';

const verdictTone: Record<VerificationResult['verdict'], 'good' | 'warning' | 'bad'> = {
  valid: 'good',
  validElsewhere: 'good',
  revoked: 'warning',
  invalid: 'bad',
  notFound: 'bad',
};
const verdictMark: Record<'good' | 'warning' | 'bad', string> = { good: '✓', warning: '!', bad: '✗' };

/**
 * The answer of one check: the verdict in a word or two, why in plain sentences, and what
 * the document says. Names and texts are shown in their own script and direction (<bdi>).
 */
export function VerificationResultPanel({ result, label }: { result: VerificationResult; label: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const tone = verdictTone[result.verdict];
  const period = result.periodStart || result.periodEnd ? `${formatDate(result.periodStart, language)}–${formatDate(result.periodEnd, language)}` : null;
  const facts: Array<[string, string | null, boolean]> = [
    [t('credentials.details.name'), result.subjectName, true],
    [t('credentials.details.document'), result.documentName, true],
    [t('credentials.details.serial'), result.serial, false],
    [t('credentials.details.issuer'), result.issuerName, true],
    [t('credentials.details.issuedOn'), result.issuedOn ? formatDate(result.issuedOn, language) : null, false],
    [t('credentials.details.period'), period, false],
    [t('credentials.details.revokedOn'), result.revokedOn ? formatDate(result.revokedOn, language) : null, false],
    [t('credentials.details.revokedReason'), result.revokedReason, true],
  ];
  const shown = facts.filter(([, value]) => value);
  return (
    <section className={`card verification verification--${tone}`} aria-labelledby="verification-verdict">
      <p className="verification__label muted">
        <bdi>{label}</bdi>
      </p>
      <h2 id="verification-verdict" className="verification__verdict">
        <span aria-hidden="true" className="verification__mark">
          {verdictMark[tone]}
        </span>{' '}
        {t(`credentials.verdicts.${result.verdict}`)}
      </h2>
      <ul className="verification__reasons">
        {result.reasons.map((reason) => (
          <li key={reason}>{t(`credentials.reasons.${reason}`)}</li>
        ))}
      </ul>
      {shown.length > 0 ? (
        <>
          <h3 className="verification__facts-heading">
            {result.verdict === 'invalid' ? t('credentials.details.headingUnconfirmed') : t('credentials.details.heading')}
          </h3>
          <dl className="verification__facts">
            {shown.map(([term, value, ownScript]) => (
              <div key={term} className="verification__fact">
                <dt>{term}</dt>
                <dd>{ownScript ? <bdi dir="auto">{value}</bdi> : value}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {result.issuerDid ? (
        <p className="verification__did muted">
          <code>{result.issuerDid}</code>
        </p>
      ) : null}
    </section>
  );
}
