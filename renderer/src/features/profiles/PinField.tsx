import { useId, type Ref } from 'react';

interface PinFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  name?: string;
}

/** A masked PIN: digits only (others are dropped as typed), the number pad on touch screens. */
export function PinField({ label, value, onChange, error, autoFocus = false, inputRef, name = 'pin' }: PinFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        name={name}
        className="pin-input"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={8}
        // On the start and lock screens the PIN is the only thing to do.
        autoFocus={autoFocus}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange(event.target.value.replace(/\D/gu, '').slice(0, 8))}
      />
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
