import type { MethodInput } from '../../../../shared/api/contract';
import type { PrintMethod } from '../../../../shared/api/print-names';
import { usePrint } from '../week/use-print';

interface PrintButtonProps<M extends PrintMethod> {
  label: string;
  /** A fuller name for screen readers when several print buttons share the visible label. */
  ariaLabel?: string;
  method: M;
  input: MethodInput<M>;
  /** Saves pending edits first, so the printout shows what is on screen. */
  beforePrint?: () => Promise<void>;
}

/** One document to print, with its status (working, saved, downloaded, failed) read out beside the button. */
export function PrintButton<M extends PrintMethod>({ label, ariaLabel, method, input, beforePrint }: PrintButtonProps<M>) {
  const { print, state, statusText } = usePrint();
  return (
    <div className="print-button">
      <button
        type="button"
        className="button"
        aria-label={ariaLabel}
        disabled={state.kind === 'working'}
        onClick={() => void (beforePrint ? beforePrint() : Promise.resolve()).then(() => print(method, input))}
      >
        {label}
      </button>
      <span className={state.kind === 'failed' ? 'print-button__status warning-text' : 'print-button__status muted'} role="status">
        {statusText}
      </span>
    </div>
  );
}
