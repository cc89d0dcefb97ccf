import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { idleLockChoices, type IdleLockMinutes } from '../../../../shared/domain/profiles';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PinField } from './PinField';
import { ProfileChooser } from './ProfileChooser';
import { usePinError } from './use-pin-error';
import './profiles.css';

/** «Min profil» in Innstillinger: the own PIN (set, change, remove), the idle lock, and for admins others' forgotten PINs. */
export function MyProfileSection() {
  const { t } = useTranslation();
  const current = useApiQuery('profiles.current', {}, { staleTime: 0 });
  const profile = current.data?.profile ?? null;

  return (
    <section className="card" aria-labelledby="my-profile-title">
      <h2 id="my-profile-title">{t('profiles.myProfile')}</h2>
      {profile ? (
        <>
          <p>
            <bdi>{profile.name}</bdi> · {t(`staff.roles.${profile.role}`)}
          </p>
          <PinForm hasPin={profile.hasPin} />
          <IdleLockField hasPin={profile.hasPin} />
          {profile.role === 'admin' ? <ForgottenPins ownId={profile.staffId} /> : null}
        </>
      ) : (
        <>
          <p className="muted">{t('profiles.noneChosenHelp')}</p>
          <ProfileChooser />
        </>
      )}
    </section>
  );
}

/** A PIN change alters who may sign in and lock: the header and the start screen must know at once. */
function useRefreshProfiles() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ predicate: (query) => String(query.queryKey[0]).startsWith('profiles.') });
}

function PinForm({ hasPin }: { hasPin: boolean }) {
  const { t } = useTranslation();
  const refreshProfiles = useRefreshProfiles();
  const setPin = useApiMutation('profiles.setPin');
  const clearPin = useApiMutation('profiles.clearPin');
  const pinError = usePinError();
  const [currentPin, setCurrentPin] = useState('');
  const [pin, setNewPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [saved, setSaved] = useState<string | undefined>();
  const mismatch = repeat.length > 0 && repeat !== pin;

  const reset = (message: string) => {
    void refreshProfiles();
    setCurrentPin('');
    setNewPin('');
    setRepeat('');
    setSaved(message);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(undefined);
    if (mismatch || pin.length < 4) return;
    setPin.mutate(hasPin ? { pin, currentPin } : { pin }, { onSuccess: () => reset(t('profiles.pinSaved')) });
  };
  const remove = () => {
    setSaved(undefined);
    clearPin.mutate({ currentPin }, { onSuccess: () => reset(t('profiles.pinRemoved')) });
  };
  const failure = setPin.error ?? clearPin.error;
  const currentError = failure && (setPin.isError || clearPin.isError) ? pinError(failure) : undefined;

  return (
    <form className="profile-pin-form" onSubmit={submit}>
      <h3>{hasPin ? t('profiles.changePin') : t('profiles.setPin')}</h3>
      <p className="field__help">{t('profiles.pinHelp')}</p>
      {hasPin ? <PinField name="current-pin" label={t('profiles.currentPin')} value={currentPin} onChange={setCurrentPin} error={currentError} /> : null}
      <div className="field-row">
        <PinField name="new-pin" label={t('profiles.newPin')} value={pin} onChange={setNewPin} error={!hasPin ? currentError : undefined} />
        <PinField name="repeat-pin" label={t('profiles.repeatPin')} value={repeat} onChange={setRepeat} error={mismatch ? t('profiles.pinMismatch') : undefined} />
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={pin.length < 4 || repeat !== pin || (hasPin && currentPin.length < 4)}>
          {hasPin ? t('profiles.changePin') : t('profiles.setPin')}
        </button>
        {hasPin ? (
          <button type="button" className="button button--danger" onClick={remove} disabled={currentPin.length < 4}>
            {t('profiles.removePin')}
          </button>
        ) : null}
      </div>
      {saved ? (
        <p className="muted" role="status">
          {saved}
        </p>
      ) : null}
    </form>
  );
}

function IdleLockField({ hasPin }: { hasPin: boolean }) {
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get', {});
  const update = useApiMutation('settings.update');
  const value = settings.data?.idleLockMinutes ?? 0;
  return (
    <div className="field profile-idle">
      <label htmlFor="idle-lock">{t('profiles.idleLock')}</label>
      <select
        id="idle-lock"
        value={value}
        onChange={(event) => update.mutate({ idleLockMinutes: Number(event.target.value) as IdleLockMinutes })}
      >
        {idleLockChoices.map((minutes) => (
          <option key={minutes} value={minutes}>
            {minutes === 0 ? t('profiles.idleLockOff') : t('profiles.idleLockMinutes', { count: minutes })}
          </option>
        ))}
      </select>
      <p className="field__help">{hasPin ? t('profiles.idleLockHelp') : t('profiles.idleLockNeedsPin')}</p>
      {update.isError ? <ErrorMessage error={update.error} /> : null}
    </div>
  );
}

function ForgottenPins({ ownId }: { ownId: string }) {
  const { t } = useTranslation();
  const profiles = useApiQuery('profiles.list', {}, { staleTime: 0 });
  const clearPin = useApiMutation('profiles.clearPin');
  const refreshProfiles = useRefreshProfiles();
  const others = (profiles.data ?? []).filter((profile) => profile.hasPin && profile.staffId !== ownId);
  if (others.length === 0) return null;
  return (
    <div>
      <h3>{t('profiles.othersPins')}</h3>
      <p className="field__help">{t('profiles.othersPinsHelp')}</p>
      <ul className="profile-others">
        {others.map((profile) => (
          <li key={profile.staffId}>
            <bdi>{profile.name}</bdi> · {t(`staff.roles.${profile.role}`)}{' '}
            <button type="button" className="button button--small" onClick={() => clearPin.mutate({ staffId: profile.staffId }, { onSuccess: () => void refreshProfiles() })}>
              {t('profiles.removePinOf', { name: profile.name })}
            </button>
          </li>
        ))}
      </ul>
      {clearPin.isError ? <ErrorMessage error={clearPin.error} /> : null}
    </div>
  );
}
