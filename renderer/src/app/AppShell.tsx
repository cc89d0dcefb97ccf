import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useApiQuery } from '../api/hooks';
import { applyUiLanguage } from '../i18n/i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { navigation } from './navigation';
import { ProfileGate } from '../features/profiles/ProfileGate';
import { ProfileSwitcher } from '../features/profiles/ProfileSwitcher';
import { isAreaShown } from '../features/profiles/role-navigation';
import type { ProfileCurrent } from '../../../shared/domain/profiles';

export function AppShell() {
  const settings = useApiQuery('settings.get', {});
  const uiLanguage = settings.data?.uiLanguage;

  useEffect(() => {
    if (uiLanguage) applyUiLanguage(uiLanguage);
  }, [uiLanguage]);

  return <ProfileGate>{(current, lock) => <Shell current={current} lock={lock} settings={settings} />}</ProfileGate>;
}

/** The app for the signed-in profile (or the open mode): menu for the role, profile switcher, the page. */
function Shell({ current, lock, settings }: { current: ProfileCurrent; lock: () => void; settings: ReturnType<typeof useApiQuery<'settings.get'>> }) {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // With hash routing, following "#main" would change the route; move focus instead.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <nav className="sidebar" aria-label={t('app.mainNavigation')}>
        <div className="brand">
          <span className="brand__name">{t('app.name')}</span>
          <span className="brand__tagline">{t('app.tagline')}</span>
        </div>
        <ul>
          {navigation.filter((item) => isAreaShown(item.key, current.profile?.role)).map((item) => (
            <li key={item.key}>
              <NavLink to={item.path} end={item.path === '/'} className="nav-link">
                <span aria-hidden="true" className="nav-link__icon">{item.icon}</span>
                {t(`nav.${item.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
        {/* After the areas, so the keyboard reaches the menu first (skip link, then the areas). */}
        <ProfileSwitcher current={current} onLock={lock} />
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        {settings.isError ? <ErrorMessage error={settings.error} /> : null}
        {settings.isPending ? <p className="muted">{t('app.loading')}</p> : null}
        {settings.isSuccess ? <Outlet /> : null}
      </main>
    </div>
  );
}
