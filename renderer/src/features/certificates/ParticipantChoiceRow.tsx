import { useTranslation } from 'react-i18next';
import type { DocumentCandidate, DocumentKind } from '../../../../shared/domain/certificates';

export interface Choice {
  selected: boolean;
  includeLevels: boolean;
  includeNorskprove: boolean;
  endedEarlyReason: string;
  ownLanguageLine: string;
  nextSteps: string;
}

export const emptyChoice: Choice = { selected: true, includeLevels: false, includeNorskprove: false, endedEarlyReason: '', ownLanguageLine: '', nextSteps: '' };

interface RowProps {
  person: DocumentCandidate;
  kind: DocumentKind;
  choice: Choice;
  onChange: (choice: Choice) => void;
}

/**
 * One participant in the issue list: ticked or not, and the per-document choices that
 * belong to this kind of document. Levels and Norskprøven results are never ticked for
 * anyone by default: each participant decides.
 */
export function ParticipantChoiceRow({ person, kind, choice, onChange }: RowProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<Choice>) => onChange({ ...choice, ...patch });
  const notes = [
    kind === 'practice' && !person.hasPlacement ? t('certificates.issue.noPlacement') : '',
    person.endedEarly ? t('certificates.issue.endedEarly') : '',
  ].filter(Boolean);
  return (
    <li className="documents-person">
      <label className="documents-person__name">
        <input type="checkbox" checked={choice.selected} onChange={(event) => set({ selected: event.target.checked })} />
        <bdi dir="auto">{person.name}</bdi>
        {notes.length > 0 ? <span className="muted"> ({notes.join(', ')})</span> : null}
      </label>
      {choice.selected ? (
        <div className="documents-person__options">
          {kind === 'course' ? (
            <label className="checkbox">
              <input type="checkbox" checked={choice.includeLevels} disabled={!person.hasLevels} onChange={(event) => set({ includeLevels: event.target.checked })} />
              <span>{t('certificates.issue.includeLevels')}{person.hasLevels ? '' : ` – ${t('certificates.issue.noLevels')}`}</span>
            </label>
          ) : null}
          {kind === 'diploma' ? (
            <label className="checkbox">
              <input type="checkbox" checked={choice.includeNorskprove} disabled={!person.hasNorskprove} onChange={(event) => set({ includeNorskprove: event.target.checked })} />
              <span>{t('certificates.issue.includeNorskprove')}{person.hasNorskprove ? '' : ` – ${t('certificates.issue.noNorskprove')}`}</span>
            </label>
          ) : null}
          <details className="documents-person__more">
            <summary>{t('certificates.issue.details', { name: person.name })}</summary>
            {(kind === 'course' || kind === 'endLetter') ? (
              <label className="toolbar__item">
                <span>{t('certificates.issue.endedEarlyReason')}</span>
                <input dir="auto" maxLength={300} value={choice.endedEarlyReason} onChange={(event) => set({ endedEarlyReason: event.target.value })} />
              </label>
            ) : null}
            {kind === 'endLetter' ? (
              <label className="toolbar__item">
                <span>{t('certificates.issue.nextSteps')}</span>
                <textarea dir="auto" rows={2} maxLength={1000} value={choice.nextSteps} onChange={(event) => set({ nextSteps: event.target.value })} />
              </label>
            ) : null}
            <label className="toolbar__item">
              <span>{t('certificates.issue.ownLanguageLine')}</span>
              <input dir="auto" maxLength={300} value={choice.ownLanguageLine} onChange={(event) => set({ ownLanguageLine: event.target.value })} />
            </label>
          </details>
        </div>
      ) : null}
    </li>
  );
}
