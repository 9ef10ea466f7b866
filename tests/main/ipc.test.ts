import { describe, expect, it, vi } from 'vitest';
import { IPC } from '../../src-shared/bridge/ipc-channels';
import { registerIpcHandlers, sendShellEvent, senderProblem, type IpcHandlers, type IpcMainLike, type IpcSenderEvent } from '../../src-main/ipc';
import { fakeLog } from './fakes';

type Listener = (event: IpcSenderEvent, ...args: unknown[]) => unknown;

const top = (url = 'app://kiosk/index.html'): IpcSenderEvent => ({ senderFrame: { url, parent: null } });
const sub = (url = 'app://kiosk/index.html'): IpcSenderEvent => ({ senderFrame: { url, parent: { url } } });

const job = { language: 'vi', title: 'Biên nhận', reference: 'AB7K9QX2', lines: [{ label: 'Thủ tục', value: 'Khai sinh' }] };
const info = {
  appName: 'mot-cua-kiosk', appVersion: '0.1.0', host: 'electron', platform: 'linux', kioskName: 'K', wardName: 'W',
  wardCode: '00103', displayMode: 'kiosk', defaultLanguage: 'vi',
} as const;

function setup(now = () => 0) {
  const invokes = new Map<string, Listener>();
  const sends = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => void invokes.set(channel, listener),
    on: (channel, listener) => sends.set(channel, listener),
    removeHandler: (channel) => void invokes.delete(channel),
    removeListener: (channel) => sends.delete(channel),
  };
  const handlers = {
    getInfo: vi.fn(() => info),
    getConfig: vi.fn(async () => ({ kioskName: 'K' }) as never),
    printReceipt: vi.fn(async () => ({ ok: true }) as const),
    setServerUrl: vi.fn(async () => ({ ok: true }) as const),
    log: vi.fn(),
  } satisfies IpcHandlers;
  const { log, calls } = fakeLog();
  const unregister = registerIpcHandlers({ ipcMain, appOrigin: 'app://kiosk', handlers, log, logLinesPerMinute: 5, now });
  const invoke = (channel: string, event: IpcSenderEvent, ...args: unknown[]) => Promise.resolve(invokes.get(channel)!(event, ...args));
  const send = (event: IpcSenderEvent, ...args: unknown[]) => sends.get(IPC.log)!(event, ...args);
  return { invokes, sends, handlers, calls, invoke, send, unregister };
}

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels', () => {
    const { invokes, sends, unregister } = setup();
    expect([...invokes.keys()].sort()).toEqual([IPC.getConfig, IPC.getInfo, IPC.printReceipt, IPC.setServerUrl].sort());
    expect([...sends.keys()]).toEqual([IPC.log]);
    unregister();
    expect(invokes.size + sends.size).toBe(0);
  });

  it('a valid call from our top frame returns the handler value', async () => {
    const { invoke, handlers } = setup();
    await expect(invoke(IPC.getInfo, top())).resolves.toEqual(info);
    await expect(invoke(IPC.printReceipt, top(), job)).resolves.toEqual({ ok: true });
    expect(handlers.getInfo).toHaveBeenCalledWith();
  });

  it('hands the handler the parsed values only, never the event', async () => {
    const { invoke, handlers } = setup();
    await invoke(IPC.printReceipt, top(), { ...job, title: '  Biên nhận\u0000 ' });
    const [arg, ...rest] = handlers.printReceipt.mock.calls[0] as unknown[];
    expect(rest).toEqual([]);
    expect(arg).toEqual({ ...job, title: 'Biên nhận', footer: [] });
    expect(arg).not.toHaveProperty('senderFrame');
  });

  it('rejects bad and extra arguments without calling the handler, logging no values', async () => {
    const { invoke, handlers, calls } = setup();
    await expect(invoke(IPC.printReceipt, top())).rejects.toThrow('invalid arguments');
    await expect(invoke(IPC.printReceipt, top(), { ...job, reference: 'bad ref' })).rejects.toThrow('invalid arguments');
    await expect(invoke(IPC.printReceipt, top(), { ...job, extra: 1 })).rejects.toThrow('invalid arguments');
    await expect(invoke(IPC.printReceipt, top(), job, 'extra')).rejects.toThrow('invalid arguments');
    await expect(invoke(IPC.getInfo, top(), 'extra')).rejects.toThrow('invalid arguments');
    expect(handlers.printReceipt).not.toHaveBeenCalled();
    expect(handlers.getInfo).not.toHaveBeenCalled();
    expect(JSON.stringify(calls)).not.toContain('bad ref');
    expect(calls.every((c) => c.message === 'ipc call with invalid arguments')).toBe(true);
  });

  it.each([
    ['a foreign origin', top('https://evil.example/')],
    ['a lookalike origin', top('app://kiosk.evil/')],
    ['userinfo trick', top('app://kiosk@evil/')],
    ['a subframe of our page', sub()],
    ['a missing senderFrame', { senderFrame: null }],
    ['a senderFrame getter that throws', Object.defineProperty({}, 'senderFrame', { get: () => { throw new Error('disposed'); } })],
  ])('refuses invoke calls from %s', async (_name, event) => {
    const { invoke, handlers, calls } = setup();
    await expect(invoke(IPC.getInfo, event as IpcSenderEvent)).rejects.toThrow('forbidden');
    await expect(invoke(IPC.printReceipt, event as IpcSenderEvent, job)).rejects.toThrow('forbidden');
    await expect(invoke(IPC.setServerUrl, event as IpcSenderEvent, 'https://evil.example')).rejects.toThrow('forbidden');
    expect(handlers.getInfo).not.toHaveBeenCalled();
    expect(handlers.printReceipt).not.toHaveBeenCalled();
    expect(handlers.setServerUrl).not.toHaveBeenCalled();
    expect(calls[0]).toMatchObject({ level: 'warn', message: 'ipc call refused' });
  });

  it('kiosk:set-server-url: hands the handler the address as a bare origin, refuses anything else', async () => {
    const { invoke, handlers } = setup();
    await expect(invoke(IPC.setServerUrl, top(), ' https://MotCua.Example.VN:8443/ ')).resolves.toEqual({ ok: true });
    expect(handlers.setServerUrl.mock.calls).toEqual([['https://motcua.example.vn:8443']]);
    for (const bad of ['javascript:alert(1)', 'https://a.vn/path', "https://a.vn; connect-src *", 42, undefined]) {
      await expect(invoke(IPC.setServerUrl, top(), bad)).rejects.toThrow('invalid arguments');
    }
    await expect(invoke(IPC.setServerUrl, top(), 'https://a.vn', 'extra')).rejects.toThrow('invalid arguments');
    expect(handlers.setServerUrl).toHaveBeenCalledTimes(1);
  });

  it('hides handler errors behind a generic one', async () => {
    const { invoke, handlers, calls } = setup();
    handlers.getInfo.mockImplementation(() => {
      throw new Error('ENOENT /home/kiosk/secret/path');
    });
    await expect(invoke(IPC.getInfo, top())).rejects.toThrow(/^failed$/);
    expect(calls[0]).toMatchObject({ level: 'error', message: 'ipc handler failed' });
  });

  it('kiosk:log: accepts valid entries from our top frame, ignores the rest', () => {
    const { send, handlers, calls } = setup();
    send(top(), { level: 'info', message: 'screen shown', context: { screen: 'home' } });
    expect(handlers.log).toHaveBeenCalledWith({ level: 'info', message: 'screen shown', context: { screen: 'home' } });
    send(top('https://evil.example/'), { level: 'info', message: 'x' });
    send(sub(), { level: 'info', message: 'x' });
    send({ senderFrame: null }, { level: 'info', message: 'x' });
    send(top(), { level: 'fatal', message: 'x' });
    send(top(), { level: 'info', message: 'x' }, 'extra');
    send(top());
    expect(handlers.log).toHaveBeenCalledTimes(1);
    expect(calls.map((c) => c.message)).toEqual([
      'ipc message refused',
      'ipc message refused',
      'ipc message refused',
      'ipc message with invalid arguments',
      'ipc message with invalid arguments',
      'ipc message with invalid arguments',
    ]);
  });

  it('kiosk:log: drops a flood beyond the per-minute limit and reports it', () => {
    let t = 0;
    const { send, handlers, calls } = setup(() => t);
    for (let i = 0; i < 20; i++) send(top(), { level: 'debug', message: `m${i}` });
    expect(handlers.log).toHaveBeenCalledTimes(5);
    t = 60_000;
    send(top(), { level: 'debug', message: 'later' });
    expect(handlers.log).toHaveBeenCalledTimes(6);
    expect(calls).toContainEqual(expect.objectContaining({ message: 'renderer log lines dropped', context: { dropped: 15 } }));
  });
});

describe('senderProblem', () => {
  it('names the reason', () => {
    expect(senderProblem(top(), 'app://kiosk')).toBeNull();
    expect(senderProblem(sub(), 'app://kiosk')).toBe('subframe');
    expect(senderProblem(top('https://x/'), 'app://kiosk')).toBe('foreign origin');
    expect(senderProblem({ senderFrame: null }, 'app://kiosk')).toBe('no sender frame');
    expect(senderProblem(undefined, 'app://kiosk')).toBe('no sender frame');
  });
});

describe('sendShellEvent', () => {
  const target = () => ({ isDestroyed: vi.fn(() => false), send: vi.fn() });
  it('sends valid events on kiosk:shell-event', () => {
    const t = target();
    expect(sendShellEvent(t, { type: 'resume' })).toBe(true);
    expect(t.send).toHaveBeenCalledWith(IPC.shellEvent, { type: 'resume' });
  });
  it('drops invalid events and destroyed or missing targets', () => {
    const t = target();
    expect(sendShellEvent(t, { type: 'reboot' } as never)).toBe(false);
    expect(sendShellEvent(t, { type: 'resume', extra: 1 } as never)).toBe(false);
    expect(t.send).not.toHaveBeenCalled();
    expect(sendShellEvent({ isDestroyed: () => true, send: vi.fn() }, { type: 'resume' })).toBe(false);
    expect(sendShellEvent(null, { type: 'resume' })).toBe(false);
  });
});
