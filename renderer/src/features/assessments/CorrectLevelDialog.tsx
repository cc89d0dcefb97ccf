import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { levelsForSource, pairTop, levelRank, type Level } from '../../../../shared/domain/assessment-levels';
import type { Assessment } from '../../../../shared/domain/assessments';
import type { FieldIssue } from '../../../../shared/result';
import { ApiCallError } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { DateField } from '../../ui/DateField';
import { Dialog } from '../../ui/Dialog';
import { Field, issueFor } from '../../ui/Field';
import { useLevelText } from './use-level-text';

/**
 * Corrects a recorded level. An official result is never changed silently: the dialog asks
 * for the reason, and the old value stays in the change log.
 */
export function CorrectLevelDialog({ assessment, onClose }: { assessment: Assessment; onClose: () => void }) {
  const { t } = useTranslation();
  const levelText = useLevelText();
  const mutation = useApiMutation('assessments.update');
  const [level, setLevel] = useState<Level>(assessment.level);
  const [date, setDate] = useState(assessment.date);
  const [comment, setComment] = useState(assessment.comment);
  const [reason, setReason] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const official = assessment.source === 'official';
  const self = assessment.source === 'self';
  // Writing is never above its registered pair, so those levels are not offered at all.
  const ceiling = official && assessment.skill === 'skrive' && assessment.levelPair ? levelRank(pairTop(assessment.levelPair)) : null;
  const choices = levelsForSource(assessment.source).filter((item) => ceiling === null || (levelRank(item) ?? -1) <= ceiling);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (official && level !== assessment.level && reason.trim() === '') {
      setIssues([{ path: 'reason', code: 'reasonRequired' }]);
      return;
    }
    try {
      await mutation.mutateAsync({
        id: assessment.id,
        ...(self ? {} : { level }),
        ...(official ? {} : { date }),
        comment,
        reason,
      });
      onClose();
    } catch (error) {
      setIssues(error instanceof ApiCallError && error.error.issues ? error.error.issues : [{ path: 'level', code: 'invalidValue' }]);
    }
  };

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={t(official ? 'assessments.correct.officialTitle' : 'assessments.correct.title')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {official ? <p className="warning-text">{t('assessments.correct.officialHelp')}</p> : null}
        {self ? <p className="muted">{t('assessments.correct.selfHelp')}</p> : (
          <Field label={t('assessments.create.level')} issue={issueFor(issues, 'level')} required>
            {(control) => (
              <select {...control} value={level} onChange={(e) => setLevel(e.target.value as Level)}>
                {choices.map((item) => (
                  <option key={item} value={item}>{levelText(item)}</option>
                ))}
              </select>
            )}
          </Field>
        )}
        {official ? null : (
          <Field label={t('assessments.create.date')} issue={issueFor(issues, 'date')} required>
            {(control) => <DateField {...control} value={date} onChange={setDate} />}
          </Field>
        )}
        <Field label={t('assessments.create.comment')} issue={issueFor(issues, 'comment')}>
          {(control) => <textarea {...control} dir="auto" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />}
        </Field>
        <Field label={t('assessments.correct.reason')} issue={issueFor(issues, 'reason')} required={official} help={t('assessments.correct.reasonHelp')}>
          {(control) => <input {...control} dir="auto" value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={mutation.isPending}>
            {t('assessments.correct.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
