import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), send: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('electron', () => electron);

describe('preload', () => {
  it('exposes one bridge object as window.kiosk and nothing of ipcRenderer', async () => {
    await import('../../src-main/preload');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!;
    expect(key).toBe('kiosk');
    expect(Object.keys(api).sort()).toEqual(['getConfig', 'getInfo', 'log', 'onShellEvent', 'printReceipt', 'setServerUrl']);
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });
});
