import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { isAdminShortcut } from '../../../src-renderer/admin/admin-entry';
import { useScreenStore } from '../../../src-renderer/state/screen-store';
import { useSyncStore } from '../../../src-renderer/sync/sync-store';
import { shouldBlockInput } from '../../../src-main/input-filter';
import { setupUser } from '../user';
import { freshDb } from '../storage/harness';
import { DEVICE, fakeDevice, freshScreensEachTest, outboxRecord, receipt, renderApp, resetScreens } from './harness';

freshScreensEachTest();

const place = () => screen.getByText('Nhà văn hoá tổ 5 · Phường Hồng Hà');
const adminHeading = () => screen.queryByRole('heading', { level: 1, name: 'Quản trị kiosk' });

describe('reaching "Quản trị kiosk"', () => {
  it('opens after pressing the kiosk name for 3 seconds, and not on a tap or a shorter press', async () => {
    fakeDevice(DEVICE);
    renderApp(freshDb());
    await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ cho phường' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

    fireEvent.pointerDown(place());
    act(() => vi.advanceTimersByTime(2000));
    fireEvent.pointerUp(place());
    act(() => vi.advanceTimersByTime(5000));
    expect(adminHeading()).not.toBeInTheDocument();

    fireEvent.pointerDown(place());
    act(() => vi.advanceTimersByTime(2900));
    expect(adminHeading()).not.toBeInTheDocument();
    act(() => vi.advanceTimersByTime(200));
    expect(adminHeading()).toBeInTheDocument();
    fireEvent.pointerUp(place());
  });

  it('opens with Ctrl+Alt+A on a physical keyboard, which the shell lets through in kiosk mode', async () => {
    fakeDevice(DEVICE);
    renderApp(freshDb());
    await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ cho phường' });
    fireEvent.keyDown(window, { key: 'a', code: 'KeyA', ctrlKey: true });
    expect(adminHeading()).not.toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'a', code: 'KeyA', ctrlKey: true, altKey: true });
    expect(adminHeading()).toBeInTheDocument();

    const input = { key: 'a', code: 'KeyA', control: true, alt: true, meta: false, shift: false };
    expect(shouldBlockInput(input, { kioskMode: true })).toBe(false);
    expect(isAdminShortcut({ key: 'ą', code: 'KeyA', ctrlKey: true, altKey: true, metaKey: false, shiftKey: false })).toBe(true);
  });

  it('has one h1, the device it is enrolled to, and goes back where it came from', async () => {
    const user = setupUser();
    fakeDevice(DEVICE);
    renderApp(freshDb());
    await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ cho phường' });
    act(() => useScreenStore.getState().show('lookup'));
    act(() => useScreenStore.getState().openAdmin());
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const device = screen.getByRole('region', { name: 'Máy này' });
    expect(within(device).getByText('Đã đăng ký với phường')).toBeInTheDocument();
    expect(within(device).getByText('https://motcua.hongha.example.vn')).toBeInTheDocument();
    expect(within(device).getByText('Nhà văn hoá tổ dân phố 5, Phường Hồng Hà')).toBeInTheDocument();
    expect(within(device).getByText('k_tdp5-hongha-01')).toBeInTheDocument();
    expect(within(device).getByText('09:05, ngày 30/11/2026')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Đăng ký máy với phường' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Quay lại' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' })).toBeInTheDocument();
  });

  it('says "Chưa đăng ký" and offers the enrollment form when the kiosk is not enrolled, or was locked', async () => {
    fakeDevice(null);
    const { unmount } = renderApp(freshDb());
    await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ cho phường' });
    act(() => useScreenStore.getState().openAdmin());
    expect(within(screen.getByRole('region', { name: 'Máy này' })).getByText('Chưa đăng ký')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Đăng ký máy với phường' })).toBeInTheDocument();
    unmount();

    resetScreens();
    fakeDevice({ ...DEVICE, revoked: true });
    renderApp(freshDb(), { language: 'en' });
    await screen.findByRole('heading', { level: 1, name: 'File an application with the ward' });
    act(() => useScreenStore.getState().openAdmin());
    const device = screen.getByRole('region', { name: 'This kiosk' });
    expect(within(device).getByText('Locked by the ward')).toBeInTheDocument();
    expect(within(device).getByText(/Ask the ward's IT officer for a new registration code/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Register this kiosk with the ward' })).toBeInTheDocument();
  });
});

describe('the queue on the admin screen', () => {
  it('shows waiting, sending, needing attention with the reason per application, the last send and the problem', async () => {
    const db = freshDb();
    await db.outbox.bulkAdd([
      outboxRecord({ reference: 'HKTR7M26', queuedAt: '2026-11-30T01:00:00.000Z', state: 'sending', frozen: true, attempts: 3 }),
      outboxRecord({ reference: 'ABCD234K', queuedAt: '2026-11-30T01:10:00.000Z', procedureId: 'death-registration', procedureCode: '1.000656' }),
      outboxRecord({
        reference: 'XYRT8K44',
        queuedAt: '2026-11-29T08:00:00.000Z',
        state: 'needs-attention',
        frozen: true,
        attentionReason: 'unknown-catalog-version',
        lastError: '422 unknown-catalog-version: 2025.3',
      }),
    ]);
    useSyncStore.setState({ sending: { index: 1, total: 2 }, problem: 'captive-portal', connection: 'offline', lastSuccessAt: '2026-11-29T09:30:00.000Z' });
    fakeDevice(DEVICE);
    renderApp(db);
    await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ cho phường' });
    act(() => useScreenStore.getState().openAdmin());

    const queue = screen.getByRole('region', { name: 'Gửi hồ sơ lên phường' });
    const fact = (term: string) => within(queue).getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(await within(queue).findByText('2', { selector: 'dd' })).toBeInTheDocument();
    expect(fact('Chờ gửi')).toHaveTextContent('2');
    expect(fact('Đang gửi')).toHaveTextContent('Hồ sơ 1 / 2');
    expect(fact('Cần cán bộ xem')).toHaveTextContent('1');
    expect(fact('Lần gửi được gần nhất')).toHaveTextContent('16:30, ngày 29/11/2026');
    expect(fact('Kết nối')).toHaveTextContent('Mạng Wi-Fi ở đây đang đòi đăng nhập');

    const items = await within(queue).findAllByRole('listitem');
    expect(items).toHaveLength(3);
    // The one needing attention first, with its reason in plain words; then the rest in sending order.
    expect(items[0]).toHaveTextContent('XYRT-8K44 · Đăng ký khai sinh');
    expect(items[0]).toHaveTextContent('Cần cán bộ xem');
    expect(items[0]).toHaveTextContent('Hồ sơ được khai theo danh mục thủ tục cũ mà máy chủ không còn nhận.');
    expect(items[0]).toHaveTextContent('15:00, ngày 29/11/2026');
    expect(items[1]).toHaveTextContent('HKTR-7M26 · Đăng ký khai sinh');
    expect(items[1]).toHaveTextContent('Đang gửi (đã thử 3 lần)');
    expect(items[2]).toHaveTextContent('ABCD-234K · Đăng ký khai tử');
    expect(items[2]).toHaveTextContent('Đang chờ gửi');
    expect(within(queue).getByText(/vẫn được giữ trên máy, không bị xoá/)).toBeInTheDocument();
  });

  it('"Gửi ngay" asks the sync engine to send now, and says so', async () => {
    const user = setupUser();
    const syncNow = vi.fn();
    useSyncStore.setState({ syncNow });
    fakeDevice(DEVICE);
    renderApp(freshDb(), { language: 'en' });
    await screen.findByRole('heading', { level: 1, name: 'File an application with the ward' });
    act(() => useScreenStore.getState().openAdmin());
    expect(await screen.findByText('No application is waiting on this kiosk.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send now' }));
    expect(syncNow).toHaveBeenCalledTimes(1);
    expect(screen.getByText('The kiosk is trying to send now.')).toBeInTheDocument();
  });
});

describe('"Thử gửi lại" for an application that needs attention', () => {
  it('puts it back in the queue, still frozen with the same content, marks its receipt queued and asks to send now', async () => {
    const user = setupUser();
    const syncNow = vi.fn();
    useSyncStore.setState({ syncNow });
    const db = freshDb();
    const stuck = outboxRecord({
      reference: 'XYRT8K44',
      state: 'needs-attention',
      frozen: true,
      attentionReason: 'unknown-catalog-version',
      lastError: '422 unknown-catalog-version: 2025.3',
    });
    await db.outbox.add(stuck);
    await db.receipts.add(receipt({ reference: 'XYRT8K44', clientId: stuck.clientId, status: 'needs-attention', reason: 'unknown-catalog-version' }));
    fakeDevice(DEVICE);
    renderApp(db);
    await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ cho phường' });
    act(() => useScreenStore.getState().openAdmin());

    await user.click(await screen.findByRole('button', { name: 'Thử gửi lại hồ sơ XYRT-8K44' }));
    expect(await screen.findByText('Hồ sơ XYRT-8K44 đã được đưa lại vào hàng chờ gửi.')).toBeInTheDocument();
    expect(syncNow).toHaveBeenCalledTimes(1);
    const record = await db.outbox.get(stuck.clientId);
    expect(record).toMatchObject({ state: 'queued', frozen: true, envelope: stuck.envelope });
    expect(record?.attentionReason).toBeUndefined();
    expect(await db.receipts.get('XYRT8K44')).toMatchObject({ status: 'queued' });
    expect(await db.receipts.get('XYRT8K44')).not.toHaveProperty('reason');
    // The list follows the outbox: the application is waiting again, with nothing to retry.
    await waitFor(() => expect(screen.queryByRole('button', { name: /Thử gửi lại/ })).not.toBeInTheDocument());
  });
});
