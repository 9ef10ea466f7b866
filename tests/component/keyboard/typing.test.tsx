import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { setupUser, type User } from '../user';
import { renderWithI18n } from '../render';
import { ControlledField, Page } from './harness';
import { resetKeyboardPreferences } from '../../../src-renderer/keyboard/ui';
import { REPEAT_DELAY_MS, REPEAT_INTERVAL_MS, LONG_PRESS_MS } from '../../../src-renderer/keyboard/ui/Key';

const kb = () => within(screen.getByRole('group', { name: 'Bàn phím trên màn hình' }));
const EXPECTED = 'Nguyễn Thị Hoà';

/** Taps each key by its accessible name; "^X" taps Chữ hoa first, then X. */
async function tapAll(user: User, keys: string[]) {
  for (const key of keys) {
    if (key.startsWith('^')) {
      await user.click(kb().getByRole('button', { name: 'Chữ hoa' }));
      await user.click(kb().getByRole('button', { name: key.slice(1) }));
    } else {
      await user.click(kb().getByRole('button', { name: key }));
    }
  }
}

function renderName() {
  renderWithI18n(
    <Page>
      <ControlledField id="name" label="Họ, chữ đệm và tên" />
    </Page>,
  );
  return screen.getByLabelText<HTMLInputElement>('Họ, chữ đệm và tên');
}

describe('typing with the on-screen keyboard', { timeout: 60_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    resetKeyboardPreferences();
  });

  it.each([
    ['Telex', ['^N', 'g', 'u', 'y', 'e', 'e', 'x', 'n', 'Dấu cách', '^T', 'h', 'i', 'j', 'Dấu cách', '^H', 'o', 'a', 'f']],
    ['VNI', ['^N', 'g', 'u', 'y', 'e', '6', '4', 'n', 'Dấu cách', '^T', 'h', 'i', '5', 'Dấu cách', '^H', 'o', 'a', '2']],
    ['Gõ trực tiếp', ['^N', 'g', 'u', 'y', 'ê', 'n', 'Dấu ngã', 'Dấu cách', '^T', 'h', 'i', 'Dấu nặng', 'Dấu cách', '^H', 'o', 'a', 'Dấu huyền']],
  ])('%s gives "Nguyễn Thị Hoà" (NFC) in the React state, and the field keeps the focus', async (method, keys) => {
    const user = setupUser();
    const input = renderName();
    await user.click(input);
    await user.click(kb().getByRole('button', { name: method }));
    await tapAll(user, keys);
    expect(screen.getByTestId('name-state').textContent).toBe(EXPECTED);
    expect(screen.getByTestId('name-state').textContent).toBe(EXPECTED.normalize('NFC'));
    expect(input.value).toBe(EXPECTED);
    expect(input).toHaveFocus();
  });

  it('types at the caret, not only at the end', async () => {
    const user = setupUser();
    const input = renderName();
    await user.click(input);
    await tapAll(user, ['^H', 'o', 'a']);
    act(() => input.setSelectionRange(0, 0));
    await tapAll(user, ['^Ô', 'Dấu cách']);
    expect(screen.getByTestId('name-state').textContent).toBe('Ô Hoa');
    expect(input.selectionStart).toBe(2);
  });

  it('the numeric pad fills a 12-digit ID and stops at maxLength', async () => {
    const user = setupUser();
    renderWithI18n(
      <Page>
        <ControlledField id="cccd" label="Số định danh cá nhân" inputMode="numeric" maxLength={12} />
      </Page>,
    );
    const input = screen.getByLabelText('Số định danh cá nhân');
    await user.click(input);
    await tapAll(user, [...'0011950123456']);
    expect(screen.getByTestId('cccd-state').textContent).toBe('001195012345');
    expect(input).toHaveFocus();
  });

  it('Xoá lùi deletes once on a tap, repeats while held (after ~500 ms, then every ~80 ms) and stops on release', () => {
    vi.useFakeTimers();
    const input = renderName();
    act(() => input.focus());
    for (const letter of 'abcdefghij') fireEvent.click(kb().getByRole('button', { name: letter }));
    expect(screen.getByTestId('name-state').textContent).toBe('abcdefghij');

    const backspace = kb().getByRole('button', { name: 'Xoá lùi' });
    fireEvent.pointerDown(backspace);
    expect(screen.getByTestId('name-state').textContent).toBe('abcdefghi');
    act(() => vi.advanceTimersByTime(REPEAT_DELAY_MS - 1));
    expect(screen.getByTestId('name-state').textContent).toBe('abcdefghi');
    act(() => vi.advanceTimersByTime(1));
    expect(screen.getByTestId('name-state').textContent).toBe('abcdefgh');
    act(() => vi.advanceTimersByTime(REPEAT_INTERVAL_MS * 3));
    expect(screen.getByTestId('name-state').textContent).toBe('abcde');
    fireEvent.pointerUp(backspace);
    fireEvent.click(backspace); // the click that follows the release does not delete again
    act(() => vi.advanceTimersByTime(2000));
    expect(screen.getByTestId('name-state').textContent).toBe('abcde');
    expect(input).toHaveFocus();
  });

  it('Chữ hoa capitalises one letter; a double tap or a long press locks capitals until tapped again', async () => {
    // The double tap is two taps within DOUBLE_TAP_MS by the page's clock; a loaded CI machine can take longer
    // than that between user-event's two clicks, so the clock stands still here.
    vi.spyOn(performance, 'now').mockReturnValue(1_000);
    const user = setupUser();
    const input = renderName();
    await user.click(input);
    const shift = () => kb().getByRole('button', { name: 'Chữ hoa' });
    await user.click(shift());
    expect(shift()).toHaveAttribute('aria-pressed', 'true');
    await tapAll(user, ['A', 'b']);
    expect(shift()).toHaveAttribute('aria-pressed', 'false');

    await user.dblClick(shift());
    expect(kb().getByRole('status')).toHaveTextContent('Đang viết hoa tất cả các chữ');
    await tapAll(user, ['C', 'D']);
    expect(shift()).toHaveAttribute('aria-pressed', 'true');
    await user.click(shift());
    await tapAll(user, ['e']);
    expect(screen.getByTestId('name-state').textContent).toBe('AbCDe');
    expect(input).toHaveFocus();
  });

  it('a long press on Chữ hoa locks capitals', () => {
    vi.useFakeTimers();
    const input = renderName();
    act(() => input.focus());
    const shift = kb().getByRole('button', { name: 'Chữ hoa' });
    fireEvent.pointerDown(shift);
    act(() => vi.advanceTimersByTime(LONG_PRESS_MS));
    fireEvent.pointerUp(shift);
    fireEvent.click(shift);
    fireEvent.click(kb().getByRole('button', { name: 'H' }));
    fireEvent.click(kb().getByRole('button', { name: 'A' }));
    expect(screen.getByTestId('name-state').textContent).toBe('HA');
  });

  it('a real keyboard keeps working alongside', async () => {
    const user = setupUser();
    const input = renderName();
    await user.click(input);
    await user.keyboard('Lan ');
    await tapAll(user, ['^A', 'n', 'h']);
    expect(screen.getByTestId('name-state').textContent).toBe('Lan Anh');
  });
});
