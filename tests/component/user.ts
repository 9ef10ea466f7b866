import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';

/**
 * user-event tuned for slow 2-core CI machines, same events and order as `userEvent.setup()`:
 * no timer between keystrokes (`delay: null`), no hover sequence before each click, and no `pointer-events`
 * check up the tree on every event (getComputedStyle in jsdom is slow and our UI never uses pointer-events
 * to disable controls; disabled controls are real `disabled` buttons).
 */
export function setupUser(options: Parameters<typeof userEvent.setup>[0] = {}) {
  return userEvent.setup({ delay: null, skipHover: true, pointerEventsCheck: PointerEventsCheckLevel.Never, ...options });
}

export type User = ReturnType<typeof userEvent.setup>;
