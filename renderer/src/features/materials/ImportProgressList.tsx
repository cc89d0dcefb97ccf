import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorText } from '../../i18n/use-error-text';
import { isFinished, type ImportItem } from './import-queue';
import { materialTitle } from './MaterialThumb';
import { useMaterialImports } from './use-material-imports';

const rejectReasons = ['empty', 'tooLarge', 'unsupportedType', 'corrupt', 'unreadable'] as const;
type RejectReason = (typeof rejectReasons)[number];
const isRejectReason = (value: unknown): value is RejectReason => rejectReasons.includes(value as RejectReason);

function ItemState({ item }: { item: ImportItem }) {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const { state } = item;
  switch (state.status) {
    case 'waiting':
      return <span className="muted">{t('materials.import.waiting')}</span>;
    case 'sending':
      return (
        <span className="import-list__sending">
          <progress max={100} value={state.percent} aria-label={t('materials.import.progressLabel', { name: item.name })} />
          <span>{t('materials.import.sending', { percent: state.percent })}</span>
        </span>
      );
    case 'done':
      return (
        <span>
          <span aria-hidden="true">✓ </span>
          {t('materials.import.done')} · <Link to={`/materials/${state.material.id}`}>{t('materials.import.open')}</Link>
        </span>
      );
    case 'duplicate':
      return (
        <span>
          <span aria-hidden="true">≡ </span>
          {t('materials.import.duplicate')} ·{' '}
          <Link to={`/materials/${state.material.id}`}>
            <bdi dir="auto">{materialTitle(state.material)}</bdi>
          </Link>
        </span>
      );
    case 'refused': {
      const reason = state.error.params?.reason;
      const limitMb = state.error.params?.limitMb;
      const text =
        state.error.code !== 'file_rejected' || !isRejectReason(reason)
          ? errorText(state.error)
          : reason === 'tooLarge' && typeof limitMb === 'number'
            ? t('materials.import.refused.tooLargeLimit', { limitMb })
            : t(`materials.import.refused.${reason}`);
      return (
        <span className="import-list__refused">
          <span aria-hidden="true">✕ </span>
          {t('materials.import.refusedPrefix')} {text}
        </span>
      );
    }
    case 'cancelled':
      return <span className="muted">{t('materials.import.cancelled')}</span>;
  }
}

/**
 * One line per file being imported, with what happened to it; cancel the rest, clear the
 * finished. On a participant's page only that participant's files are listed.
 */
export function ImportProgressList({ participantId }: { participantId?: string | undefined }) {
  const { t } = useTranslation();
  const { items: all, queue } = useMaterialImports();
  const mine = (item: ImportItem) => participantId === undefined || item.participantId === participantId;
  const items = all.filter(mine);
  if (items.length === 0) return null;
  const finishedCount = items.filter(isFinished).length;
  const waiting = items.some((item) => item.state.status === 'waiting');
  return (
    <section className="card import-list" aria-label={t('materials.import.listTitle')}>
      <div className="import-list__head">
        <h2>{t('materials.import.listTitle')}</h2>
        <p role="status" className="muted">
          {t('materials.import.summary', { done: finishedCount, count: items.length })}
        </p>
        <div className="button-row">
          {waiting ? (
            <button type="button" className="button button--small" onClick={() => queue.cancel(mine)}>
              {t('materials.import.cancelRest')}
            </button>
          ) : null}
          {finishedCount > 0 ? (
            <button type="button" className="button button--small" onClick={() => queue.clearFinished(mine)}>
              {t('materials.import.clearFinished')}
            </button>
          ) : null}
        </div>
      </div>
      <ul className="import-list__items">
        {items.map((item) => (
          <li key={item.key} className={`import-list__item import-list__item--${item.state.status}`}>
            <bdi dir="auto" className="import-list__name">
              {item.name}
            </bdi>
            <ItemState item={item} />
          </li>
        ))}
      </ul>
    </section>
  );
}
