import { describe, expect, it } from 'vitest';
import { lockNavigation, type LockableContents } from '../../src-main/navigation-guard';
import { FakeEmitter, fakeEvent, fakeLog } from './fakes';

type OpenHandler = Parameters<LockableContents['setWindowOpenHandler']>[0];

function setup() {
  const contents = new FakeEmitter() as FakeEmitter & { openHandler?: OpenHandler; setWindowOpenHandler(h: OpenHandler): void };
  contents.setWindowOpenHandler = (h) => {
    contents.openHandler = h;
  };
  const { log, calls } = fakeLog();
  lockNavigation(contents as unknown as LockableContents, { appOrigin: 'app://kiosk', log });
  return { contents, calls };
}

const EVENTS = ['will-navigate', 'will-redirect', 'will-frame-navigate'] as const;

describe('lockNavigation', () => {
  it.each(EVENTS)('%s: allows our own origin', (name) => {
    const { contents, calls } = setup();
    for (const url of ['app://kiosk/', 'app://kiosk/error.html?lang=vi&reason=crashed']) {
      const e = fakeEvent({ url });
      contents.emit(name, e);
      expect(e.defaultPrevented).toBe(false);
    }
    expect(calls).toHaveLength(0);
  });

  it.each(EVENTS)('%s: blocks every other origin, lookalikes included', (name) => {
    const { contents, calls } = setup();
    const urls = [
      'https://evil.example/',
      'http://localhost:5173/',
      'app://kiosk.evil/',
      'app://kiosk@evil/',
      'app://evil/app://kiosk/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<h1>x</h1>',
      'about:blank',
      'chrome://gpu',
    ];
    for (const url of urls) {
      const e = fakeEvent({ url });
      contents.emit(name, e);
      expect(e.defaultPrevented, url).toBe(true);
    }
    expect(calls).toHaveLength(urls.length);
    expect(calls[0]).toMatchObject({ level: 'warn', context: { target: 'https://evil.example' } });
  });

  it('denies window.open for any URL, our own included', () => {
    const { contents, calls } = setup();
    for (const url of ['https://evil.example/', 'app://kiosk/']) {
      const result = contents.openHandler!({ url } as Parameters<OpenHandler>[0]);
      expect(result).toEqual({ action: 'deny' });
    }
    expect(calls.map((c) => c.message)).toEqual(['blocked window.open', 'blocked window.open']);
  });

  it('prevents <webview> attachment', () => {
    const { contents } = setup();
    const e = fakeEvent();
    contents.emit('will-attach-webview', e, {}, { src: 'app://kiosk/' });
    expect(e.defaultPrevented).toBe(true);
  });

  it('locks a web contents once even when called twice', () => {
    const { contents } = setup();
    const { log } = fakeLog();
    lockNavigation(contents as unknown as LockableContents, { appOrigin: 'app://kiosk', log });
    expect(contents.count('will-navigate')).toBe(1);
  });
});
