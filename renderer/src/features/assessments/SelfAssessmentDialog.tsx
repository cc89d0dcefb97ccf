import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { canDoLevels, canDoLines, canDoText, elpSkills } from '../../../../shared/domain/can-do';
import type { Participant } from '../../../../shared/domain/participants';
import type { FieldIssue } from '../../../../shared/result';
import { ApiCallError } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { DateField } from '../../ui/DateField';
import { Dialog } from '../../ui/Dialog';
import { Field, issueFor } from '../../ui/Field';
import { SkillIcon } from './SkillIcon';
import { todayIso as localToday } from '../week/week-dates';

/**
 * The can-do checklist on screen: the participant ticks what they can do, with the teacher
 * or an assistant beside them. Lines are in the participant's language where a translation
 * exists (glossaries come later), otherwise in Norwegian.
 */
export function SelfAssessmentDialog({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const mutation = useApiMutation('selfAssessments.record');
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(localToday());
  const [ticked, setTicked] = useState<string[]>([]);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const language = participant.motherTongues[0] ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await mutation.mutateAsync({ participantId: participant.id, date, ticked });
      setTicked([]);
      setIssues([]);
      setOpen(false);
    } catch (error) {
      setIssues(error instanceof ApiCallError && error.error.issues ? error.error.issues : []);
    }
  };

  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('assessments.self.open')}
      </button>
      <Dialog open={open} onOpenChange={setOpen} title={t('assessments.self.title')}>
        <form onSubmit={(event) => void submit(event)} noValidate className="self-checklist">
          <p className="muted">{t('assessments.self.help')}</p>
          <Field label={t('assessments.self.date')} issue={issueFor(issues, 'date')} required>
            {(control) => <DateField {...control} value={date} onChange={setDate} />}
          </Field>
          {elpSkills.map((skill) => (
            <fieldset key={skill} className="self-checklist__skill">
              <legend>
                <SkillIcon skill={skill} /> {t(`assessments.elpSkills.${skill}`)}
              </legend>
              {canDoLevels.flatMap((level) =>
                canDoLines
                  .filter((line) => line.skill === skill && line.level === level)
                  .map((line) => {
                    const text = canDoText(line, language);
                    return (
                      <label key={line.id} className="checkbox self-checklist__line">
                        <input
                          type="checkbox"
                          checked={ticked.includes(line.id)}
                          onChange={(e) => setTicked(e.target.checked ? [...ticked, line.id] : ticked.filter((id) => id !== line.id))}
                        />
                        <span className="self-checklist__level">{line.level}</span>
                        <span lang={text.language} dir="auto">{text.text}</span>
                      </label>
                    );
                  }),
              )}
            </fieldset>
          ))}
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={mutation.isPending}>
              {t('assessments.self.save')}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
