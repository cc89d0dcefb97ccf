import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileCurrent } from '../../../../shared/domain/profiles';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ProfileChooser } from './ProfileChooser';
import { useSessionChange } from './use-profile-session';

/** In the app header: who is signed in, «Bytt profil», and «Lås» for a profile with a PIN. */
export function ProfileSwitcher({ current, onLock }: { current: ProfileCurrent; onLock: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<unknown>();
  const session = useSessionChange();
  const profile = current.profile;

  const lock = () => {
    setError(undefined);
    onLock();
  };
  const signOut = async () => {
    try {
      await session.apply(session.signOut());
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <div className="profile-switcher">
      <p className="profile-switcher__who">
        {profile ? (
          <>
            <span className="profile-switcher__name">
              <bdi>{profile.name}</bdi>
            </span>
            <span className="profile-switcher__role">{t(`staff.roles.${profile.role}`)}</span>
          </>
        ) : (
          <span className="profile-switcher__role">{t('profiles.noneChosen')}</span>
        )}
      </p>
      <div className="profile-switcher__actions">
        <button type="button" className="button button--small" onClick={() => setOpen(true)}>
          {profile ? t('profiles.switch') : t('profiles.choose')}
        </button>
        {profile?.hasPin ? (
          <button type="button" className="button button--small" onClick={lock}>
            {t('profiles.lock')}
          </button>
        ) : null}
        {current.signInSetUp && profile ? (
          <button type="button" className="button button--small" onClick={() => void signOut()}>
            {t('profiles.signOut')}
          </button>
        ) : null}
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      <Dialog open={open} onOpenChange={setOpen} title={t('profiles.whoAreYou')}>
        <ProfileChooser exceptStaffId={profile?.staffId} onSignedIn={() => setOpen(false)} />
      </Dialog>
    </div>
  );
}
