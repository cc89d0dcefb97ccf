import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTerm } from '../../../../shared/domain/glossary';
import { isolate } from '../../../../shared/domain/text-direction';
import { Field } from '../../ui/Field';
import { ChipPicker } from '../../ui/ChipPicker';
import { PrintButton } from '../practice/PrintButton';
import { useGlossaryLanguages } from './languages/use-glossary-languages';

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
  const names = useGlossaryLanguages();
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
          <ChipPicker
            {...control}
            value={languages}
            onChange={(next) => setLanguages(next.slice(0, maxWordListLanguages))}
            // Added languages too, not only the built-in list.
            options={names.languages.map((language) => ({ value: language.code, label: language.name, detail: language.native ?? language.code, detailLang: language.code }))}
            addLabel={t('languages.pick')}
            emptyText={t('languages.none')}
            removeLabel={(option) => t('languages.removeLanguage', { language: option.label })}
          />
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
                {isolate(names.nameOf(code))} ({isolate(names.nativeOf(code) ?? code)})
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
