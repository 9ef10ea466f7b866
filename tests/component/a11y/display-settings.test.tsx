import { afterEach, describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { setupUser } from '../user';
import { renderWithI18n } from '../render';
import { DisplaySettingsButton, resetDisplaySettings, useDisplayStore } from '../../../src-renderer/a11y';
import { useKeyboardStore } from '../../../src-renderer/keyboard/ui';

const html = () => document.documentElement;

describe('DisplaySettingsButton', { timeout: 30_000 }, () => {
  afterEach(() => act(() => resetDisplaySettings()));

  it('opens "Cỡ chữ và màu" with three text sizes; each applies to <html> at once (100 / 150 / 200 %)', async () => {
    const user = setupUser();
    renderWithI18n(<DisplaySettingsButton />);
    await user.click(screen.getByRole('button', { name: 'Cỡ chữ và màu' }));
    expect(screen.getByRole('dialog', { name: 'Cỡ chữ và màu' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Chữ thường' })).toBeChecked();
    expect(html().style.getPropertyValue('--font-size-root')).toBe('');

    await user.click(screen.getByRole('radio', { name: 'Chữ lớn' }));
    expect(html().style.getPropertyValue('--font-size-root')).toBe('36px');
    expect(html()).toHaveAttribute('data-text-scale', '1.5');
    await user.click(screen.getByRole('radio', { name: 'Chữ rất lớn' }));
    expect(html().style.getPropertyValue('--font-size-root')).toBe('48px');
    expect(screen.getByText('200 %')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Xong' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cỡ chữ và màu' })).toHaveFocus();
    expect(html().style.getPropertyValue('--font-size-root')).toBe('48px');
  });

  it('switches high contrast, reduced motion and the key sound', async () => {
    const user = setupUser();
    renderWithI18n(<DisplaySettingsButton />);
    await user.click(screen.getByRole('button', { name: 'Cỡ chữ và màu' }));
    await user.click(screen.getByRole('checkbox', { name: 'Tương phản cao' }));
    expect(html()).toHaveAttribute('data-contrast', 'high');
    await user.click(screen.getByRole('checkbox', { name: 'Giảm chuyển động' }));
    expect(html()).toHaveAttribute('data-motion', 'reduce');
    await user.click(screen.getByRole('checkbox', { name: 'Tiếng khi bấm phím' }));
    expect(useDisplayStore.getState().keySound).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: 'Tương phản cao' }));
    expect(html()).not.toHaveAttribute('data-contrast');
    expect(html()).toHaveAttribute('data-motion', 'reduce');
  });

  it("resetDisplaySettings (session wipe) puts everything back, the keyboard's choices too", () => {
    act(() => {
      useDisplayStore.getState().set({ textScale: 2, highContrast: true, reducedMotion: true, keySound: true });
      useKeyboardStore.getState().setMethod('telex');
      useKeyboardStore.getState().setHidden(true);
    });
    expect(html()).toHaveAttribute('data-contrast', 'high');
    act(() => resetDisplaySettings());
    expect(html().style.getPropertyValue('--font-size-root')).toBe('');
    expect(html()).toHaveAttribute('data-text-scale', '1');
    expect(html()).not.toHaveAttribute('data-contrast');
    expect(html()).not.toHaveAttribute('data-motion');
    expect(useDisplayStore.getState().keySound).toBe(false);
    expect(useKeyboardStore.getState()).toMatchObject({ method: 'direct', hidden: false });
  });

  it('the "Về như ban đầu" button resets from inside the dialog', async () => {
    const user = setupUser();
    renderWithI18n(<DisplaySettingsButton />);
    await user.click(screen.getByRole('button', { name: 'Cỡ chữ và màu' }));
    await user.click(screen.getByRole('radio', { name: 'Chữ rất lớn' }));
    await user.click(screen.getByRole('button', { name: 'Về như ban đầu' }));
    expect(screen.getByRole('radio', { name: 'Chữ thường' })).toBeChecked();
    expect(html().style.getPropertyValue('--font-size-root')).toBe('');
  });

  it('speaks English', async () => {
    const user = setupUser();
    renderWithI18n(<DisplaySettingsButton />, 'en');
    await user.click(screen.getByRole('button', { name: 'Text size and colours' }));
    for (const name of ['Normal text', 'Large text', 'Very large text']) expect(screen.getByRole('radio', { name })).toBeInTheDocument();
    for (const name of ['High contrast', 'Less movement', 'Sound when a key is pressed'])
      expect(screen.getByRole('checkbox', { name })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Done' })).toBeInTheDocument();
  });
});
