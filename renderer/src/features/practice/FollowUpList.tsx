import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FollowUpListProps<T extends { id: string }> {
  items: readonly T[];
  /** The row's heading, e.g. «Statusmøte 20.11.2026». */
  title: (item: T) => string;
  summary: (item: T) => ReactNode;
  editor: (item: T) => ReactNode;
  /** Extra buttons beside edit and delete (print, say). */
  actions?: (item: T) => ReactNode;
  removeLabel: (item: T) => string;
  onRemove: (item: T) => void;
  /** The row open for editing: the one just created, or the one the user opened. */
  openId: string | null;
  onOpen: (id: string | null) => void;
  empty: string;
}

/**
 * Dated follow-up rows (meetings, visits, buddy tasks): each reads as a short summary and
 * opens in place for editing, one at a time, so the open editor is the one undo answers.
 */
export function FollowUpList<T extends { id: string }>(props: FollowUpListProps<T>) {
  const { t } = useTranslation();
  const { items, openId, onOpen } = props;
  if (items.length === 0) return <p className="muted">{props.empty}</p>;
  return (
    <ul className="follow-up-list">
      {items.map((item) => {
        const open = item.id === openId;
        return (
          <li key={item.id} className={open ? 'follow-up-item follow-up-item--open' : 'follow-up-item'}>
            <div className="follow-up-item__head">
              <h3 dir="auto">{props.title(item)}</h3>
              <div className="button-row">
                <button type="button" className="button button--small" aria-expanded={open} onClick={() => onOpen(open ? null : item.id)}>
                  {open ? t('common.close') : t('followUp.edit')}
                  <span className="visually-hidden">: {props.title(item)}</span>
                </button>
                {props.actions?.(item)}
                <button type="button" className="button button--small button--danger" onClick={() => props.onRemove(item)}>
                  {props.removeLabel(item)}
                </button>
              </div>
            </div>
            {open ? props.editor(item) : props.summary(item)}
          </li>
        );
      })}
    </ul>
  );
}

/** One labelled line of a summary; left out when empty. */
export function SummaryLine({ label, text }: { label: string; text: string }) {
  if (!text) return null;
  return (
    <p className="follow-up-item__line">
      <strong>{label}:</strong> <span dir="auto">{text}</span>
    </p>
  );
}
