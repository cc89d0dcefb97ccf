import { useTranslation } from 'react-i18next';
import type { GlossaryImportIssue, GlossaryImportPreview } from '../../../../../shared/domain/glossary-exchange';
import { useGlossaryLanguages } from '../languages/use-glossary-languages';

/** "Linje 4 · arabisk: …" — where, which column or language, then what is wrong. */
export function useImportIssueText() {
  const { t } = useTranslation();
  const { nameOf } = useGlossaryLanguages();
  return (issue: GlossaryImportIssue) => {
    const known = ['norwegian', 'word_class', 'example', 'theme', 'row', 'file', 'xml'];
    const translit = /^([a-z]{2,3})_translit$/.exec(issue.field);
    const field = known.includes(issue.field)
      ? t(`glossaryExchange.fields.${issue.field as 'norwegian'}`)
      : translit?.[1]
        ? t('glossaryExchange.translitOf', { language: nameOf(translit[1]) })
        : /^[a-z]{2,3}$/.test(issue.field)
          ? nameOf(issue.field)
          : issue.field;
    return `${field}: ${t(`glossaryExchange.issue.${issue.code}`)}`;
  };
}

/** One row per CSV line or TBX entry: what it would do to the glossary, or what is wrong with it. */
export function ImportPreview({ preview }: { preview: GlossaryImportPreview }) {
  const { t } = useTranslation();
  const { nameOf } = useGlossaryLanguages();
  const issueText = useImportIssueText();
  const lineLabel = preview.format === 'csv' ? t('glossaryExchange.line') : t('glossaryExchange.entry');
  const fieldName = (field: string) => {
    if (field === 'wordClass' || field === 'example' || field === 'theme') return t(`glossaryExchange.changeFields.${field}`);
    const [language = field, part] = field.split('_');
    if (part === 'translit') return t('glossaryExchange.translitOf', { language: nameOf(language) });
    if (part === 'example') return t('glossaryExchange.exampleOf', { language: nameOf(language) });
    return nameOf(language);
  };
  // Translations in their language; transliterations are Latin script; everything else is Norwegian.
  const langOf = (field: string) => {
    const [language = '', part] = field.split('_');
    if (!/^[a-z]{2,3}$/.test(language)) return 'nb';
    return part === 'translit' ? undefined : language;
  };
  const valueText = (field: string, value: string) =>
    field === 'wordClass' && value ? t(`glossary.wordClasses.${value as 'noun'}`) : value;
  return (
    <div className="glossary-import__preview">
      <table className="table">
        <caption className="muted">{t('glossaryExchange.summary', preview.counts)}</caption>
        <thead>
          <tr>
            <th scope="col">{lineLabel}</th>
            <th scope="col">{t('glossary.term')}</th>
            <th scope="col">{t('glossaryExchange.result')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row, index) => (
            <tr key={`${row.line}-${index}`} className={row.errors.length > 0 ? 'glossary-import__bad' : undefined}>
              <th scope="row">{row.line}</th>
              <td>
                <bdi lang="nb" dir="auto">{row.term}</bdi>
              </td>
              <td>
                {row.errors.length > 0 ? (
                  <ul className="glossary-import__errors">
                    {row.errors.map((issue) => (
                      <li key={`${issue.field}-${issue.code}`}>{issueText(issue)}</li>
                    ))}
                  </ul>
                ) : (
                  <>
                    <span>{t(`glossaryExchange.kinds.${row.kind}`)}</span>
                    {row.changes.length > 0 ? (
                      <ul className="glossary-import__changes">
                        {row.changes.map((change) => (
                          <li key={change.field}>
                            {fieldName(change.field)}:{' '}
                            {change.field === 'theme' ? (
                              t('glossaryExchange.addedToTheme')
                            ) : (
                              <>
                                {change.from ? (
                                  <>
                                    <del>
                                      <bdi dir="auto" lang={langOf(change.field)}>{valueText(change.field, change.from)}</bdi>
                                    </del>{' '}
                                    →{' '}
                                  </>
                                ) : null}
                                <ins>
                                  <bdi dir="auto" lang={langOf(change.field)}>{valueText(change.field, change.to)}</bdi>
                                </ins>
                              </>
                            )}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
