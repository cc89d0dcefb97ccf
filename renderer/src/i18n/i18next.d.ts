import type nb from '../../../resources/locales/nb/translation.json';

// Bokmål is the source language: every key used in code must exist there, checked by tsc.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nb };
  }
}
