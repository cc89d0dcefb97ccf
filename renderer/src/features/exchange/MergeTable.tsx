import { useTranslation } from 'react-i18next';
import type { MergeRow, TranslationValue } from '../../../../shared/domain/exchange';
import { languageName } from '../../../../shared/domain/languages';
import { useUiLanguage } from '../../i18n/use-ui-language';

export type Take = 'assistant' | 'centre';
export const rowKey = (row: Pick<MergeRow, 'termId' | 'language'>) => `${row.termId} ${row.language}`;

function Value({ value, language }: { value: TranslationValue | null; language: string }) {
  const { t } = useTranslation();
  if (!value) return <span className="muted">{t('exchange.none')}</span>;
  return (
    <>
      <bdi className="exchange-value" dir={value.dir} lang={language}>
        {value.text}
      </bdi>
      {value.transliteration ? (
        <>
          {' '}
          <bdi className="muted" dir="auto">
            ({value.transliteration})
          </bdi>
        </>
      ) : null}
      <span className="exchange-status muted"> · {t(`glossary.statuses.${value.status}`)}</span>
    </>
  );
}

/**
 * The translations a return package brings, side by side with the centre's: one row per term
 * and language, with the choice per row as a pair of radio buttons (arrow keys move between
 * them). A conflict has no choice made until the user makes it.
 */
export function MergeTable({ rows, choices, onChoose }: { rows: readonly MergeRow[]; choices: ReadonlyMap<string, Take>; onChoose: (key: string, take: Take) => void }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  return (
    <table className="table exchange-merge">
      <caption className="visually-hidden">{t('exchange.mergeCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('exchange.norwegian')}</th>
          <th scope="col">{t('exchange.language')}</th>
          <th scope="col">{t('exchange.kind')}</th>
          <th scope="col">{t('exchange.centreValue')}</th>
          <th scope="col">{t('exchange.assistantValue')}</th>
          <th scope="col">{t('exchange.choice')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const key = rowKey(row);
          const choice = choices.get(key);
          const name = `merge-${key}`;
          return (
            <tr key={key} className={row.kind === 'conflict' ? 'exchange-merge__conflict' : undefined}>
              <th scope="row">
                <bdi dir="auto">{row.term}</bdi>
              </th>
              <td>{languageName(row.language, ui)}</td>
              <td>
                <span className={`badge exchange-kind exchange-kind--${row.kind}`}>{t(`exchange.kinds.${row.kind}`)}</span>
              </td>
              <td>
                <Value value={row.centre} language={row.language} />
              </td>
              <td>
                <Value value={row.assistant} language={row.language} />
              </td>
              <td>
                <fieldset className="exchange-choice">
                  <legend className="visually-hidden">{t('exchange.choiceFor', { term: row.term, language: languageName(row.language, ui) })}</legend>
                  <label>
                    <input type="radio" name={name} checked={choice === 'assistant'} onChange={() => onChoose(key, 'assistant')} />
                    {t('exchange.takeAssistant')}
                  </label>
                  <label>
                    <input type="radio" name={name} checked={choice === 'centre'} onChange={() => onChoose(key, 'centre')} />
                    {row.centre ? t('exchange.keepCentre') : t('exchange.skip')}
                  </label>
                </fieldset>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
