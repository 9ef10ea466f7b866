import { describe, expect, it, vi } from 'vitest';
import { ensureSingleInstance, focusWindow } from '../../src-main/single-instance';
import { FakeEmitter } from './fakes';

const fakeApp = (lock: boolean) => Object.assign(new FakeEmitter(), { requestSingleInstanceLock: vi.fn(() => lock), quit: vi.fn() });

describe('ensureSingleInstance', () => {
  it('quits when another instance holds the lock', () => {
    const app = fakeApp(false);
    expect(ensureSingleInstance(app, vi.fn())).toBe(false);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.count('second-instance')).toBe(0);
  });

  it('keeps running and reacts to a second launch, ignoring its arguments', () => {
    const app = fakeApp(true);
    const onSecond = vi.fn();
    expect(ensureSingleInstance(app, onSecond)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, ['kiosk', '--inspect', 'https://evil.example'], '/tmp', {});
    expect(onSecond).toHaveBeenCalledWith();
  });
});

describe('focusWindow', () => {
  it('restores, shows and focuses the window', () => {
    const win = { isDestroyed: () => false, isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    focusWindow(win);
    expect(win.restore).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });
  it('ignores a missing or destroyed window', () => {
    expect(() => focusWindow(null)).not.toThrow();
    const win = { isDestroyed: () => true, isMinimized: vi.fn(), restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    focusWindow(win);
    expect(win.show).not.toHaveBeenCalled();
  });
});
