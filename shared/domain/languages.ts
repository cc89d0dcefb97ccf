/**
 * Languages the app knows by ISO 639 code (639-1 where one exists, else 639-3), with
 * display names in the three UI languages and the language's own name. Direction is the
 * usual direction of the language's main script; content fields still detect direction
 * per field, since a Kurdish or Somali text may be written in either script.
 */
export type TextDirection = 'ltr' | 'rtl';

export interface LanguageInfo {
  code: string;
  nb: string;
  nn: string;
  en: string;
  /** The language's own name, in its own script. */
  native: string;
  direction: TextDirection;
}

const rtl = 'rtl' as const;
const ltr = 'ltr' as const;

export const languages: readonly LanguageInfo[] = [
  { code: 'nb', nb: 'norsk bokmål', nn: 'norsk bokmål', en: 'Norwegian Bokmål', native: 'norsk bokmål', direction: ltr },
  { code: 'nn', nb: 'norsk nynorsk', nn: 'norsk nynorsk', en: 'Norwegian Nynorsk', native: 'norsk nynorsk', direction: ltr },
  { code: 'ar', nb: 'arabisk', nn: 'arabisk', en: 'Arabic', native: 'العربية', direction: rtl },
  { code: 'ti', nb: 'tigrinja', nn: 'tigrinja', en: 'Tigrinya', native: 'ትግርኛ', direction: ltr },
  { code: 'am', nb: 'amharisk', nn: 'amharisk', en: 'Amharic', native: 'አማርኛ', direction: ltr },
  { code: 'so', nb: 'somali', nn: 'somali', en: 'Somali', native: 'Soomaali', direction: ltr },
  { code: 'prs', nb: 'dari', nn: 'dari', en: 'Dari', native: 'دری', direction: rtl },
  { code: 'fa', nb: 'persisk (farsi)', nn: 'persisk (farsi)', en: 'Persian (Farsi)', native: 'فارسی', direction: rtl },
  { code: 'ps', nb: 'pashto', nn: 'pashto', en: 'Pashto', native: 'پښتو', direction: rtl },
  { code: 'kmr', nb: 'kurdisk (kurmandsji)', nn: 'kurdisk (kurmandsji)', en: 'Kurdish (Kurmanji)', native: 'Kurmancî', direction: ltr },
  { code: 'ckb', nb: 'kurdisk (sorani)', nn: 'kurdisk (sorani)', en: 'Kurdish (Sorani)', native: 'کوردیی ناوەندی', direction: rtl },
  { code: 'sw', nb: 'swahili', nn: 'swahili', en: 'Swahili', native: 'Kiswahili', direction: ltr },
  { code: 'rw', nb: 'kinyarwanda/kinyabwisha', nn: 'kinyarwanda/kinyabwisha', en: 'Kinyarwanda/Kinyabwisha', native: 'Ikinyarwanda', direction: ltr },
  { code: 'fr', nb: 'fransk', nn: 'fransk', en: 'French', native: 'français', direction: ltr },
  { code: 'en', nb: 'engelsk', nn: 'engelsk', en: 'English', native: 'English', direction: ltr },
  { code: 'uk', nb: 'ukrainsk', nn: 'ukrainsk', en: 'Ukrainian', native: 'українська', direction: ltr },
  { code: 'ru', nb: 'russisk', nn: 'russisk', en: 'Russian', native: 'русский', direction: ltr },
  { code: 'pl', nb: 'polsk', nn: 'polsk', en: 'Polish', native: 'polski', direction: ltr },
  { code: 'lt', nb: 'litauisk', nn: 'litauisk', en: 'Lithuanian', native: 'lietuvių', direction: ltr },
  { code: 'ro', nb: 'rumensk', nn: 'rumensk', en: 'Romanian', native: 'română', direction: ltr },
  { code: 'tr', nb: 'tyrkisk', nn: 'tyrkisk', en: 'Turkish', native: 'Türkçe', direction: ltr },
  { code: 'ur', nb: 'urdu', nn: 'urdu', en: 'Urdu', native: 'اردو', direction: rtl },
  { code: 'pa', nb: 'panjabi', nn: 'panjabi', en: 'Punjabi', native: 'ਪੰਜਾਬੀ', direction: ltr },
  { code: 'ta', nb: 'tamil', nn: 'tamil', en: 'Tamil', native: 'தமிழ்', direction: ltr },
  { code: 'th', nb: 'thai', nn: 'thai', en: 'Thai', native: 'ไทย', direction: ltr },
  { code: 'vi', nb: 'vietnamesisk', nn: 'vietnamesisk', en: 'Vietnamese', native: 'Tiếng Việt', direction: ltr },
  { code: 'tl', nb: 'tagalog', nn: 'tagalog', en: 'Tagalog', native: 'Tagalog', direction: ltr },
  { code: 'zh', nb: 'kinesisk', nn: 'kinesisk', en: 'Chinese', native: '中文', direction: ltr },
  { code: 'my', nb: 'burmesisk', nn: 'burmesisk', en: 'Burmese', native: 'မြန်မာ', direction: ltr },
  { code: 'es', nb: 'spansk', nn: 'spansk', en: 'Spanish', native: 'español', direction: ltr },
  { code: 'pt', nb: 'portugisisk', nn: 'portugisisk', en: 'Portuguese', native: 'português', direction: ltr },
  { code: 'ln', nb: 'lingala', nn: 'lingala', en: 'Lingala', native: 'lingála', direction: ltr },
  { code: 'om', nb: 'oromo', nn: 'oromo', en: 'Oromo', native: 'Afaan Oromoo', direction: ltr },
];

const byCode = new Map(languages.map((language) => [language.code, language]));

export const isKnownLanguage = (code: string): boolean => byCode.has(code);
export const languageInfo = (code: string): LanguageInfo | undefined => byCode.get(code);

export type UiLanguage = 'nb' | 'nn' | 'en';
export const uiLanguages: readonly UiLanguage[] = ['nb', 'nn', 'en'];

export function languageName(code: string, ui: UiLanguage): string {
  return byCode.get(code)?.[ui] ?? code;
}
