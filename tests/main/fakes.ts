import { vi } from 'vitest';
import type { Log, LogLevel } from '../../src-main/logger';

/** A Log that records calls, for assertions. */
export function fakeLog() {
  const calls: { level: LogLevel; message: string; context?: Record<string, unknown> }[] = [];
  const log: Log = vi.fn((level, message, context) => {
    calls.push({ level, message, context: context as Record<string, unknown> | undefined });
  });
  return { log, calls };
}

/** A minimal event emitter standing in for WebContents / app / powerMonitor. */
type Listener = (...args: unknown[]) => unknown;

export class FakeEmitter {
  listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  removeListener(event: string, listener: Listener) {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }
  emit(event: string, ...args: unknown[]) {
    for (const l of this.listeners.get(event) ?? []) l(...args);
  }
  count(event: string) {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** An Electron-style event: records preventDefault. */
export function fakeEvent<T extends object>(params: T = {} as T) {
  const event = {
    ...params,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}
