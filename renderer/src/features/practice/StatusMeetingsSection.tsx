import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingAttendees, statusMeetingUpdateSchema, type StatusMeeting } from '../../../../shared/domain/practice-follow-up';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { DateField } from '../../ui/DateField';
import { EditStatus } from '../../ui/EditStatus';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field, issueFor } from '../../ui/Field';
import { useRecordEditor } from '../../ui/use-record-editor';
import { useUndoableDelete } from '../../ui/use-undoable-delete';
import { todayIso } from '../week/week-dates';
import { FollowUpList, SummaryLine } from './FollowUpList';

/** «Statusmøter»: about every 3 months, who came, what was agreed and what happens next. */
export function StatusMeetingsSection({ placementId, headingId }: { placementId: string; headingId: string }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const meetings = useApiQuery('statusMeetings.list', { placementId });
  const create = useApiMutation('statusMeetings.create');
  const remove = useUndoableDelete('statusMeetings');
  const [openId, setOpenId] = useState<string | null>(null);
  const title = (meeting: StatusMeeting) => t('followUp.meetings.item', { date: formatDate(meeting.date, ui) });
  const who = (meeting: StatusMeeting) =>
    [...meeting.attendees.map((person) => t(`followUp.attendees.${person}`)), meeting.otherAttendees].filter(Boolean).join(', ');

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('followUp.meetings.title')}
      </h2>
      <p className="muted">{t('followUp.meetings.intro')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={create.isPending}
          onClick={() =>
            create.mutate(
              { placementId, date: todayIso(), attendees: ['participant', 'buddy', 'teacher'] },
              { onSuccess: (created) => setOpenId(created.id) },
            )
          }
        >
          {t('followUp.meetings.add')}
        </button>
      </div>
      {create.isError ? <ErrorMessage error={create.error} /> : null}
      {meetings.isError ? <ErrorMessage error={meetings.error} /> : null}
      <FollowUpList
        items={meetings.data ?? []}
        openId={openId}
        onOpen={setOpenId}
        empty={meetings.data ? t('followUp.meetings.none') : ''}
        title={title}
        summary={(meeting) => (
          <>
            <SummaryLine label={t('followUp.meetings.attendees')} text={who(meeting)} />
            <SummaryLine label={t('followUp.meetings.agreed')} text={meeting.agreed} />
            <SummaryLine label={t('followUp.meetings.nextSteps')} text={meeting.nextSteps} />
          </>
        )}
        editor={(meeting) => <MeetingEditor meeting={meeting} />}
        removeLabel={(meeting) => t('followUp.meetings.remove', { date: formatDate(meeting.date, ui) })}
        onRemove={(meeting) => void remove(meeting.id, t('followUp.meetings.deleted', { date: formatDate(meeting.date, ui) }))}
      />
    </section>
  );
}

function MeetingEditor({ meeting }: { meeting: StatusMeeting }) {
  const { t } = useTranslation();
  const editor = useRecordEditor('statusMeetings.update', meeting, statusMeetingUpdateSchema);
  const { values, edit } = editor;
  const issue = (path: string) => issueFor(editor.issues, path);
  return (
    <>
      <EditStatus editor={editor} />
      <form className="form-grid" onSubmit={(event) => event.preventDefault()} onBlur={() => void editor.flush()}>
        <Field label={t('followUp.meetings.date')} issue={issue('date')} required>
          {(control) => <DateField {...control} value={values.date} onChange={(date) => edit({ date })} />}
        </Field>
        <fieldset className="placement-form__weekdays">
          <legend>{t('followUp.meetings.attendees')}</legend>
          {meetingAttendees.map((person) => (
            <label key={person} className="checkbox">
              <input
                type="checkbox"
                checked={values.attendees.includes(person)}
                onChange={(e) =>
                  edit({
                    attendees: e.target.checked
                      ? meetingAttendees.filter((p) => p === person || values.attendees.includes(p))
                      : values.attendees.filter((p) => p !== person),
                  })
                }
              />
              {t(`followUp.attendees.${person}`)}
            </label>
          ))}
        </fieldset>
        <Field label={t('followUp.meetings.others')} issue={issue('otherAttendees')}>
          {(control) => <input {...control} dir="auto" value={values.otherAttendees} onChange={(e) => edit({ otherAttendees: e.target.value })} />}
        </Field>
        <Field label={t('followUp.meetings.agreed')} issue={issue('agreed')}>
          {(control) => <textarea {...control} dir="auto" rows={3} value={values.agreed} onChange={(e) => edit({ agreed: e.target.value })} />}
        </Field>
        <Field label={t('followUp.meetings.nextSteps')} issue={issue('nextSteps')}>
          {(control) => <textarea {...control} dir="auto" rows={3} value={values.nextSteps} onChange={(e) => edit({ nextSteps: e.target.value })} />}
        </Field>
      </form>
    </>
  );
}
