import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

type PlaceholderArea = 'documents';

/** An honest empty state for an area that later work fills in. */
export function ComingSoonPage({ area }: { area: PlaceholderArea }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`nav.${area}`)} />
      <EmptyState>
        <strong>{t('placeholders.notYet')}. </strong>
        {t(`placeholders.${area}`)}
      </EmptyState>
    </>
  );
}
