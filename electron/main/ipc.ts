import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { apiChannel, contract, isMethodName, type MethodName } from '../../shared/api/contract';
import { fail, type ApiError, type Result } from '../../shared/result';
import { toFieldIssues } from '../../shared/validation';
import { isAppUrl } from './app-origin';

/** Sends a checked call on to core and resolves with its envelope. */
export type ForwardCall = (method: MethodName, input: unknown) => Promise<Result<unknown>>;

export interface ApiIpcDeps {
  forward: ForwardCall;
  /** True for the webContents of windows we created (see window.ts). */
  isOwnWebContents: (contents: WebContents) => boolean;
}

/** The parts of an invoke event the sender check reads. */
export type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/**
 * Only the top frame of one of our windows, showing one of our pages, may call the API.
 * That shuts out iframes (even same-origin ones), frames that navigated away or were torn
 * down while the message was in flight, and any webContents we did not create.
 */
export function isTrustedSender(event: SenderEvent, isOwn: (contents: WebContents) => boolean): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame || frame.detached) return false;
    if (frame.parent !== null) return false;
    const contents = event.sender;
    if (!isOwn(contents)) return false;
    const main = contents.mainFrame;
    if (main.frameToken !== frame.frameToken || main.processId !== frame.processId) return false;
    return isAppUrl(frame.url);
  } catch {
    // Reading a frame of a destroyed webContents throws; such a sender is not trusted.
    return false;
  }
}

export type CheckedCall = { ok: true; method: MethodName; input: unknown } | { ok: false; error: ApiError };

/**
 * Checks a call before it crosses into core: known method, input matching the contract.
 * Core checks both again; doing it here too means garbage never reaches the process that
 * holds the database. The original input is forwarded, not the parsed one, so core's own
 * parse sees exactly what the renderer sent (transforms need not be idempotent).
 */
export function checkCall(method: unknown, input: unknown): CheckedCall {
  if (!isMethodName(method)) return fail('unknown_method');
  // Same reading as core's dispatch, so main and core report identical issues.
  const given = input ?? {};
  const parsed = contract[method].input.safeParse(given);
  if (!parsed.success) return fail('validation', toFieldIssues(parsed.error, given));
  return { ok: true, method, input };
}

/** One API call from the renderer, start to end. Never throws: every outcome is an envelope. */
export async function handleApiInvoke(
  event: SenderEvent,
  method: unknown,
  input: unknown,
  deps: ApiIpcDeps,
): Promise<Result<unknown>> {
  if (!isTrustedSender(event, deps.isOwnWebContents)) return fail('forbidden');
  const checked = checkCall(method, input);
  if (!checked.ok) return checked;
  try {
    return await deps.forward(checked.method, checked.input);
  } catch (error) {
    console.error(`API call ${checked.method} failed in main`, error);
    return fail('internal');
  }
}

/** Installs the single IPC handler the preload talks to. */
export function registerApiIpc(deps: ApiIpcDeps): void {
  ipcMain.handle(apiChannel, (event, method: unknown, input: unknown) => handleApiInvoke(event, method, input, deps));
}
