import { useTranslation } from 'react-i18next';
import { targetLevels } from '../../../../shared/domain/assessment-levels';
import { targetCreateSchema, type LevelTarget } from '../../../../shared/domain/assessments';
import { useApiMutation } from '../../api/hooks';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { DateField } from '../../ui/DateField';
import { Field, issueFor } from '../../ui/Field';
import { useCreateForm } from '../../ui/use-create-form';
import { useUndoableDelete } from '../../ui/use-undoable-delete';
import { SkillField } from './SkillField';

/** «Mål for nivå»: targets such as "A2 muntlig by March", with a status worked out from the levels. */
export function TargetsPanel({ participantId, targets }: { participantId: string; targets: readonly LevelTarget[] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const remove = useUndoableDelete('levelTargets');
  const update = useApiMutation('levelTargets.update');
  const form = useCreateForm(
    'levelTargets.create',
    targetCreateSchema,
    { participantId, skill: 'muntlig', level: 'A2', dueDate: '', note: '' },
    () => undefined,
  );
  const values = form.values;
  return (
    <section aria-labelledby="targets-heading">
      <h3 id="targets-heading">{t('assessments.targets.title')}</h3>
      {targets.length === 0 ? <p className="muted">{t('assessments.targets.empty')}</p> : (
        <ul className="plain-list">
          {targets.map((target) => (
            <li key={target.id} className="plain-list__row">
              <span>
                <strong>{target.level} {t(`assessments.skills.${target.skill}`).toLowerCase()}</strong>{' '}
                {t('assessments.targets.by', { date: formatDate(target.dueDate, language) })}{' '}
                <span className={`badge target-status--${target.status}`}>{t(`assessments.targets.status.${target.status}`)}</span>
                {target.note ? <span className="muted" dir="auto"> · {target.note}</span> : null}
              </span>
              <span className="button-row">
                {target.status !== 'reached' ? (
                  <button type="button" className="button button--small" onClick={() => update.mutate({ id: target.id, dropped: !target.dropped })}>
                    {target.dropped ? t('assessments.targets.resume') : t('assessments.targets.drop')}
                  </button>
                ) : null}
                <button
                  type="button"
                  className="button button--small button--danger"
                  onClick={() => void remove(target.id, t('assessments.targets.deleted', { level: target.level }))}
                >
                  {t('common.delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <details className="level-form">
        <summary className="button">{t('assessments.targets.add')}</summary>
        <form onSubmit={(event) => void form.submit(event)} noValidate aria-label={t('assessments.targets.add')}>
          <div className="form-grid">
            <SkillField value={values.skill} issues={form.issues} onChange={(skill) => form.set({ skill })} />
            <Field label={t('assessments.create.level')} issue={issueFor(form.issues, 'level')} required>
              {(control) => (
                <select {...control} value={values.level} onChange={(e) => form.set({ level: e.target.value as typeof values.level })}>
                  {targetLevels.map((level) => (
                    <option key={level} value={level}>{level}</option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('assessments.targets.dueDate')} issue={issueFor(form.issues, 'dueDate')} required>
              {(control) => <DateField {...control} value={values.dueDate} onChange={(dueDate) => form.set({ dueDate })} />}
            </Field>
            <Field label={t('assessments.targets.note')} issue={issueFor(form.issues, 'note')}>
              {(control) => <input {...control} dir="auto" value={values.note ?? ''} onChange={(e) => form.set({ note: e.target.value })} />}
            </Field>
          </div>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={form.busy}>
              {t('assessments.targets.save')}
            </button>
          </div>
        </form>
      </details>
    </section>
  );
}
