import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { languageName } from '../../../../shared/domain/languages';
import type { Staff } from '../../../../shared/domain/staff';
import { translationTaskStatuses, type TranslationTask, type TranslationTaskStatus } from '../../../../shared/domain/translation-queue';
import { apiErrorOf, request } from '../../api/client';
import { formatDate, isoWeek } from '../../i18n/format';
import { useErrorText } from '../../i18n/use-error-text';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { useInvalidateTranslations } from './queries';
import { useTaskDelete } from './use-task-delete';

interface TaskRowProps {
  task: TranslationTask;
  assistants: readonly Staff[];
}

/** One task: due date (overdue said in words and with a sign), what, language, words done, who, status, note. */
export function TaskRow({ task, assistants }: TaskRowProps) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const invalidate = useInvalidateTranslations();
  const { errorText } = useErrorText();
  const remove = useTaskDelete();
  const [note, setNote] = useState(task.note);
  const [error, setError] = useState('');
  const language = languageName(task.language, ui);
  const what = task.subjectName;
  const named = { what, language };

  const save = async (changes: { status?: TranslationTaskStatus; assigneeId?: string | null; note?: string }) => {
    setError('');
    try {
      await request('translationTasks.update', { id: task.id, ...changes });
      await invalidate();
    } catch (failure) {
      setError(errorText(apiErrorOf(failure)));
    }
  };
  const saveNote = () => {
    if (note.trim() !== task.note) void save({ note });
  };

  const { total, translated, checked } = task.terms;
  const share = total === 0 ? 0 : Math.round((translated / total) * 100);
  // The assignee may have left the class's assistants; keep them in the list so the choice shows.
  const options: { id: string; name: string }[] = assistants.some((person) => person.id === task.assigneeId) || !task.assigneeId
    ? [...assistants]
    : [...assistants, { id: task.assigneeId, name: task.assigneeName ?? '' }];

  return (
    <tr className={['task-row', task.overdue ? 'task-row--overdue' : '', task.status === 'done' ? 'task-row--done' : ''].join(' ')}>
      <td>
        <span>{t('translations.due', { date: formatDate(task.dueDate, ui), week: isoWeek(task.dueDate) })}</span>
        {task.overdue ? (
          <span className="overdue-mark">
            <span aria-hidden="true">⚠</span> {t('translations.overdue')}
          </span>
        ) : null}
      </td>
      <td className="task-row__what">
        <span className="muted">{t(`translations.subject.${task.subject}`)}: </span>
        <bdi dir="auto">{what}</bdi>
        <br />
        <span className="muted"><bdi dir="auto">{task.courseName}</bdi></span>
        <br />
        <span className="muted">
          {task.lessonDate ? t('translations.lessonOn', { date: formatDate(task.lessonDate, ui) }) : t('translations.noLessonAhead')}
        </span>
      </td>
      <td>{language}</td>
      <td>
        {total === 0 ? (
          <span className="muted">{t('translations.noTerms')}</span>
        ) : (
          <span className="task-progress">
            {t('translations.progress', { translated, total })}
            {checked > 0 ? <span className="muted"> · {t('translations.checked', { count: checked })}</span> : null}
            <span className="task-progress__bar" aria-hidden="true">
              <span className="task-progress__fill" style={{ inlineSize: `${share}%` }} />
            </span>
          </span>
        )}
      </td>
      <td>
        <select
          aria-label={t('translations.assigneeLabel', named)}
          value={task.assigneeId ?? ''}
          onChange={(event) => void save({ assigneeId: event.target.value || null })}
        >
          <option value="">{t('translations.unassigned')}</option>
          {options.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          aria-label={t('translations.statusLabel', named)}
          value={task.status}
          onChange={(event) => void save({ status: event.target.value as TranslationTaskStatus })}
        >
          {translationTaskStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`translations.status.${status}`)}
            </option>
          ))}
        </select>
        <input
          type="text"
          dir="auto"
          aria-label={t('translations.noteLabel', named)}
          placeholder={t('translations.notePlaceholder')}
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          onBlur={saveNote}
          onKeyDown={(event) => {
            if (event.key === 'Enter') saveNote();
          }}
        />
        {error ? <p className="field__error" role="alert">{error}</p> : null}
      </td>
      <td>
        <div className="task-actions">
          {task.themeId ? (
            <Link className="button" to={`/glossaries/themes/${task.themeId}`}>
              {t('translations.openWordList')}
            </Link>
          ) : task.lessonId ? (
            <Link className="button" to={`/week/lessons/${task.lessonId}`}>
              {t('translations.openLesson')}
            </Link>
          ) : null}
          <button type="button" className="button" aria-label={t('translations.deleteLabel', named)} onClick={() => void remove(task.id)}>
            {t('common.delete')}
          </button>
        </div>
      </td>
    </tr>
  );
}
