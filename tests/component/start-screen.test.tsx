import { describe, it, expect, beforeEach } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StartScreen } from '../../src-renderer/screens/StartScreen';
import { useSessionStore } from '../../src-renderer/state/session-store';
import type { KioskInfo } from '../../src-shared/bridge/kiosk-bridge';
import { renderWithI18n } from './render';
import { App } from '../../src-renderer/app/App';
import { useKioskStore } from '../../src-renderer/state/kiosk-store';
import { fakeBridge } from './fake-bridge';

const info: KioskInfo = {
  appName: 'Một Cửa Kiosk',
  appVersion: '0.1.0',
  host: 'browser',
  platform: 'test',
  kioskName: 'Nhà văn hoá tổ 5',
  wardName: 'Phường Hồng Hà',
  wardCode: '00097',
  displayMode: 'windowed',
  defaultLanguage: 'vi',
};

describe('StartScreen', () => {
  beforeEach(() => useSessionStore.setState({ language: 'vi', defaultLanguage: 'vi' }));

  it('shows the kiosk name and ward from configuration', () => {
    renderWithI18n(<StartScreen info={info} />);
    expect(screen.getByText('Nhà văn hoá tổ 5 · Phường Hồng Hà')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Nộp hồ sơ cho phường' })).toBeInTheDocument();
  });

  it('names each language in itself and marks the current one', () => {
    renderWithI18n(<StartScreen info={info} />);
    const vi = screen.getByRole('button', { name: 'Tiếng Việt' });
    const en = screen.getByRole('button', { name: 'English' });
    expect(vi).toHaveAttribute('lang', 'vi');
    expect(en).toHaveAttribute('lang', 'en');
    expect(vi).toHaveAttribute('aria-pressed', 'true');
    expect(en).toHaveAttribute('aria-pressed', 'false');
  });

  it('switches the whole screen to English when "English" is tapped', async () => {
    const user = userEvent.setup();
    useSessionStore.setState({ language: 'vi' });
    const { i18n } = renderWithI18n(<App bridge={fakeBridge({ info })} />);
    await user.click(await screen.findByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'File an application with the ward' })).toBeInTheDocument();
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('a wipe returns to the configured default language', () => {
    useSessionStore.setState({ language: 'en', defaultLanguage: 'vi' });
    useSessionStore.getState().wipe();
    expect(useSessionStore.getState().language).toBe('vi');
  });
});

describe('App', () => {
  beforeEach(() => useKioskStore.setState({ info: undefined, config: undefined }));

  it('says it is opening until the host has answered, then shows the start screen', async () => {
    renderWithI18n(<App bridge={fakeBridge({ info })} />);
    expect(screen.getByRole('status')).toHaveTextContent('Đang mở…');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Nộp hồ sơ cho phường');
  });
});
