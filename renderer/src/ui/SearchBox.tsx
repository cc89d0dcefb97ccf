import { useTranslation } from 'react-i18next';

export function SearchBox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <label className="toolbar__item search-box">
      <span>{t('common.search')}</span>
      <input
        type="search"
        dir="auto"
        value={value}
        placeholder={t('common.searchPlaceholder')}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}
