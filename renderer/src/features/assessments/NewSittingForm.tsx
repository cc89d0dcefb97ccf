import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  c1Results,
  levelPairs,
  norskprovenParts,
  officialResults,
  partHasLevelPair,
  type Level,
  type LevelPair,
  type NorskprovenPart,
  type NorskprovenTest,
} from '../../../../shared/domain/assessment-levels';
import { sittingCreateSchema } from '../../../../shared/domain/assessments';
import type { FieldIssue } from '../../../../shared/result';
import { toFieldIssues } from '../../../../shared/validation';
import { ApiCallError } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { DateField } from '../../ui/DateField';
import { Field, issueFor } from '../../ui/Field';
import { todayIso as localToday } from '../week/week-dates';
import { useLevelText } from './use-level-text';

interface PartEntry {
  taken: boolean;
  result: Level;
  levelPair: LevelPair | '';
}

const emptyParts = (): Record<NorskprovenPart, PartEntry> =>
  Object.fromEntries(norskprovenParts.map((part) => [part, { taken: false, result: 'A2', levelPair: '' }])) as Record<NorskprovenPart, PartEntry>;

/**
 * «Registrer prøveresultat»: one sitting, any combination of the four sub-tests. Writing and
 * oral are registered at a level pair; a writing result above its pair is refused.
 */
export function NewSittingForm({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const levelText = useLevelText();
  const mutation = useApiMutation('norskproven.create');
  const [date, setDate] = useState(localToday());
  const [test, setTest] = useState<NorskprovenTest>('a1-b2');
  const [note, setNote] = useState('');
  const [parts, setParts] = useState(emptyParts);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [open, setOpen] = useState(false);
  const results = test === 'c1' ? c1Results : officialResults;
  const taken = norskprovenParts.filter((part) => parts[part].taken);

  const setPart = (part: NorskprovenPart, patch: Partial<PartEntry>) => setParts({ ...parts, [part]: { ...parts[part], ...patch } });
  // Issues come back per position in the list sent; shown beside the part they are about.
  const partIssue = (part: NorskprovenPart, field: 'result' | 'levelPair' | 'part') => issueFor(issues, `results.${taken.indexOf(part)}.${field}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      participantId, date, test, note,
      results: taken.map((part) => ({
        part,
        result: parts[part].result,
        levelPair: test === 'a1-b2' && partHasLevelPair(part) && parts[part].levelPair ? parts[part].levelPair : null,
      })),
    };
    const parsed = sittingCreateSchema.safeParse(input);
    if (!parsed.success) {
      setIssues(toFieldIssues(parsed.error, input));
      return;
    }
    try {
      await mutation.mutateAsync(input);
      setParts(emptyParts());
      setNote('');
      setIssues([]);
      setOpen(false);
    } catch (error) {
      setIssues(error instanceof ApiCallError && error.error.issues ? error.error.issues : []);
    }
  };

  return (
    <details className="level-form" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="button">{t('assessments.sittings.add')}</summary>
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('assessments.sittings.add')}>
        <div className="form-grid">
          <Field label={t('assessments.sittings.date')} issue={issueFor(issues, 'date')} required>
            {(control) => <DateField {...control} value={date} onChange={setDate} />}
          </Field>
          <Field label={t('assessments.sittings.test')} issue={issueFor(issues, 'test')} required>
            {(control) => (
              <select
                {...control}
                value={test}
                onChange={(e) => {
                  const next = e.target.value as NorskprovenTest;
                  setTest(next);
                  const fallback: Level = next === 'c1' ? 'C1' : 'A2';
                  setParts(Object.fromEntries(norskprovenParts.map((part) => [part, { ...parts[part], result: fallback }])) as Record<NorskprovenPart, PartEntry>);
                }}
              >
                <option value="a1-b2">{t('assessments.tests.a1-b2')}</option>
                <option value="c1">{t('assessments.tests.c1')}</option>
              </select>
            )}
          </Field>
        </div>
        <fieldset className="sitting-parts">
          <legend>{t('assessments.sittings.parts')}</legend>
          {issueFor(issues, 'results') && taken.length === 0 ? (
            <p className="field__error" role="alert">{t('assessments.sittings.nonePicked')}</p>
          ) : null}
          {norskprovenParts.map((part) => {
            const entry = parts[part];
            const withPair = test === 'a1-b2' && partHasLevelPair(part);
            return (
              <div key={part} className="sitting-part">
                <label className="checkbox">
                  <input type="checkbox" checked={entry.taken} onChange={(e) => setPart(part, { taken: e.target.checked })} />
                  {t(`assessments.parts.${part}`)}
                </label>
                {entry.taken ? (
                  <>
                    {withPair ? (
                      <Field label={t('assessments.sittings.levelPair')} issue={partIssue(part, 'levelPair')} required>
                        {(control) => (
                          <select {...control} value={entry.levelPair} onChange={(e) => setPart(part, { levelPair: e.target.value as LevelPair | '' })}>
                            <option value="">{t('assessments.sittings.choosePair')}</option>
                            {levelPairs.map((pair) => (
                              <option key={pair} value={pair}>{pair.replace('-', '–')}</option>
                            ))}
                          </select>
                        )}
                      </Field>
                    ) : null}
                    <Field label={t('assessments.sittings.result')} issue={partIssue(part, 'result') ?? partIssue(part, 'part')} required>
                      {(control) => (
                        <select {...control} value={entry.result} onChange={(e) => setPart(part, { result: e.target.value as Level })}>
                          {results.map((level) => (
                            <option key={level} value={level}>{levelText(level)}</option>
                          ))}
                        </select>
                      )}
                    </Field>
                  </>
                ) : null}
              </div>
            );
          })}
        </fieldset>
        <Field label={t('assessments.sittings.note')} issue={issueFor(issues, 'note')}>
          {(control) => <input {...control} dir="auto" value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={mutation.isPending}>
            {t('assessments.sittings.save')}
          </button>
        </div>
      </form>
    </details>
  );
}
