import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTerm } from '../../../../shared/domain/glossary';
import { NewTranslationDialog } from './NewTranslationDialog';
import { TranslationEditor } from './TranslationEditor';

/** A term's translations, one card per language, each autosaved on its own. */
export function TranslationsSection({ term }: { term: GlossaryTerm }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <section className="glossary-translations-section" aria-labelledby="glossary-translations-title">
      <div className="section-header">
        <h2 id="glossary-translations-title">{t('glossary.translations')}</h2>
        <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
          {t('glossary.addTranslation')}
        </button>
      </div>
      {term.translations.length === 0 ? <p className="muted">{t('glossary.noTranslations')}</p> : null}
      {term.translations.map((translation) => (
        <TranslationEditor key={translation.id} translation={translation} />
      ))}
      <NewTranslationDialog
        open={adding}
        onOpenChange={setAdding}
        termId={term.id}
        taken={term.translations.map((translation) => translation.language)}
      />
    </section>
  );
}
