import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileListItem } from '../../../../shared/domain/profiles';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PinField } from './PinField';
import { usePinError } from './use-pin-error';
import { useSessionChange } from './use-profile-session';

/**
 * «Hvem er du?»: every profile as a button (the one used last first). A profile with a PIN
 * asks for it before signing in; one without signs in at once.
 */
export function ProfileChooser({ onSignedIn, exceptStaffId }: { onSignedIn?: () => void; exceptStaffId?: string | undefined }) {
  const { t } = useTranslation();
  const profiles = useApiQuery('profiles.list', {}, { staleTime: 0 });
  const session = useSessionChange();
  const pinError = usePinError();
  const [chosen, setChosen] = useState<ProfileListItem | undefined>();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const signIn = async (profile: ProfileListItem, withPin?: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await session.apply(session.signIn(profile.staffId, withPin));
      onSignedIn?.();
    } catch (failure) {
      setError(pinError(failure));
      setPin('');
    } finally {
      setBusy(false);
    }
  };

  const choose = (profile: ProfileListItem) => {
    if (profile.hasPin) {
      setChosen(profile);
      setPin('');
      setError(undefined);
    } else void signIn(profile);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen) void signIn(chosen, pin);
  };

  if (profiles.isError) return <ErrorMessage error={profiles.error} />;
  if (!profiles.data) return <p className="muted">{t('app.loading')}</p>;
  const list = [...profiles.data]
    .filter((profile) => profile.staffId !== exceptStaffId)
    .sort((a, b) => Number(b.lastUsed) - Number(a.lastUsed));
  if (list.length === 0) return <p className="muted">{t('profiles.noProfiles')}</p>;

  if (chosen) {
    return (
      <form className="profile-pin" onSubmit={submit}>
        <p className="profile-pin__who">
          <bdi>{chosen.name}</bdi> · {t(`staff.roles.${chosen.role}`)}
        </p>
        <PinField label={t('profiles.pin')} value={pin} onChange={setPin} error={error} autoFocus />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy || pin.length < 4}>
            {t('profiles.signIn')}
          </button>
          <button type="button" className="button" onClick={() => setChosen(undefined)}>
            {t('profiles.otherProfile')}
          </button>
        </div>
      </form>
    );
  }

  return (
    <>
      <ul className="profile-list">
        {list.map((profile) => (
          <li key={profile.staffId}>
            <button type="button" className="profile-card" onClick={() => choose(profile)} disabled={busy}>
              <span className="profile-card__name" dir="auto">
                <bdi>{profile.name}</bdi>
              </span>
              <span className="profile-card__role">
                {t(`staff.roles.${profile.role}`)}
                {profile.hasPin ? ` · ${t('profiles.hasPin')}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
