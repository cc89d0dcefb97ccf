import { useTranslation } from 'react-i18next';
import { isolate } from '../../../../shared/domain/text-direction';
import { Link, useNavigate, useParams } from 'react-router';
import {
  participantDisplayName,
  participantUpdateSchema,
  type Participant,
} from '../../../../shared/domain/participants';
import { useApiQuery } from '../../api/hooks';
import { EmptyState } from '../../ui/EmptyState';
import { DateField } from '../../ui/DateField';
import { Field, issueFor } from '../../ui/Field';
import { LanguagePicker } from '../../ui/LanguagePicker';
import { PageHeader } from '../../ui/PageHeader';
import { EditStatus } from '../../ui/EditStatus';
import { useRecordEditor } from '../../ui/use-record-editor';
import { useUndoableDelete } from '../../ui/use-undoable-delete';
import { ParticipantClasses } from './ParticipantClasses';
import { ParticipantLevelsSection } from '../assessments/ParticipantLevelsSection';
import { ParticipantHoursSection } from '../attendance/ParticipantHoursSection';
import { ParticipantPlacementsSection } from '../practice/ParticipantPlacementsSection';
import { MaterialSection } from '../materials/MaterialSection';
import { SensitiveNotesSection } from './SensitiveNotesSection';
import { ProgrammeSelect } from './ProgrammeSelect';
import { apiErrorOf } from '../../api/client';

export function ParticipantDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const participant = useApiQuery('participants.get', { id });
  // Sensitive notes are not for assistants (the API refuses them); their section is left out.
  const profile = useApiQuery('profiles.current', {});
  if (participant.isError) {
    return (
      <EmptyState action={<Link to="/participants">{t('common.backToList')}</Link>}>
        {/* An assistant reaching another class's participant: say so, rather than "maybe deleted". */}
        {apiErrorOf(participant.error).code === 'forbidden' ? t('errors.code.forbidden') : t('common.notFound')}
      </EmptyState>
    );
  }
  if (!participant.data) return <p className="muted">{t('app.loading')}</p>;
  return (
    <>
      <ParticipantForm key={participant.data.id} participant={participant.data} />
      <ParticipantClasses participant={participant.data} />
      <ParticipantLevelsSection participant={participant.data} />
      <ParticipantHoursSection participantId={participant.data.id} />
      <ParticipantPlacementsSection participantId={participant.data.id} />
      <MaterialSection participantId={participant.data.id} />
      {profile.data?.profile?.role === 'assistant' ? null : <SensitiveNotesSection participantId={participant.data.id} />}
    </>
  );
}

function ParticipantForm({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const editor = useRecordEditor('participants.update', participant, participantUpdateSchema);
  const { values, edit } = editor;
  const remove = useUndoableDelete('participants');
  const name = participantDisplayName(values);

  const issue = (path: string) => issueFor(editor.issues, path);

  return (
    <>
      <PageHeader
        title={name || t('participants.name')}
        actions={
          <button
            type="button"
            className="button button--danger"
            onClick={() =>
              void remove(participant.id, t('participants.deleted', { name: isolate(name) })).then(
                (done) => done && navigate('/participants'),
              )
            }
          >
            {t('common.delete')}
          </button>
        }
      >
        <Link to="/participants">{t('common.backToList')}</Link>
      </PageHeader>
      <EditStatus editor={editor} />
      <form className="card form-grid" onSubmit={(event) => event.preventDefault()} onBlur={() => void editor.flush()}>
        <Field label={t('participants.givenName')} issue={issue('givenName')} help={t('participants.nameHelp')} required>
          {(control) => <input {...control} dir="auto" value={values.givenName} onChange={(e) => edit({ givenName: e.target.value })} />}
        </Field>
        <Field label={t('participants.familyName')} issue={issue('familyName')}>
          {(control) => <input {...control} dir="auto" value={values.familyName} onChange={(e) => edit({ familyName: e.target.value })} />}
        </Field>
        <Field label={t('participants.motherTongues')} help={t('participants.motherTonguesHelp')} issue={issue('motherTongues')}>
          {(control) => (
            <LanguagePicker {...control} value={values.motherTongues} onChange={(motherTongues) => edit({ motherTongues })} />
          )}
        </Field>
        <Field label={t('participants.programme')} issue={issue('programme')}>
          {(control) => (
            <ProgrammeSelect {...control} value={values.programme} onChange={(programme) => edit({ programme })} />
          )}
        </Field>
        <Field label={t('participants.startDate')} issue={issue('startDate')}>
          {(control) => (
            <DateField {...control} value={values.startDate ?? ''} onChange={(date) => edit({ startDate: date || null })} />
          )}
        </Field>
        <Field label={t('participants.endDate')} issue={issue('endDate')}>
          {(control) => (
            <DateField {...control} value={values.endDate ?? ''} onChange={(date) => edit({ endDate: date || null })} />
          )}
        </Field>
        <fieldset className="checkbox-group">
          <legend>{t('participants.consent')}</legend>
          <label className="checkbox">
            <input type="checkbox" checked={values.consentPhoto} onChange={(e) => edit({ consentPhoto: e.target.checked })} />
            {t('participants.consentPhoto')}
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={values.consentShareWithSite}
              onChange={(e) => edit({ consentShareWithSite: e.target.checked })}
            />
            {t('participants.consentShareWithSite')}
          </label>
        </fieldset>
        <Field label={t('participants.note')} help={t('participants.noteHelp')} issue={issue('note')}>
          {(control) => <textarea {...control} dir="auto" rows={3} value={values.note} onChange={(e) => edit({ note: e.target.value })} />}
        </Field>
      </form>
    </>
  );
}
