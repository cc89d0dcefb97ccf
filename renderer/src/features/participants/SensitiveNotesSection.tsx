import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  sensitiveNoteCategories,
  type SensitiveNote,
  type SensitiveNoteCategory,
  type SensitiveNoteSummary,
} from '../../../../shared/domain/sensitive-notes';
import { request } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useUndoableDelete } from '../../ui/use-undoable-delete';
import './sensitive-notes.css';

/**
 * «Sensitive opplysninger»: notes about health, family situation or social control, kept
 * encrypted. The list says only that a note exists; its text is fetched when someone opens
 * it, and that opening is logged in core.
 */
export function SensitiveNotesSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const notes = useApiQuery('sensitiveNotes.list', { participantId });
  const [adding, setAdding] = useState(false);
  const [showLog, setShowLog] = useState(false);

  return (
    <section className="card sensitive-notes" aria-labelledby="sensitive-notes-title">
      <h2 id="sensitive-notes-title">{t('sensitiveNotes.title')}</h2>
      <p className="field__help">{t('sensitiveNotes.intro')}</p>
      {notes.isError ? <ErrorMessage error={notes.error} /> : null}
      {notes.data && notes.data.length === 0 ? <p className="muted">{t('sensitiveNotes.empty')}</p> : null}
      {notes.data && notes.data.length > 0 ? (
        <ul className="sensitive-notes__list">
          {notes.data.map((note) => (
            <SensitiveNoteItem key={note.id} note={note} language={language} />
          ))}
        </ul>
      ) : null}
      {adding ? (
        <NewSensitiveNote participantId={participantId} onDone={() => setAdding(false)} />
      ) : (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setAdding(true)}>
            {t('sensitiveNotes.add')}
          </button>
          <button type="button" className="button" aria-expanded={showLog} onClick={() => setShowLog((shown) => !shown)}>
            {t('sensitiveNotes.showLog')}
          </button>
        </div>
      )}
      {showLog ? <SensitiveNoteLog participantId={participantId} /> : null}
    </section>
  );
}

function SensitiveNoteItem({ note, language }: { note: SensitiveNoteSummary; language: ReturnType<typeof useUiLanguage> }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState<SensitiveNote | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState(false);
  const remove = useUndoableDelete('sensitiveNotes');

  const open = () => {
    setError(null);
    request('sensitiveNotes.open', { id: note.id }).then(setOpened, setError);
  };

  return (
    <li className="sensitive-notes__item">
      <div className="sensitive-notes__head">
        <strong>{t(`sensitiveNotes.categories.${note.category}`)}</strong>
        <span className="muted">{t('sensitiveNotes.written', { date: formatDate(note.createdAt.slice(0, 10), language) })}</span>
        {opened ? (
          <button type="button" className="button button--small" onClick={() => { setOpened(null); setEditing(false); }}>
            {t('sensitiveNotes.hide')}
          </button>
        ) : (
          <button type="button" className="button button--small" onClick={open}>
            {t('sensitiveNotes.open')}
          </button>
        )}
        <button type="button" className="button button--small button--danger" onClick={() => void remove(note.id, t('sensitiveNotes.deleted'))}>
          {t('common.delete')}
        </button>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      {opened && !editing ? (
        <>
          <p className="sensitive-notes__text" dir="auto">{opened.text}</p>
          <button type="button" className="button button--small" onClick={() => setEditing(true)}>
            {t('sensitiveNotes.edit')}
          </button>
        </>
      ) : null}
      {opened && editing ? (
        <EditSensitiveNote
          note={opened}
          onDone={(saved) => {
            if (saved) setOpened(saved);
            setEditing(false);
          }}
        />
      ) : null}
    </li>
  );
}

function NoteFields({
  category,
  text,
  onCategory,
  onText,
}: {
  category: SensitiveNoteCategory;
  text: string;
  onCategory: (category: SensitiveNoteCategory) => void;
  onText: (text: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <label className="field">
        <span>{t('sensitiveNotes.category')}</span>
        <select value={category} onChange={(event) => onCategory(event.target.value as SensitiveNoteCategory)}>
          {sensitiveNoteCategories.map((option) => (
            <option key={option} value={option}>
              {t(`sensitiveNotes.categories.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('sensitiveNotes.text')}</span>
        <textarea rows={4} dir="auto" value={text} onChange={(event) => onText(event.target.value)} />
      </label>
    </>
  );
}

function NewSensitiveNote({ participantId, onDone }: { participantId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useApiMutation('sensitiveNotes.create');
  const [category, setCategory] = useState<SensitiveNoteCategory>('health');
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ participantId, category, text }, { onSuccess: onDone });
  };
  return (
    <form className="sensitive-notes__form" onSubmit={submit}>
      <NoteFields category={category} text={text} onCategory={setCategory} onText={setText} />
      {create.isError ? <ErrorMessage error={create.error} /> : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {t('sensitiveNotes.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function EditSensitiveNote({ note, onDone }: { note: SensitiveNote; onDone: (saved: SensitiveNote | null) => void }) {
  const { t } = useTranslation();
  const update = useApiMutation('sensitiveNotes.update');
  const [category, setCategory] = useState(note.category);
  const [text, setText] = useState(note.text);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ id: note.id, category, text }, { onSuccess: (saved) => onDone(saved) });
  };
  return (
    <form className="sensitive-notes__form" onSubmit={submit}>
      <NoteFields category={category} text={text} onCategory={setCategory} onText={setText} />
      {update.isError ? <ErrorMessage error={update.error} /> : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {t('sensitiveNotes.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function SensitiveNoteLog({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const log = useApiQuery('sensitiveNotes.log', { participantId });
  if (log.isError) return <ErrorMessage error={log.error} />;
  if (!log.data) return null;
  if (log.data.length === 0) return <p className="muted">{t('sensitiveNotes.logEmpty')}</p>;
  return (
    <ul className="sensitive-notes__log">
      {log.data.map((entry) => (
        <li key={`${entry.noteId}-${entry.at}-${entry.action}`}>
          {formatDateTime(entry.at, language)} · {t(`sensitiveNotes.actions.${entry.action}`)}
        </li>
      ))}
    </ul>
  );
}
