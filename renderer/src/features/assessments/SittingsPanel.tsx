import { useTranslation } from 'react-i18next';
import type { Sitting } from '../../../../shared/domain/assessments';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../i18n/use-ui-language';
import { useUndoableDelete } from '../../ui/use-undoable-delete';
import { NewSittingForm } from './NewSittingForm';
import { useLevelText } from './use-level-text';

/** «Norskprøven»: each sitting with the sub-tests taken; the standing per part is the best over all of them. */
export function SittingsPanel({ participantId, sittings }: { participantId: string; sittings: readonly Sitting[] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const levelText = useLevelText();
  const remove = useUndoableDelete('norskproven');
  return (
    <section aria-labelledby="sittings-heading">
      <h3 id="sittings-heading">{t('assessments.sittings.title')}</h3>
      {sittings.length === 0 ? <p className="muted">{t('assessments.sittings.empty')}</p> : null}
      {sittings.length > 0 ? (
        <ul className="plain-list sittings">
          {[...sittings].reverse().map((sitting) => (
            <li key={sitting.id} className="plain-list__row sitting">
              <div>
                <strong>{formatDate(sitting.date, language)}</strong> · {t(`assessments.tests.${sitting.test}`)}
                {sitting.note ? <span className="muted" dir="auto"> · {sitting.note}</span> : null}
                <ul className="sitting__results">
                  {sitting.results.map((result) => (
                    <li key={result.assessmentId}>
                      {t(`assessments.parts.${result.part}`)}: <strong>{levelText(result.level)}</strong>
                      {result.levelPair ? <span className="muted"> ({t('assessments.history.pair', { pair: result.levelPair.replace('-', '–') })})</span> : null}
                      {result.corrected ? <span className="badge">{t('assessments.history.corrected')}</span> : null}
                    </li>
                  ))}
                </ul>
              </div>
              <button
                type="button"
                className="button button--small button--danger"
                onClick={() => void remove(sitting.id, t('assessments.sittings.deleted', { date: formatDate(sitting.date, language) }))}
              >
                {t('common.delete')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <NewSittingForm participantId={participantId} />
    </section>
  );
}
