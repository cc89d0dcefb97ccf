import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/domain/assessments';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { useUndoableDelete } from '../../ui/use-undoable-delete';
import { CorrectLevelDialog } from './CorrectLevelDialog';
import { useLevelText } from './use-level-text';

/** Every level recorded for the participant, newest first, with its source, evidence and who recorded it. */
export function LevelHistory({ history }: { history: readonly Assessment[] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const levelText = useLevelText();
  const remove = useUndoableDelete('assessments');
  const [correcting, setCorrecting] = useState<Assessment | null>(null);
  if (history.length === 0) return null;
  const newestFirst = [...history].reverse();
  return (
    <section aria-labelledby="level-history-heading">
      <h3 id="level-history-heading">{t('assessments.history.title')}</h3>
      <div className="table-scroll">
        <table className="table level-history">
          <thead>
            <tr>
              <th scope="col">{t('assessments.history.date')}</th>
              <th scope="col">{t('assessments.history.skill')}</th>
              <th scope="col">{t('assessments.history.level')}</th>
              <th scope="col">{t('assessments.history.source')}</th>
              <th scope="col">{t('assessments.history.evidence')}</th>
              <th scope="col">{t('assessments.history.recordedBy')}</th>
              <th scope="col"><span className="visually-hidden">{t('assessments.history.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((item) => (
              <tr key={item.id}>
                <td>{formatDate(item.date, language)}</td>
                <td>{t(`assessments.skills.${item.skill}`)}</td>
                <td>
                  <strong>{levelText(item.level)}</strong>
                  {item.levelPair ? <span className="muted"> ({t('assessments.history.pair', { pair: item.levelPair.replace('-', '–') })})</span> : null}
                  {item.corrected ? <span className="badge">{t('assessments.history.corrected')}</span> : null}
                </td>
                <td>{t(`assessments.sources.${item.source}`)}</td>
                <td>
                  {item.lessons.map((lesson) => (
                    <span key={lesson.id} className="evidence-item" dir="auto">{formatDate(lesson.date, language)} · {lesson.title}</span>
                  ))}
                  {item.materialIds.length > 0 ? <span className="evidence-item">{t('assessments.history.materialCount', { count: item.materialIds.length })}</span> : null}
                  {item.comment ? <span className="evidence-item" dir="auto">{item.comment}</span> : null}
                </td>
                <td dir="auto">{item.recordedByName ?? '—'}</td>
                <td className="level-history__actions">
                  <button type="button" className="button button--small" onClick={() => setCorrecting(item)}>
                    {t('assessments.history.correct')}
                  </button>
                  {item.source !== 'official' ? (
                    <button
                      type="button"
                      className="button button--small button--danger"
                      onClick={() => void remove(item.id, t('assessments.history.deleted', { level: levelText(item.level) }))}
                    >
                      {t('common.delete')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {correcting ? <CorrectLevelDialog assessment={correcting} onClose={() => setCorrecting(null)} /> : null}
    </section>
  );
}
