import { useTranslation } from 'react-i18next';
import { uiLanguages, type UiLanguage } from '../../../../shared/domain/languages';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { applyUiLanguage } from '../../i18n/i18n';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PageHeader } from '../../ui/PageHeader';
import { SchoolCalendarSection } from '../calendar/SchoolCalendarSection';
import { BackupSection } from './backups/BackupSection';
import { MaterialSettingsSection } from './MaterialSettingsSection';
import { CentreSettingsSection } from '../certificates/CentreSettingsSection';
import { MyProfileSection } from '../profiles/MyProfileSection';
import { TranslationSettingsSection } from '../translations/TranslationSettingsSection';

export function SettingsPage() {
  const { t } = useTranslation();
  // The language in use changes at once; saving it follows.
  const current = useUiLanguage();
  const info = useApiQuery('app.info', {});
  const update = useApiMutation('settings.update');

  const choose = (language: UiLanguage) => {
    applyUiLanguage(language);
    update.mutate({ uiLanguage: language });
  };

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <MyProfileSection />
      <section className="card">
        <fieldset className="radio-group">
          <legend>{t('settings.language')}</legend>
          <p className="field__help">{t('settings.languageHelp')}</p>
          {uiLanguages.map((language) => (
            <label key={language} className="radio">
              <input
                type="radio"
                name="ui-language"
                value={language}
                checked={current === language}
                onChange={() => choose(language)}
              />
              <span lang={language}>{t(`settings.uiLanguages.${language}`)}</span>
            </label>
          ))}
        </fieldset>
        {update.isError ? <ErrorMessage error={update.error} /> : null}
      </section>
      <SchoolCalendarSection />
      <BackupSection />
      <MaterialSettingsSection />
      <CentreSettingsSection />
      <TranslationSettingsSection />
      <section className="card">
        <h2>{t('settings.about')}</h2>
        {info.data ? <p>{t('settings.version', { version: info.data.version })}</p> : null}
        <p>{t('settings.dataLocal')}</p>
      </section>
    </>
  );
}
