import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { Course } from '../../../../shared/domain/courses';
import { isolate } from '../../../../shared/domain/text-direction';
import { request } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { DateField } from '../../ui/DateField';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { downloadPackage } from './package-file';
import { usePackageErrorText } from './use-package-error';

const weekChoices = [1, 2, 3, 4, 6, 8] as const;

function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * «Pakke til assistent» on the class page: the coming weeks' plans and the glossaries linked
 * to them as one .zip for an assistant who works on their own laptop, and the packages sent.
 */
export function ExchangePackageSection({ course }: { course: Course }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const queryClient = useQueryClient();
  const packageError = usePackageErrorText();
  const assistants = useApiQuery('staff.list', { role: 'assistant' });
  const sent = useApiQuery('exchange.sent.list', { courseId: course.id });
  const ofClass = (assistants.data ?? []).filter((person) => course.assistantIds.includes(person.id));
  const others = (assistants.data ?? []).filter((person) => !course.assistantIds.includes(person.id));
  const [assistantId, setAssistantId] = useState('');
  const [weeks, setWeeks] = useState(2);
  const [from, setFrom] = useState(today);
  const [busy, setBusy] = useState(false);
  const chosen = assistantId || ofClass[0]?.id || '';

  const exportPackage = async () => {
    if (!chosen || busy) return;
    setBusy(true);
    try {
      const file = await request('exchange.export', { courseId: course.id, assistantId: chosen, from, weeks });
      downloadPackage(file);
      toast(t('exchange.exported', { file: isolate(file.fileName), lessons: file.lessonCount, terms: file.termCount }));
      void queryClient.invalidateQueries({ queryKey: ['exchange.sent.list'] });
    } catch (error) {
      toast.error(packageError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card exchange-section" aria-labelledby="exchange-package-title">
      <h2 id="exchange-package-title">{t('exchange.packageForAssistant')}</h2>
      <p className="field__help">{t('exchange.packageHelp')}</p>
      {assistants.isError ? <ErrorMessage error={assistants.error} /> : null}
      {assistants.data && assistants.data.length === 0 ? <p className="muted">{t('exchange.noAssistants')}</p> : null}
      {assistants.data && assistants.data.length > 0 ? (
        <form
          className="exchange-form"
          onSubmit={(event) => {
            event.preventDefault();
            void exportPackage();
          }}
        >
          <Field label={t('exchange.assistant')} required>
            {(control) => (
              <select {...control} value={chosen} onChange={(event) => setAssistantId(event.target.value)}>
                {chosen === '' ? <option value="">{t('exchange.chooseAssistant')}</option> : null}
                {[...ofClass, ...others].map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('exchange.from')} required>
            {(control) => <DateField {...control} value={from} onChange={setFrom} />}
          </Field>
          <Field label={t('exchange.weeks')} required>
            {(control) => (
              <select {...control} value={weeks} onChange={(event) => setWeeks(Number(event.target.value))}>
                {weekChoices.map((count) => (
                  <option key={count} value={count}>
                    {t('exchange.weekCount', { count })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" className="button button--primary" disabled={!chosen || busy}>
            {t('exchange.makePackage')}
          </button>
        </form>
      ) : null}
      <h3>{t('exchange.sentTitle')}</h3>
      {sent.isError ? <ErrorMessage error={sent.error} /> : null}
      {sent.data && sent.data.length === 0 ? <p className="muted">{t('exchange.noneSent')}</p> : null}
      {sent.data && sent.data.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('exchange.made')}</th>
              <th scope="col">{t('exchange.assistant')}</th>
              <th scope="col">{t('exchange.period')}</th>
              <th scope="col">{t('exchange.contents')}</th>
              <th scope="col">{t('exchange.status')}</th>
            </tr>
          </thead>
          <tbody>
            {sent.data.map((item) => (
              <tr key={item.id}>
                <td dir="ltr">{formatDateTime(item.createdAt, ui)}</td>
                <td>
                  <bdi>{item.assistantName}</bdi>
                </td>
                <td dir="ltr">
                  {formatDate(item.from, ui)}–{formatDate(item.to, ui)}
                </td>
                <td>{t('exchange.contentCounts', { lessons: item.lessonCount, terms: item.termCount })}</td>
                <td>{item.mergedAt ? t('exchange.mergedOn', { date: formatDate(item.mergedAt, ui) }) : t('exchange.awaitingReturn')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
