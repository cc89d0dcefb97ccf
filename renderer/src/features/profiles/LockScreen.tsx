import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../../shared/domain/profiles';
import { PinField } from './PinField';
import { usePinError } from './use-pin-error';
import { useSessionChange } from './use-profile-session';
import './profiles.css';

/**
 * The locked PC: only the profile's name and a PIN field. The app behind it stays as it was
 * (open forms keep their edits), hidden, and the backend refuses every call until unlocked.
 */
export function LockScreen({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const session = useSessionChange();
  const pinError = usePinError();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const unlock = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await session.apply(session.unlock(pin), { samePerson: true });
    } catch (failure) {
      setError(pinError(failure));
      setPin('');
    } finally {
      setBusy(false);
    }
  };

  const switchProfile = async () => {
    await session.apply(session.signOut());
  };

  return (
    <div className="profile-screen" role="dialog" aria-modal="true" aria-labelledby="lock-title">
      <form className="profile-screen__card" onSubmit={(event) => void unlock(event)}>
        <p className="profile-screen__brand">{t('app.name')}</p>
        <h1 id="lock-title">{t('profiles.lockedTitle')}</h1>
        <p>
          {t('profiles.lockedFor')} <bdi>{profile.name}</bdi>
        </p>
        <PinField label={t('profiles.pin')} value={pin} onChange={setPin} error={error} autoFocus />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy || pin.length < 4}>
            {t('profiles.unlock')}
          </button>
          <button type="button" className="button" onClick={() => void switchProfile()}>
            {t('profiles.switch')}
          </button>
        </div>
        <p className="muted">{t('profiles.lockedHelp')}</p>
      </form>
    </div>
  );
}
