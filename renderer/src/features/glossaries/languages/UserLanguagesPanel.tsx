import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { apiErrorOf, request } from '../../../api/client';
import { useApiQuery, useInvalidateAll } from '../../../api/hooks';
import { useErrorText } from '../../../i18n/use-error-text';
import { AddLanguageDialog } from './AddLanguageDialog';

/**
 * «Egne språk»: languages users have added beside the built-in list, to add one more or
 * delete one that no translation uses (with «Angre» in the toast, as everywhere).
 */
export function UserLanguagesPanel() {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const invalidateAll = useInvalidateAll();
  const added = useApiQuery('glossary.languages.list', {});
  const [adding, setAdding] = useState(false);

  const failed = (error: unknown) => {
    const apiError = apiErrorOf(error);
    toast.error(apiError.params?.reason === 'languageInUse' ? t('glossaryExchange.languageInUse') : errorText(apiError));
  };
  const remove = async (id: string, name: string) => {
    try {
      await request('glossary.languages.delete', { id });
    } catch (error) {
      failed(error);
      return;
    }
    void invalidateAll();
    toast(t('glossaryExchange.languageDeleted', { name }), {
      duration: 10_000,
      action: {
        label: t('common.undo'),
        onClick: () => void request('glossary.languages.restore', { id }).then(() => invalidateAll(), failed),
      },
    });
  };

  return (
    <section className="card" aria-labelledby="user-languages-title">
      <div className="section-header">
        <h2 id="user-languages-title">{t('glossaryExchange.userLanguagesTitle')}</h2>
        <button type="button" className="button" onClick={() => setAdding(true)}>
          {t('glossaryExchange.addLanguage')}
        </button>
      </div>
      <p className="muted">{t('glossaryExchange.userLanguagesHelp')}</p>
      {added.data && added.data.length === 0 ? <p className="muted">{t('glossaryExchange.userLanguagesEmpty')}</p> : null}
      {added.data && added.data.length > 0 ? (
        <ul className="glossary-translations">
          {added.data.map((language) => (
            <li key={language.id}>
              <bdi dir="auto">{language.name}</bdi> <span className="muted" dir="ltr">({language.code})</span> ·{' '}
              {language.direction === 'rtl' ? t('glossaryExchange.directionRtl') : t('glossaryExchange.directionLtr')}{' '}
              <button
                type="button"
                className="button button--small"
                aria-label={t('glossaryExchange.deleteLanguage', { name: language.name })}
                onClick={() => void remove(language.id, language.name)}
              >
                {t('common.delete')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <AddLanguageDialog open={adding} onOpenChange={setAdding} onCreated={() => undefined} />
    </section>
  );
}
