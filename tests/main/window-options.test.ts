import { describe, expect, it, vi } from 'vitest';
import { buildWindowOptions, hardenWebContents, type HardenableContents } from '../../src-main/window-options';
import { FakeEmitter, fakeEvent, fakeLog } from './fakes';

const preloadPath = '/opt/kiosk/resources/app.asar/preload.cjs';

describe('buildWindowOptions', () => {
  it('locks down the renderer in both modes', () => {
    for (const displayMode of ['kiosk', 'windowed'] as const) {
      const prefs = buildWindowOptions({ displayMode, preloadPath }).webPreferences!;
      expect(prefs).toMatchObject({
        preload: preloadPath,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        spellcheck: false,
        navigateOnDragDrop: false,
        enableWebSQL: false,
        safeDialogs: true,
      });
    }
  });

  it('kiosk mode: kiosk + fullscreen, no devtools, hidden until ready', () => {
    const o = buildWindowOptions({ displayMode: 'kiosk', preloadPath });
    expect(o).toMatchObject({ kiosk: true, fullscreen: true, show: false, autoHideMenuBar: true });
    expect(o.backgroundColor).toMatch(/^#/);
    expect(o.webPreferences!.devTools).toBe(false);
  });

  it('windowed mode: a 1280×900 resizable window with devtools', () => {
    const o = buildWindowOptions({ displayMode: 'windowed', preloadPath });
    expect(o).toMatchObject({ kiosk: false, fullscreen: false, width: 1280, height: 900, resizable: true, show: false });
    expect(o.webPreferences!.devTools).toBe(true);
  });
});

describe('hardenWebContents', () => {
  function setup(kioskMode: boolean, limits = vi.fn(async () => undefined)) {
    const contents = Object.assign(new FakeEmitter(), { setVisualZoomLevelLimits: limits });
    const { log, calls } = fakeLog();
    hardenWebContents(contents as unknown as HardenableContents, { kioskMode, log });
    return { contents, limits, calls };
  }

  it('turns pinch-zoom off after every load', () => {
    const { contents, limits } = setup(true);
    contents.emit('did-finish-load');
    contents.emit('did-finish-load');
    expect(limits).toHaveBeenCalledTimes(2);
    expect(limits).toHaveBeenCalledWith(1, 1);
  });

  it('logs instead of throwing when the zoom limit fails', async () => {
    const { contents, calls } = setup(true, vi.fn(async () => Promise.reject(new Error('destroyed'))));
    contents.emit('did-finish-load');
    await new Promise((r) => setTimeout(r, 0));
    expect(calls[0]).toMatchObject({ level: 'warn', message: 'could not limit zoom' });
  });

  it('filters keyboard input with the kiosk rules', () => {
    const { contents } = setup(true);
    const reload = fakeEvent();
    contents.emit('before-input-event', reload, { type: 'keyDown', key: 'F5', code: 'F5', control: false, meta: false, alt: false, shift: false });
    expect(reload.defaultPrevented).toBe(true);
    const typing = fakeEvent();
    contents.emit('before-input-event', typing, { type: 'keyDown', key: 'ă', code: 'Digit1', control: false, meta: false, alt: false, shift: false });
    expect(typing.defaultPrevented).toBe(false);
  });

  it('a page cannot trap unload (reload / error page must always work)', () => {
    const { contents } = setup(true);
    const e = fakeEvent();
    contents.emit('will-prevent-unload', e);
    expect(e.defaultPrevented).toBe(true);
  });

  it('in windowed mode lets reload through but not zoom', () => {
    const { contents } = setup(false);
    const reload = fakeEvent();
    contents.emit('before-input-event', reload, { type: 'keyDown', key: 'r', code: 'KeyR', control: true, meta: false, alt: false, shift: false });
    expect(reload.defaultPrevented).toBe(false);
    const zoom = fakeEvent();
    contents.emit('before-input-event', zoom, { type: 'keyDown', key: '=', code: 'Equal', control: true, meta: false, alt: false, shift: false });
    expect(zoom.defaultPrevented).toBe(true);
  });
});
