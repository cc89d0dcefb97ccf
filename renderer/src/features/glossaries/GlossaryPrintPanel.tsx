import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTerm } from '../../../../shared/domain/glossary';
import { languageInfo, languageName } from '../../../../shared/domain/languages';
import { isolate } from '../../../../shared/domain/text-direction';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { Field } from '../../ui/Field';
import { LanguagePicker } from '../../ui/LanguagePicker';
import { PrintButton } from '../practice/PrintButton';

const maxWordListLanguages = 4;

/** The languages the theme's terms are translated into, the most used first. */
function usedLanguages(terms: readonly GlossaryTerm[]): string[] {
  const counts = new Map<string, number>();
  for (const term of terms) for (const translation of term.translations) counts.set(translation.language, (counts.get(translation.language) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
}

/** «Skriv ut»: a word list in up to four languages, and picture cards in one. */
export function GlossaryPrintPanel({ themeId, terms }: { themeId: string; terms: readonly GlossaryTerm[] }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const used = usedLanguages(terms);
  // Until the user chooses, the most used language is offered (the terms may still be arriving).
  const [chosenLanguages, setLanguages] = useState<string[] | null>(null);
  const [chosenCardLanguage, setCardLanguage] = useState<string | null>(null);
  const languages = chosenLanguages ?? used.slice(0, 1);
  const cardLanguage = chosenCardLanguage ?? used[0] ?? '';
  return (
    <section className="card glossary-print" aria-labelledby="glossary-print-title">
      <h2 id="glossary-print-title">{t('glossary.printTitle')}</h2>
      <Field label={t('glossary.printLanguages')}>
        {(control) => (
          <LanguagePicker {...control} value={languages} onChange={(next) => setLanguages(next.slice(0, maxWordListLanguages))} />
        )}
      </Field>
      {languages.length > 0 ? (
        <PrintButton label={t('glossary.printWordList')} method="print.wordList" input={{ themeId, languages }} />
      ) : (
        <p className="muted">{t('glossary.printNeedsLanguage')}</p>
      )}
      <Field label={t('glossary.flashcardLanguage')}>
        {(control) => (
          <select {...control} value={cardLanguage} onChange={(e) => setCardLanguage(e.target.value)}>
            <option value="">{t('glossary.pickLanguage')}</option>
            {used.map((code) => (
              <option key={code} value={code}>
                {isolate(languageName(code, ui))} ({isolate(languageInfo(code)?.native ?? code)})
              </option>
            ))}
          </select>
        )}
      </Field>
      {cardLanguage ? (
        <PrintButton label={t('glossary.printFlashcards')} method="print.flashcards" input={{ themeId, language: cardLanguage }} />
      ) : null}
    </section>
  );
}
