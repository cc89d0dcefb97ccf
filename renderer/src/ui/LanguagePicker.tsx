import { useTranslation } from 'react-i18next';
import { languageName, languages } from '../../../shared/domain/languages';
import { useUiLanguage } from '../i18n/use-ui-language';
import { ChipPicker } from './ChipPicker';
import type { FieldControlProps } from './Field';

interface LanguagePickerProps extends FieldControlProps {
  value: readonly string[];
  onChange: (next: string[]) => void;
}

/** Languages as ISO 639 codes, shown by name in the UI language and in the language itself. */
export function LanguagePicker(props: LanguagePickerProps) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const options = [...languages]
    .sort((a, b) => a[ui].localeCompare(b[ui], ui))
    .map((language) => ({ value: language.code, label: language[ui], detail: language.native, detailLang: language.code }));
  return (
    <ChipPicker
      {...props}
      options={options}
      addLabel={t('languages.pick')}
      emptyText={t('languages.none')}
      removeLabel={(option) => t('languages.removeLanguage', { language: option.label })}
    />
  );
}

/** Language names for display, e.g. "arabisk, kurdisk (sorani)". */
export function LanguageList({ codes }: { codes: readonly string[] }) {
  const ui = useUiLanguage();
  return <>{codes.map((code) => languageName(code, ui)).join(', ')}</>;
}
