import { useTranslation } from 'react-i18next';
import { ProfileChooser } from './ProfileChooser';
import './profiles.css';

/** Shown instead of the app while nobody is signed in (once sign-in is set up). */
export function StartScreen() {
  const { t } = useTranslation();
  return (
    <main className="profile-screen" id="main">
      <div className="profile-screen__card">
        <p className="profile-screen__brand">{t('app.name')}</p>
        <h1>{t('profiles.whoAreYou')}</h1>
        <p className="muted">{t('profiles.whoAreYouHelp')}</p>
        <ProfileChooser />
      </div>
    </main>
  );
}
