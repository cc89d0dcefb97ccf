import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTerm } from '../../../../../shared/domain/glossary';
import { glossaryExportFormats, type GlossaryExportFormat } from '../../../../../shared/domain/glossary-exchange';
import { isolate } from '../../../../../shared/domain/text-direction';
import { request } from '../../../api/client';
import { downloadFile } from '../../../ui/download-file';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Field } from '../../../ui/Field';
import { useGlossaryLanguages } from '../languages/use-glossary-languages';
import './import-export.css';

/** The languages the terms have, the most used first. */
function usedLanguages(terms: readonly GlossaryTerm[]): string[] {
  const counts = new Map<string, number>();
  for (const term of terms) for (const translation of term.translations) counts.set(translation.language, (counts.get(translation.language) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
}

/**
 * «Eksporter»: the theme's terms as our CSV or TBX (every language), or as a file Anki
 * imports (one language: Norwegian in front, the translation behind).
 */
export function GlossaryExportPanel({ themeId, terms }: { themeId?: string; terms: readonly GlossaryTerm[] }) {
  const { t } = useTranslation();
  const names = useGlossaryLanguages();
  const used = usedLanguages(terms);
  const [format, setFormat] = useState<GlossaryExportFormat>('csv');
  const [chosenLanguage, setLanguage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const ankiLanguage = chosenLanguage ?? used[0] ?? '';

  const exportFile = async () => {
    setError(undefined);
    setBusy(true);
    try {
      const file = await request('glossary.export', {
        format,
        ...(themeId ? { themeId } : {}),
        languages: format === 'anki' ? [ankiLanguage] : [],
      });
      downloadFile(new Blob([file.content], { type: file.mimeType }), file.fileName);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="glossary-export-title">
      <h2 id="glossary-export-title">{t('glossaryExchange.exportTitle')}</h2>
      <div className="glossary-exchange">
        <Field label={t('glossaryExchange.format')}>
          {(control) => (
            <select {...control} value={format} onChange={(e) => setFormat(e.target.value as GlossaryExportFormat)}>
              {glossaryExportFormats.map((item) => (
                <option key={item} value={item}>
                  {t(`glossaryExchange.exportFormats.${item}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {format === 'anki' ? (
          <Field label={t('glossaryExchange.ankiLanguage')}>
            {(control) => (
              <select {...control} value={ankiLanguage} onChange={(e) => setLanguage(e.target.value)}>
                {used.map((code) => (
                  <option key={code} value={code}>
                    {isolate(names.nameOf(code))}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <button type="button" className="button" disabled={busy || (format === 'anki' && !ankiLanguage)} onClick={() => void exportFile()}>
          {t('glossaryExchange.export')}
        </button>
      </div>
      <p className="field__help">{t(`glossaryExchange.exportHelp.${format}`)}</p>
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
