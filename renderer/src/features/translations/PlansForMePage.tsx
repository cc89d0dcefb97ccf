import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../shared/domain/calendar/dates';
import { plansForMeDays } from '../../../../shared/domain/translation-queue';
import { useApiQuery } from '../../api/hooks';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { PageHeader } from '../../ui/PageHeader';
import { PrintButton } from '../practice/PrintButton';
import { PlanDayCard } from './PlanDayCard';
import { freshOnMount } from './queries';
import { useAssistantChoice } from './use-assistant-choice';
import './translations.css';

const localToday = (): string => {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

/**
 * «Planer for meg»: an assistant's next two weeks, day by day, in every class they work in,
 * with the days without mother-tongue support too. The signed-in assistant by default;
 * anyone else picks an assistant.
 */
export function PlansForMePage() {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const choice = useAssistantChoice();
  const [from, setFrom] = useState(localToday);
  const assistants = useApiQuery('staff.list', { role: 'assistant' });
  const staffId = choice.assistantId || (assistants.data?.length === 1 ? assistants.data[0]!.id : '');
  const plan = useApiQuery('plansForMe.get', { staffId, from }, { ...freshOnMount, enabled: Boolean(staffId) });
  const to = addDays(from, plansForMeDays - 1);

  return (
    <>
      <PageHeader title={t('plansForMe.title')}>
        <p className="muted">{t('plansForMe.intro')}</p>
      </PageHeader>
      <section className="card translation-filters">
        {choice.fixed ? (
          <p className="translation-filters__me">
            {t('plansForMe.who')}: <strong><bdi dir="auto">{choice.fixed.name}</bdi></strong>
          </p>
        ) : (
          <Field label={t('plansForMe.who')}>
            {(control) => (
              <select {...control} value={staffId} onChange={(event) => choice.setAssistantId(event.target.value)}>
                <option value="">{t('plansForMe.pick')}</option>
                {(assistants.data ?? []).map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <div className="plan-nav">
          <button type="button" className="button" onClick={() => setFrom(addDays(from, -plansForMeDays))}>
            {t('plansForMe.previous')}
          </button>
          <button type="button" className="button" onClick={() => setFrom(localToday())}>
            {t('plansForMe.fromToday')}
          </button>
          <button type="button" className="button" onClick={() => setFrom(addDays(from, plansForMeDays))}>
            {t('plansForMe.next')}
          </button>
          <strong role="status">{t('plansForMe.period', { from: formatDate(from, ui), to: formatDate(to, ui) })}</strong>
        </div>
      </section>
      {assistants.data && assistants.data.length === 0 ? <EmptyState>{t('plansForMe.noAssistants')}</EmptyState> : null}
      {plan.isError ? <ErrorMessage error={plan.error} /> : null}
      {plan.data && plan.data.courses.length === 0 ? <EmptyState>{t('plansForMe.noClasses')}</EmptyState> : null}
      {plan.data && plan.data.courses.length > 0 ? (
        <>
          <div className="plan-print">
            {plan.data.courses.map((course) => (
              <PrintButton
                key={course.id}
                label={t('plansForMe.printLabel', { course: course.name })}
                method="print.assistantPlan"
                input={{ courseId: course.id, from }}
              />
            ))}
          </div>
          {plan.data.days.map((day) => (
            <PlanDayCard key={day.date} day={day} />
          ))}
        </>
      ) : null}
    </>
  );
}
