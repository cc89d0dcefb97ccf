import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { materialSizeLimitMbSchema } from '../../../../shared/domain/settings';
import type { FieldIssue } from '../../../../shared/result';
import { toFieldIssues } from '../../../../shared/validation';
import { apiErrorOf } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field, issueFor } from '../../ui/Field';
import { SaveStatus } from '../../ui/SaveStatus';
import type { SaveState } from '../../ui/use-autosave';
import '../materials/materials.css';

const field = 'materialSizeLimitMb';
const debounceMs = 400;

/** The largest material file, in MB. Saves on its own; the next import uses it, no restart. */
function SizeLimitField({ savedMb }: { savedMb: number }) {
  const { t } = useTranslation();
  const update = useApiMutation('settings.update');
  const [draft, setDraft] = useState(String(savedMb));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [state, setState] = useState<SaveState>('saved');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const save = (text: string) => {
    clearTimeout(timer.current);
    const value = text.trim() === '' ? undefined : Number(text);
    const parsed = materialSizeLimitMbSchema.safeParse(value);
    if (!parsed.success) {
      setIssues(toFieldIssues(parsed.error, value).map((issue) => ({ ...issue, path: field })));
      setState('invalid');
      return;
    }
    setIssues([]);
    if (parsed.data === savedMb) {
      setState('saved');
      return;
    }
    setState('saving');
    update.mutate(
      { materialSizeLimitMb: parsed.data },
      {
        onSuccess: () => setState('saved'),
        onError: (error) => {
          setIssues(apiErrorOf(error).issues ?? []);
          setState('invalid');
        },
      },
    );
  };

  const change = (text: string) => {
    setDraft(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => save(text), debounceMs);
  };

  return (
    <>
      <Field label={t('materials.settings.sizeLimit')} help={t('materials.settings.sizeLimitHelp')} issue={issueFor(issues, field)}>
        {(control) => (
          <input
            {...control}
            className="material-settings__size"
            type="number"
            inputMode="numeric"
            min={1}
            max={10240}
            step={1}
            value={draft}
            onChange={(event) => change(event.target.value)}
            onBlur={() => save(draft)}
          />
        )}
      </Field>
      <SaveStatus state={state} />
      {update.isError && issues.length === 0 ? <ErrorMessage error={update.error} /> : null}
    </>
  );
}

/** «Materiale» on the settings page: how large an imported file may be. */
export function MaterialSettingsSection() {
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get', {});
  return (
    <section className="card" aria-labelledby="material-settings-title">
      <h2 id="material-settings-title">{t('materials.settings.title')}</h2>
      {settings.isError ? <ErrorMessage error={settings.error} /> : null}
      {settings.data ? <SizeLimitField savedMb={settings.data.materialSizeLimitMb} /> : null}
    </section>
  );
}
