import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { setupUser } from '../user';
import { renderWithI18n } from '../render';
import { ControlledField, Page } from './harness';
import { resetKeyboardPreferences, useKeyboardStore } from '../../../src-renderer/keyboard/ui';
import { resetDisplaySettings, useDisplayStore } from '../../../src-renderer/a11y';
import { resetKeyClickAudio } from '../../../src-renderer/a11y/key-sound';

const KEYBOARD = 'Bàn phím trên màn hình';
const kb = () => within(screen.getByRole('group', { name: KEYBOARD }));

function renderForm() {
  renderWithI18n(
    <Page>
      <ControlledField id="name" label="Họ và tên" />
      <ControlledField id="phone" label="Số điện thoại" type="tel" />
      <input type="checkbox" aria-label="Nhận tin nhắn" />
    </Page>,
  );
  return { name: screen.getByLabelText('Họ và tên'), phone: screen.getByLabelText('Số điện thoại') };
}

describe('keyboard navigation and room on the page', { timeout: 30_000 }, () => {
  afterEach(() => {
    resetKeyboardPreferences();
    resetDisplaySettings();
    resetKeyClickAudio();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('"Tiếp" moves to the next field in main, switches the layout, then to the next focusable field and closes', async () => {
    const user = setupUser();
    const { name, phone } = renderForm();
    await user.click(name);
    await user.click(kb().getByRole('button', { name: 'Tiếp' }));
    expect(phone).toHaveFocus();
    expect(screen.getByRole('group', { name: KEYBOARD })).toHaveAttribute('data-layout', 'numeric');
    await user.click(kb().getByRole('button', { name: 'Tiếp' }));
    expect(screen.getByLabelText('Nhận tin nhắn')).toHaveFocus();
    // The keyboard stays a moment after focus leaves the field, so the tap that moved focus lands.
    await vi.waitFor(() => expect(screen.queryByRole('group', { name: KEYBOARD })).not.toBeInTheDocument(), { timeout: 3000 });
  });

  it('"Tiếp" on the last field goes to the page\'s Continue button', async () => {
    const user = setupUser();
    renderWithI18n(
      <Page>
        <ControlledField id="name" label="Họ và tên" />
      </Page>,
    );
    await user.click(screen.getByLabelText('Họ và tên'));
    await user.click(kb().getByRole('button', { name: 'Tiếp' }));
    expect(screen.getByRole('button', { name: 'Tiếp tục' })).toHaveFocus();
  });

  it('"Ẩn bàn phím" hides it; the "Bàn phím" button brings it back without taking the focus; a real keyboard still types', async () => {
    const user = setupUser();
    const { name } = renderForm();
    await user.click(name);
    await user.click(kb().getByRole('button', { name: 'Ẩn bàn phím' }));
    expect(screen.queryByRole('group', { name: KEYBOARD })).not.toBeInTheDocument();
    expect(name).toHaveFocus();
    await user.keyboard('Mai');
    expect(screen.getByTestId('name-state').textContent).toBe('Mai');
    const show = screen.getByRole('button', { name: 'Bàn phím' });
    await user.click(show);
    expect(name).toHaveFocus();
    expect(screen.getByRole('group', { name: KEYBOARD })).toBeInTheDocument();
  });

  it('the "Bàn phím" button is only there while a text field has the focus', async () => {
    const user = setupUser();
    const { name } = renderForm();
    act(() => useKeyboardStore.getState().setHidden(true));
    expect(screen.queryByRole('button', { name: 'Bàn phím' })).not.toBeInTheDocument();
    await user.click(name);
    expect(screen.getByRole('button', { name: 'Bàn phím' })).toBeInTheDocument();
    await user.click(screen.getByLabelText('Nhận tin nhắn'));
    // The keyboard stays a moment after focus leaves the field, so the tap that moved focus lands.
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Bàn phím' })).not.toBeInTheDocument(), { timeout: 3000 });
  });

  it('makes room below the page while open, scrolls the field into view, and gives the room back on close', async () => {
    const user = setupUser();
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    const { name } = renderForm();
    await user.click(name);
    expect(document.documentElement.style.getPropertyValue('--keyboard-height')).toMatch(/^\d+px$/);
    expect(document.body.style.paddingBottom).toBe('var(--keyboard-height)');
    expect(scroll).toHaveBeenCalledWith({ block: 'center' });
    await user.click(screen.getByLabelText('Nhận tin nhắn'));
    await vi.waitFor(() => {
      expect(document.documentElement.style.getPropertyValue('--keyboard-height')).toBe('');
      expect(document.body.style.paddingBottom).toBe('');
    }, { timeout: 3000 });
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });

  it('closes when the field leaves the page', async () => {
    const user = setupUser();
    const { rerender } = renderWithI18n(
      <Page>
        <ControlledField id="name" label="Họ và tên" />
      </Page>,
    );
    await user.click(screen.getByLabelText('Họ và tên'));
    rerender(
      <Page>
        <p>Xong</p>
      </Page>,
    );
    await vi.waitFor(() => expect(screen.queryByRole('group', { name: KEYBOARD })).not.toBeInTheDocument());
  });

  it('keys take a size from keySize (CSS --key-size)', async () => {
    const user = setupUser();
    renderWithI18n(
      <Page keySize={96}>
        <ControlledField id="name" label="Họ và tên" />
      </Page>,
    );
    await user.click(screen.getByLabelText('Họ và tên'));
    const root = screen.getByRole('group', { name: KEYBOARD }).parentElement as HTMLElement;
    expect(root.style.getPropertyValue('--key-size')).toBe('96px');
  });

  it('shows a pressed state while a key is touched, and clicks only when "Tiếng khi bấm phím" is on', async () => {
    const start = vi.fn();
    class FakeAudioContext {
      state = 'running';
      currentTime = 0;
      destination = {};
      createOscillator() {
        return { type: '', frequency: { value: 0 }, connect: (n: unknown) => n, start, stop: vi.fn() };
      }
      createGain() {
        return { gain: { setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() }, connect: (n: unknown) => n };
      }
    }
    vi.stubGlobal('AudioContext', FakeAudioContext);
    const { name } = renderForm();
    act(() => name.focus());
    const key = kb().getByRole('button', { name: 'a' });
    fireEvent.pointerDown(key);
    expect(key).toHaveClass('k-key--active');
    fireEvent.pointerUp(key);
    expect(key).not.toHaveClass('k-key--active');
    expect(start).not.toHaveBeenCalled();
    act(() => useDisplayStore.getState().set({ keySound: true }));
    fireEvent.pointerDown(key);
    fireEvent.pointerUp(key);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
