import { useTranslation } from 'react-i18next';
import { practiceTrades, type PracticeTrade } from '../../../../shared/domain/practice';
import type { FieldControlProps } from '../../ui/Field';

interface TradeSelectProps extends FieldControlProps {
  value: PracticeTrade | null;
  onChange: (trade: PracticeTrade | null) => void;
  /** The text of the empty choice: «Alle bransjer» in a filter, «Ingen bransje» on a site. */
  emptyLabel: string;
}

/** A trade from the goal catalogue's list, or none. */
export function TradeSelect({ value, onChange, emptyLabel, ...control }: TradeSelectProps) {
  const { t } = useTranslation();
  return (
    <select
      {...control}
      value={value ?? ''}
      onChange={(event) => onChange((practiceTrades.find((trade) => trade === event.target.value) ?? null))}
    >
      <option value="">{emptyLabel}</option>
      {practiceTrades.map((trade) => (
        <option key={trade} value={trade}>
          {t(`goals.trades.${trade}`)}
        </option>
      ))}
    </select>
  );
}
