import { isolate } from '../../../shared/domain/text-direction';
import type { FieldControlProps } from './Field';

export interface ChipOption {
  value: string;
  label: string;
  /** Shown after the label: a language's own name, or the languages an assistant covers. */
  detail?: string;
  /** Language of the detail text, so screen readers and fonts treat it right. */
  detailLang?: string;
}

export const optionText = (option: ChipOption): string =>
  option.detail ? `${isolate(option.label)} (${isolate(option.detail)})` : isolate(option.label);

interface ChipPickerProps extends FieldControlProps {
  value: readonly string[];
  options: readonly ChipOption[];
  onChange: (next: string[]) => void;
  addLabel: string;
  emptyText: string;
  removeLabel: (option: ChipOption) => string;
}

/** An ordered choice of several items: removable chips plus a select that adds one more. */
export function ChipPicker({ value, options, onChange, addLabel, emptyText, removeLabel, ...control }: ChipPickerProps) {
  const byValue = new Map(options.map((option) => [option.value, option]));
  const chosen = value.map((item) => byValue.get(item) ?? { value: item, label: item });
  const available = options.filter((option) => !value.includes(option.value));
  return (
    <div className="chip-picker">
      {chosen.length === 0 ? <p className="muted">{emptyText}</p> : null}
      <ul className="chips">
        {chosen.map((option) => (
          <li key={option.value} className="chip">
            <bdi dir="auto">{option.label}</bdi>
            {option.detail ? (
              <bdi className="chip__detail" dir="auto" lang={option.detailLang}>
                {option.detail}
              </bdi>
            ) : null}
            <button
              type="button"
              className="chip__remove"
              aria-label={removeLabel(option)}
              onClick={() => onChange(value.filter((item) => item !== option.value))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {available.length > 0 ? (
        <select
          {...control}
          value=""
          onChange={(event) => {
            if (event.target.value) onChange([...value, event.target.value]);
          }}
        >
          <option value="">{addLabel}</option>
          {available.map((option) => (
            <option key={option.value} value={option.value}>
              {optionText(option)}
            </option>
          ))}
        </select>
      ) : null}
    </div>
  );
}
