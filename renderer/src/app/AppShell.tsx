import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useApiQuery } from '../api/hooks';
import { applyUiLanguage } from '../i18n/i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { navigation } from './navigation';

export function AppShell() {
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get', {});
  const uiLanguage = settings.data?.uiLanguage;

  useEffect(() => {
    if (uiLanguage) applyUiLanguage(uiLanguage);
  }, [uiLanguage]);

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
          {navigation.map((item) => (
            <li key={item.key}>
              <NavLink to={item.path} end={item.path === '/'} className="nav-link">
                <span aria-hidden="true" className="nav-link__icon">{item.icon}</span>
                {t(`nav.${item.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        {settings.isError ? <ErrorMessage error={settings.error} /> : null}
        {settings.isPending ? <p className="muted">{t('app.loading')}</p> : null}
        {settings.isSuccess ? <Outlet /> : null}
      </main>
    </div>
  );
}
