import type { WebContents } from 'electron';
import { describeUrl, isSameOrigin } from './app-origin';
import type { Log } from './logger';

/**
 * Keeps a web contents on our own origin: no navigation, redirect or frame navigation elsewhere, no new
 * windows, no <webview>. Applied to every web contents the app creates.
 */

export interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

/** The part of Electron's WebContents this module uses (real WebContents satisfy it). */
export interface LockableContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler: WebContents['setWindowOpenHandler'];
}

export interface NavigationGuardOptions {
  appOrigin: string;
  log: Log;
}

const locked = new WeakSet<object>();

export function lockNavigation(contents: LockableContents, { appOrigin, log }: NavigationGuardOptions): void {
  if (locked.has(contents)) return;
  locked.add(contents);

  const guard = (kind: string) => (event: NavigationEvent) => {
    if (isSameOrigin(event.url, appOrigin)) return;
    event.preventDefault();
    log('warn', `blocked ${kind}`, { target: describeUrl(event.url) });
  };
  contents.on('will-navigate', guard('navigation'));
  contents.on('will-redirect', guard('redirect'));
  contents.on('will-frame-navigate', guard('frame navigation'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('warn', 'blocked webview');
  });
  contents.setWindowOpenHandler((details) => {
    log('warn', 'blocked window.open', { target: describeUrl(details.url) });
    return { action: 'deny' };
  });
}
