import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translationLeadDaysSchema } from '../../../../shared/domain/translation-queue';
import type { FieldIssue } from '../../../../shared/result';
import { toFieldIssues } from '../../../../shared/validation';
import { apiErrorOf } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field, issueFor } from '../../ui/Field';
import { SaveStatus } from '../../ui/SaveStatus';
import type { SaveState } from '../../ui/use-autosave';
import { useInvalidateTranslations } from './queries';

const field = 'translationLeadDays';
const debounceMs = 400;

/** How many days before the lesson a translation task is due. Saves on its own. */
function LeadDaysField({ saved }: { saved: number }) {
  const { t } = useTranslation();
  const update = useApiMutation('settings.update');
  const invalidate = useInvalidateTranslations();
  const [draft, setDraft] = useState(String(saved));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [state, setState] = useState<SaveState>('saved');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const save = (text: string) => {
    clearTimeout(timer.current);
    const value = text.trim() === '' ? undefined : Number(text);
    const parsed = translationLeadDaysSchema.safeParse(value);
    if (!parsed.success) {
      setIssues(toFieldIssues(parsed.error, value).map((issue) => ({ ...issue, path: field })));
      setState('invalid');
      return;
    }
    setIssues([]);
    if (parsed.data === saved) {
      setState('saved');
      return;
    }
    setState('saving');
    update.mutate(
      { translationLeadDays: parsed.data },
      {
        onSuccess: () => {
          setState('saved');
          void invalidate();
        },
        onError: (error) => {
          setIssues(apiErrorOf(error).issues ?? []);
          setState('invalid');
        },
      },
    );
  };

  return (
    <>
      <Field label={t('translations.settings.leadDays')} help={t('translations.settings.leadDaysHelp')} issue={issueFor(issues, field)}>
        {(control) => (
          <input
            {...control}
            className="translation-settings__days"
            type="number"
            inputMode="numeric"
            min={0}
            max={60}
            step={1}
            value={draft}
            onChange={(event) => {
              setDraft(event.target.value);
              clearTimeout(timer.current);
              const text = event.target.value;
              timer.current = setTimeout(() => save(text), debounceMs);
            }}
            onBlur={() => save(draft)}
          />
        )}
      </Field>
      <SaveStatus state={state} />
      {update.isError && issues.length === 0 ? <ErrorMessage error={update.error} /> : null}
    </>
  );
}

/** «Oversettelser» on the settings page. The centre's setting: a signed-in assistant sees it but may not change it. */
export function TranslationSettingsSection() {
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get', {});
  const current = useApiQuery('profiles.current', {});
  const readOnly = current.data?.profile?.role === 'assistant';
  return (
    <section className="card" aria-labelledby="translation-settings-title">
      <h2 id="translation-settings-title">{t('translations.settings.title')}</h2>
      {settings.isError ? <ErrorMessage error={settings.error} /> : null}
      {settings.data && readOnly ? (
        <p>
          {t('translations.settings.leadDays')}: <strong>{settings.data.translationLeadDays}</strong>
        </p>
      ) : null}
      {settings.data && !readOnly ? <LeadDaysField saved={settings.data.translationLeadDays} /> : null}
    </section>
  );
}
