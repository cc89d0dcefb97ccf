import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../../resources/locales/en/translation.json';
import nb from '../../../resources/locales/nb/translation.json';
import nn from '../../../resources/locales/nn/translation.json';
import type { UiLanguage } from '../../../shared/domain/languages';

export const resources = {
  nb: { translation: nb },
  nn: { translation: nn },
  en: { translation: en },
} as const;

/** Starts i18next with Bokmål; the stored choice is applied once settings have loaded. */
export function initI18n(language: UiLanguage = 'nb') {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: { nn: ['nb'], default: ['nb'] },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

export function applyUiLanguage(language: UiLanguage): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
