import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { screen } from '@testing-library/react';
import { setupUser } from './user';
import { StartScreen } from '../../src-renderer/screens/StartScreen';
import { useSessionStore } from '../../src-renderer/state/session-store';
import { INFO } from './admin/harness';
import { renderWithI18n } from './render';
import { App } from '../../src-renderer/app/App';
import { useKioskStore } from '../../src-renderer/state/kiosk-store';
import { fakeBridge } from './fake-bridge';
import { loadShippedCatalog } from '../../src-renderer/journey/catalog';
import { deleteAll, freshDb } from './storage/harness';
import { useScreenStore } from '../../src-renderer/state/screen-store';

const loaded = loadShippedCatalog();
const catalog = loaded.ok ? loaded.catalog : undefined;

const info = INFO;

afterEach(async () => {
  useScreenStore.setState(useScreenStore.getInitialState(), true);
  await deleteAll();
});

describe('StartScreen', () => {
  beforeEach(() => useSessionStore.setState({ language: 'vi', defaultLanguage: 'vi' }));

  it('shows the kiosk name and ward from configuration', async () => {
    renderWithI18n(<App bridge={fakeBridge({ info })} db={freshDb()} />);
    expect(await screen.findByText('Nhà văn hoá tổ 5 · Phường Hồng Hà')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Nộp hồ sơ cho phường' })).toBeInTheDocument();
  });

  it('keeps the queue count on screen without a gap when the resident moves to "Tra cứu hồ sơ" and back', async () => {
    const user = setupUser();
    renderWithI18n(<App bridge={fakeBridge({ info })} db={freshDb()} />);
    const count = await screen.findByText('Chờ gửi: 0');
    await user.click(screen.getByRole('button', { name: 'Tra cứu hồ sơ' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' })).toBeInTheDocument();
    // The same header element: the count never left the screen (no remount, no moment without it).
    expect(screen.getByText('Chờ gửi: 0')).toBe(count);
    await user.click(screen.getByRole('button', { name: 'Quay lại' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ cho phường' })).toBeInTheDocument();
    expect(screen.getByText('Chờ gửi: 0')).toBe(count);
  });

  it('names each language in itself and marks the current one', () => {
    renderWithI18n(<StartScreen catalog={catalog} />);
    const vi = screen.getByRole('button', { name: 'Tiếng Việt' });
    const en = screen.getByRole('button', { name: 'English' });
    expect(vi).toHaveAttribute('lang', 'vi');
    expect(en).toHaveAttribute('lang', 'en');
    expect(vi).toHaveAttribute('aria-pressed', 'true');
    expect(en).toHaveAttribute('aria-pressed', 'false');
  });

  it('offers each procedure of the catalog as a large tile, and a tile starts its overview', async () => {
    const user = setupUser();
    renderWithI18n(<App bridge={fakeBridge({ info })} db={freshDb()} />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Bạn muốn làm thủ tục gì?' })).toBeInTheDocument();
    for (const name of ['Khai sinh', 'Kết hôn', 'Khai tử', 'Xác nhận độc thân', 'Đăng ký thường trú', 'Bản sao trích lục hộ tịch']) {
      expect(screen.getByRole('button', { name: new RegExp(`^${name} `) })).toBeInTheDocument();
    }
    await user.click(screen.getByRole('button', { name: /^Kết hôn / }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng ký kết hôn' })).toBeInTheDocument();
    expect(screen.getByText('Giấy xác nhận tình trạng hôn nhân')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Chọn thủ tục khác' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ cho phường' })).toBeInTheDocument();
  });

  it('offers "Tra cứu hồ sơ" to residents who filed before, as a big plainly named button', async () => {
    const user = setupUser();
    renderWithI18n(<StartScreen catalog={catalog} />);
    const lookup = screen.getByRole('region', { name: 'Đã nộp hồ sơ rồi?' });
    expect(lookup).toHaveTextContent('Xem hồ sơ của bạn đang ở bước nào bằng mã trên giấy biên nhận.');
    const button = screen.getByRole('button', { name: 'Tra cứu hồ sơ' });
    expect(button).toHaveClass('k-button--large');
    await user.click(button);
    expect(useScreenStore.getState().screen).toBe('lookup');
  });

  it('says the procedures cannot be filed when the catalog is damaged, instead of showing tiles', () => {
    renderWithI18n(<StartScreen catalog={undefined} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Danh sách thủ tục trên máy đang bị lỗi');
    expect(screen.queryByRole('heading', { level: 2, name: 'Bạn muốn làm thủ tục gì?' })).not.toBeInTheDocument();
  });

  it('switches the whole screen to English when "English" is tapped', async () => {
    const user = setupUser();
    useSessionStore.setState({ language: 'vi' });
    const { i18n } = renderWithI18n(<App bridge={fakeBridge({ info })} db={freshDb()} />);
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
    renderWithI18n(<App bridge={fakeBridge({ info })} db={freshDb()} />);
    expect(screen.getByRole('status')).toHaveTextContent('Đang mở…');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Nộp hồ sơ cho phường');
  });
});
