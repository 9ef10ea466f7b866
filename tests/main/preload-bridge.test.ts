import { describe, expect, it, vi } from 'vitest';
import { IPC } from '../../src-shared/bridge/ipc-channels';
import { createPreloadBridge, type IpcRendererLike } from '../../src-main/preload-bridge';
import { FakeEmitter } from './fakes';

const FAKE_EVENT = { sender: { send: () => undefined }, senderId: 0, ports: [] };

function fakeIpc() {
  const emitter = new FakeEmitter();
  const ipc = {
    invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined),
    send: vi.fn(),
    on: vi.fn((channel: string, l: (...a: unknown[]) => void) => emitter.on(channel, l)),
    removeListener: vi.fn((channel: string, l: (...a: unknown[]) => void) => emitter.removeListener(channel, l)),
  };
  return { ipc, emitter, bridge: createPreloadBridge(ipc as IpcRendererLike) };
}

const job = { language: 'vi' as const, title: 'Biên nhận', reference: 'AB7K9QX2', lines: [] };

describe('createPreloadBridge', () => {
  it('exposes exactly the KioskBridge methods', () => {
    expect(Object.keys(fakeIpc().bridge).sort()).toEqual(['getConfig', 'getInfo', 'log', 'onShellEvent', 'printReceipt', 'setServerUrl']);
  });

  it('invokes the contract channels', async () => {
    const { ipc, bridge } = fakeIpc();
    ipc.invoke.mockResolvedValueOnce({ appName: 'x' });
    await expect(bridge.getInfo()).resolves.toEqual({ appName: 'x' });
    await bridge.getConfig();
    ipc.invoke.mockResolvedValueOnce({ ok: true });
    await expect(bridge.printReceipt(job)).resolves.toEqual({ ok: true });
    expect(ipc.invoke.mock.calls).toEqual([[IPC.getInfo], [IPC.getConfig], [IPC.printReceipt, job]]);
  });

  it('printReceipt answers a PrintResult instead of throwing', async () => {
    const { ipc, bridge } = fakeIpc();
    await expect(bridge.printReceipt({ ...job, reference: 'no!' })).resolves.toEqual({ ok: false, reason: 'invalid' });
    expect(ipc.invoke).not.toHaveBeenCalled();
    ipc.invoke.mockRejectedValueOnce(new Error('forbidden'));
    await expect(bridge.printReceipt(job)).resolves.toEqual({ ok: false, reason: 'failed' });
  });

  it('setServerUrl refuses a bad address without asking main, and answers instead of throwing', async () => {
    const { ipc, bridge } = fakeIpc();
    await expect(bridge.setServerUrl('file:///etc/passwd')).resolves.toEqual({ ok: false, reason: 'invalid' });
    await expect(bridge.setServerUrl('https://user:pw@a.vn')).resolves.toEqual({ ok: false, reason: 'invalid' });
    expect(ipc.invoke).not.toHaveBeenCalled();
    ipc.invoke.mockResolvedValueOnce({ ok: true });
    await expect(bridge.setServerUrl('https://motcua.example.vn')).resolves.toEqual({ ok: true });
    expect(ipc.invoke).toHaveBeenLastCalledWith(IPC.setServerUrl, 'https://motcua.example.vn');
    ipc.invoke.mockRejectedValueOnce(new Error('forbidden'));
    await expect(bridge.setServerUrl('https://motcua.example.vn')).resolves.toEqual({ ok: false, reason: 'failed' });
  });

  it('log sends on kiosk:log and never throws', () => {
    const { ipc, bridge } = fakeIpc();
    bridge.log({ level: 'info', message: 'hello' });
    expect(ipc.send).toHaveBeenCalledWith(IPC.log, { level: 'info', message: 'hello' });
    ipc.send.mockImplementation(() => {
      throw new Error('An object could not be cloned');
    });
    expect(() => bridge.log({ level: 'info', message: 'x', context: { f: (() => 1) as never } })).not.toThrow();
  });

  it('shell-event listeners get the validated payload only, never the IPC event', () => {
    const { emitter, bridge } = fakeIpc();
    const listener = vi.fn();
    bridge.onShellEvent(listener);
    emitter.emit(IPC.shellEvent, FAKE_EVENT, { type: 'resume' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ type: 'resume' }]);
    expect(listener.mock.calls.flat()).not.toContain(FAKE_EVENT);
  });

  it('drops invalid shell-event payloads', () => {
    const { emitter, bridge } = fakeIpc();
    const listener = vi.fn();
    bridge.onShellEvent(listener);
    for (const payload of [undefined, null, 'resume', { type: 'reboot' }, { type: 'resume', cmd: 'rm -rf' }, FAKE_EVENT]) {
      emitter.emit(IPC.shellEvent, FAKE_EVENT, payload);
    }
    expect(listener).not.toHaveBeenCalled();
  });

  it('unsubscribe removes the listener (once), and a throwing listener does not break others', () => {
    const { ipc, emitter, bridge } = fakeIpc();
    const bad = vi.fn(() => {
      throw new Error('page bug');
    });
    const good = vi.fn();
    bridge.onShellEvent(bad);
    const off = bridge.onShellEvent(good);
    expect(() => emitter.emit(IPC.shellEvent, FAKE_EVENT, { type: 'suspend' })).not.toThrow();
    expect(good).toHaveBeenCalledTimes(1);
    off();
    off();
    expect(ipc.removeListener).toHaveBeenCalledTimes(1);
    emitter.emit(IPC.shellEvent, FAKE_EVENT, { type: 'resume' });
    expect(good).toHaveBeenCalledTimes(1);
  });
});
