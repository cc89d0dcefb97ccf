import { useTranslation } from 'react-i18next';
import { uiLanguages, type UiLanguage } from '../../../shared/domain/languages';

export function useUiLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  return uiLanguages.includes(language) ? language : 'nb';
}
