import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { apiChannel } from '../../../shared/api/contract';
import { fail, ok, type Result } from '../../../shared/result';
import {
  checkCall,
  handleApiInvoke,
  isTrustedSender,
  registerApiIpc,
  type ForwardCall,
  type SenderEvent,
} from '../../../electron/main/ipc';
import { FakeFrame, FakeWebContents } from './fake-electron';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake);

const ownContents = new Set<unknown>();
const isOwn = (contents: WebContents): boolean => ownContents.has(contents);

/** An invoke event from the main frame of one of our windows showing `url`. */
function eventFrom(url = 'app://sprakbro/index.html'): { event: SenderEvent; contents: FakeWebContents } {
  const contents = new FakeWebContents(url);
  ownContents.add(contents);
  const event = { sender: contents, senderFrame: contents.mainFrame } as unknown as SenderEvent;
  return { event, contents };
}

const withFrame = (contents: FakeWebContents, frame: FakeFrame | null): SenderEvent =>
  ({ sender: contents, senderFrame: frame }) as unknown as SenderEvent;

const validStaff = { name: 'Kari Nordmann', role: 'teacher', positionPercent: 100 };

describe('isTrustedSender', () => {
  it('trusts the main frame of our own window on app://sprakbro/', () => {
    expect(isTrustedSender(eventFrom().event, isOwn)).toBe(true);
    expect(isTrustedSender(eventFrom('app://sprakbro/courses/1').event, isOwn)).toBe(true);
  });

  it('refuses an event without a sender frame', () => {
    const { contents } = eventFrom();
    expect(isTrustedSender(withFrame(contents, null), isOwn)).toBe(false);
  });

  it('refuses a detached frame', () => {
    const { contents } = eventFrom();
    contents.mainFrame.detached = true;
    expect(isTrustedSender(withFrame(contents, contents.mainFrame), isOwn)).toBe(false);
  });

  it('refuses a subframe, even one on our own origin', () => {
    const { contents } = eventFrom();
    const child = new FakeFrame('app://sprakbro/index.html', contents.mainFrame);
    expect(isTrustedSender(withFrame(contents, child), isOwn)).toBe(false);
  });

  it('refuses a top-level frame that is not the main frame of the sending webContents', () => {
    const { contents } = eventFrom();
    const other = new FakeFrame('app://sprakbro/index.html');
    expect(isTrustedSender(withFrame(contents, other), isOwn)).toBe(false);
  });

  it('refuses a webContents we did not create', () => {
    const stranger = new FakeWebContents('app://sprakbro/index.html');
    expect(isTrustedSender(withFrame(stranger, stranger.mainFrame), isOwn)).toBe(false);
  });

  it.each([
    'https://example.com/',
    'file:///srv/user/evil.html',
    'app://other/index.html',
    'app://sprakbro.evil/index.html',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    '',
  ])('refuses our window once its main frame shows %s', (url) => {
    expect(isTrustedSender(eventFrom(url).event, isOwn)).toBe(false);
  });

  it('refuses a sender whose frame cannot be read any more', () => {
    const { contents } = eventFrom();
    const event = {
      sender: contents,
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    } as unknown as SenderEvent;
    expect(isTrustedSender(event, isOwn)).toBe(false);
  });
});

describe('checkCall', () => {
  it.each(['nope', 'staff.nope', '', 42, null, undefined, {}, 'toString', 'constructor', '__proto__', 'hasOwnProperty'])(
    'refuses the method name %s',
    (method) => {
      expect(checkCall(method, {})).toEqual(fail('unknown_method'));
    },
  );

  it('refuses invalid input with field issues', () => {
    const result = checkCall('staff.create', { ...validStaff, name: '', positionPercent: 150 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'name', code: 'required' }),
        expect.objectContaining({ path: 'positionPercent', code: 'tooBig' }),
      ]),
    );
  });

  it('refuses unexpected fields and wrong types', () => {
    const extra = checkCall('app.info', { admin: true });
    expect(extra.ok ? undefined : extra.error.code).toBe('validation');
    const wrongType = checkCall('staff.get', 'not an object');
    expect(wrongType.ok ? undefined : wrongType.error.code).toBe('validation');
  });

  it('tells a wrong type apart from a missing value, as core does', () => {
    const result = checkCall('staff.create', { role: 'teacher', positionPercent: 'full' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        issues: expect.arrayContaining([
          expect.objectContaining({ path: 'name', code: 'required' }),
          expect.objectContaining({ path: 'positionPercent', code: 'invalidType' }),
        ]),
      },
    });
  });

  it('passes a valid call through with the original input', () => {
    const input = { ...validStaff };
    expect(checkCall('staff.create', input)).toEqual({ ok: true, method: 'staff.create', input });
    expect(checkCall('app.info', undefined)).toEqual({ ok: true, method: 'app.info', input: undefined });
  });
});

describe('handleApiInvoke', () => {
  const deps = (answer: ForwardCall = async () => ok(null)) => {
    const forward = vi.fn(answer);
    return { forward, isOwnWebContents: isOwn };
  };

  it('answers forbidden to a foreign sender without reaching core', async () => {
    const d = deps();
    const stranger = new FakeWebContents();
    const result = await handleApiInvoke(withFrame(stranger, stranger.mainFrame), 'app.info', {}, d);
    expect(result).toEqual(fail('forbidden'));
    expect(d.forward).not.toHaveBeenCalled();
  });

  it('answers forbidden to our window once it shows a non-app URL', async () => {
    const d = deps();
    const result = await handleApiInvoke(eventFrom('https://example.com/').event, 'app.info', {}, d);
    expect(result).toEqual(fail('forbidden'));
    expect(d.forward).not.toHaveBeenCalled();
  });

  it('answers an unknown method before reaching core', async () => {
    const d = deps();
    expect(await handleApiInvoke(eventFrom().event, 'db.dropEverything', {}, d)).toEqual(fail('unknown_method'));
    expect(d.forward).not.toHaveBeenCalled();
  });

  it('answers invalid input before reaching core', async () => {
    const d = deps();
    const result = await handleApiInvoke(eventFrom().event, 'staff.create', { name: 'x' }, d);
    expect(result.ok ? undefined : result.error.code).toBe('validation');
    expect(d.forward).not.toHaveBeenCalled();
  });

  it('forwards a valid call and returns core’s envelope', async () => {
    const answer: Result<unknown> = ok({ id: 'abc' });
    const d = deps(async () => answer);
    const result = await handleApiInvoke(eventFrom().event, 'staff.create', validStaff, d);
    expect(d.forward).toHaveBeenCalledTimes(1);
    expect(d.forward).toHaveBeenCalledWith('staff.create', validStaff);
    expect(result).toBe(answer);
  });

  it('passes core’s failures through unchanged', async () => {
    const d = deps(async () => fail('database_newer', undefined, { found: 9, known: 1 }));
    expect(await handleApiInvoke(eventFrom().event, 'app.info', {}, d)).toEqual(
      fail('database_newer', undefined, { found: 9, known: 1 }),
    );
  });

  it('turns a throwing forward into an internal error instead of a rejected invoke', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const d = deps(async () => Promise.reject(new Error('boom')));
    expect(await handleApiInvoke(eventFrom().event, 'app.info', {}, d)).toEqual(fail('internal'));
    errors.mockRestore();
  });
});

describe('registerApiIpc', () => {
  it('handles the api channel with the sender and input checks', async () => {
    const forward = vi.fn<ForwardCall>(async () => ok('value'));
    registerApiIpc({ forward, isOwnWebContents: isOwn });
    expect(fake.ipcMain.handle).toHaveBeenCalledWith(apiChannel, expect.any(Function));
    const handler = fake.ipcHandlers.get(apiChannel);
    expect(await handler?.(eventFrom().event, 'app.info', {})).toEqual(ok('value'));
    const stranger = new FakeWebContents();
    expect(await handler?.(withFrame(stranger, stranger.mainFrame), 'app.info', {})).toEqual(fail('forbidden'));
    expect(forward).toHaveBeenCalledTimes(1);
  });
});
