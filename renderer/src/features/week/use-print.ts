import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../shared/api/contract';
import type { PrintMethod } from '../../../../shared/api/print-names';
import type { ApiError } from '../../../../shared/result';
import { transport } from '../../api/transport';
import { useErrorText } from '../../i18n/use-error-text';

export type PrintState = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; text: string } | { kind: 'failed'; error: ApiError };

/**
 * Prints one document through the transport: Electron saves it where the user chooses,
 * browser mode downloads it. The same code for both; only the wording of "done" differs.
 */
export function usePrint() {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const [state, setState] = useState<PrintState>({ kind: 'idle' });
  const print = useCallback(
    async <M extends PrintMethod>(method: M, input: MethodInput<M>) => {
      setState({ kind: 'working' });
      const result = await transport.print(method, input);
      if (!result.ok) {
        setState({ kind: 'failed', error: result.error });
        return;
      }
      const { saved, fileName } = result.value;
      const key = !saved ? 'printing.status.notSaved' : window.api ? 'printing.status.saved' : 'printing.status.downloaded';
      setState({ kind: 'done', text: t(key, { fileName }) });
    },
    [t],
  );
  const statusText =
    state.kind === 'working' ? t('printing.status.working') : state.kind === 'done' ? state.text : state.kind === 'failed' ? errorText(state.error) : '';
  return { print, state, statusText };
}
