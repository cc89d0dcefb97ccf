import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReceivedPackageSummary } from '../../../../shared/domain/exchange';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';

/** On an assistant's laptop: the packages taken in from the centre, newest first. */
export function ReceivedPackageList({ packages }: { packages: readonly ReceivedPackageSummary[] }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  if (packages.length === 0) return null;
  return (
    <section className="card" aria-labelledby="exchange-received-title">
      <h2 id="exchange-received-title">{t('exchange.receivedTitle')}</h2>
      <ul className="exchange-received">
        {packages.map((item) => (
          <li key={item.id}>
            <Link to={`/glossaries/packages/${item.id}`}>
              <bdi>{item.courseName}</bdi> · <span dir="ltr">{formatDate(item.from, ui)}–{formatDate(item.to, ui)}</span>
            </Link>{' '}
            <span className="muted">{t('exchange.termCount', { count: item.termCount })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
