import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileCurrent } from '../../../../shared/domain/profiles';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LockScreen } from './LockScreen';
import { StartScreen } from './StartScreen';
import { useIdleLock } from './use-idle-lock';
import { useProfileSession, useSessionChange } from './use-profile-session';

interface ProfileGateProps {
  /** The app for the signed-in profile; `lock` locks now (autosave first). */
  children: (current: ProfileCurrent, lock: () => void) => ReactNode;
}

/**
 * Decides what the PC shows: «Hvem er du?» while nobody is signed in, the lock screen while
 * locked (the app stays mounted but hidden, so open forms keep their edits), else the app.
 */
export function ProfileGate({ children }: ProfileGateProps) {
  const { t } = useTranslation();
  const current = useProfileSession();
  const settings = useApiQuery('settings.get', {});
  const session = useSessionChange();
  const data = current.data;

  const lock = useCallback(() => {
    // Forms save what is pending on this signal; the lock follows once they have sent it.
    window.dispatchEvent(new Event('pagehide'));
    setTimeout(() => void session.apply(session.lock(), { samePerson: true }).catch(() => undefined), 300);
  }, [session]);
  const idleLock = useCallback(() => void session.apply(session.lock(), { samePerson: true }).catch(() => undefined), [session]);
  useIdleLock(settings.data?.idleLockMinutes ?? 0, Boolean(data?.profile?.hasPin && !data.locked), idleLock);

  if (current.isError) return <ErrorMessage error={current.error} />;
  if (!data) return <p className="muted">{t('app.loading')}</p>;
  if (data.mode === 'signedOut') return <StartScreen />;
  const lockedProfile = data.locked ? data.profile : null;
  return (
    <>
      <div hidden={lockedProfile !== null} className="profile-gate__app">
        {children(data, lock)}
      </div>
      {lockedProfile ? <LockScreen profile={lockedProfile} /> : null}
    </>
  );
}
