import { useTranslation } from 'react-i18next';
import { participantDisplayName, type Participant } from '../../../../shared/domain/participants';
import { isolate } from '../../../../shared/domain/text-direction';

/** «Deltaker» in a material toolbar: everyone (labelled by `allLabel`) or one participant. */
export function ParticipantFilter({
  value,
  participants,
  allLabel,
  onChange,
}: {
  value: string;
  participants: readonly Participant[] | undefined;
  allLabel: string;
  onChange: (participantId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="toolbar__item">
      <span>{t('materials.filters.participant')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{allLabel}</option>
        {(participants ?? []).map((participant) => (
          <option key={participant.id} value={participant.id}>
            {isolate(participantDisplayName(participant))}
          </option>
        ))}
      </select>
    </label>
  );
}
