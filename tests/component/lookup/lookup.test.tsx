import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLookupStore } from '../../../src-renderer/lookup/lookup-store';
import { wipeSession } from '../../../src-renderer/session/wipe-session';
import { useScreenStore } from '../../../src-renderer/state/screen-store';
import type { KioskDb, ReceiptRecord } from '../../../src-renderer/storage/db';
import { setupUser, type User } from '../user';
import { deleteAll, freshDb } from '../storage/harness';
import { DEVICE, fakeDevice, receipt, renderApp, resetScreens } from '../admin/harness';
import type { Language } from '../../../src-shared/config/kiosk-config';

vi.setConfig({ testTimeout: 30_000 });
let clock: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetScreens();
  fakeDevice(DEVICE);
  // A resident reads each screen before the next tap: every tap comes after the 1 s double-tap guard.
  let now = 0;
  clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 5000));
});
afterEach(async () => {
  clock.mockRestore();
  resetScreens();
  await deleteAll();
});

const h1 = () => screen.getByRole('heading', { level: 1 });

async function openLookup(user: User, records: ReceiptRecord[] = [], language: Language = 'vi'): Promise<KioskDb> {
  const db = freshDb();
  if (records.length > 0) await db.receipts.bulkAdd(records);
  renderApp(db, { language });
  await user.click(await screen.findByRole('button', { name: language === 'vi' ? 'Tra cứu hồ sơ' : 'Check an application' }));
  return db;
}

async function lookUp(user: User, text: string, label = 'Mã hồ sơ', button = 'Tra cứu') {
  const field = screen.getByLabelText(label);
  await user.clear(field);
  await user.type(field, text);
  await user.click(screen.getByRole('button', { name: button }));
  // A found receipt is read from the database: wait for the page that answers.
  await screen.findByRole('heading', { level: 1 });
}

describe('"Tra cứu hồ sơ" from the start screen', () => {
  it('is a big, plainly named button that opens one field under a single h1', async () => {
    const user = setupUser();
    await openLookup(user);
    expect(h1()).toHaveTextContent('Tra cứu hồ sơ');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByLabelText('Mã hồ sơ')).not.toHaveFocus(); // the on-screen keyboard opens when it is tapped
    expect(screen.getByLabelText('Mã hồ sơ')).toHaveAccessibleDescription(/8 ký tự, ví dụ ABCD-2345/);
    await user.click(screen.getByRole('button', { name: 'Quay lại' }));
    expect(h1()).toHaveTextContent('Nộp hồ sơ cho phường');
  });

  it('says what is wrong with a reference, at the top and by the field', async () => {
    const user = setupUser();
    await openLookup(user);
    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Nhập mã hồ sơ in trên giấy biên nhận' })).toHaveAttribute('href', '#lookup-reference');
    await lookUp(user, 'ABCD-23');
    expect(screen.getByRole('link', { name: 'Mã hồ sơ có đúng 8 ký tự, ví dụ ABCD-2345' })).toBeInTheDocument();
    await lookUp(user, 'ABCD-2O4K');
    expect(screen.getByRole('link', { name: /^Mã hồ sơ không có ký tự “O”/ })).toBeInTheDocument();
    await lookUp(user, 'HKTR-7M27');
    expect(screen.getByRole('link', { name: 'Mã này không phải mã hồ sơ. Kiểm tra lại từng ký tự trên giấy biên nhận' })).toBeInTheDocument();
    expect(screen.getByLabelText('Mã hồ sơ')).toHaveAccessibleDescription(/Kiểm tra lại từng ký tự/);
    expect(h1()).toHaveTextContent('Tra cứu hồ sơ');
  });

  it('tells a resident whose reference is not on this kiosk where to ask, and lets them try again', async () => {
    const user = setupUser();
    await openLookup(user, [receipt({ reference: 'ABCD234K' })]);
    await lookUp(user, 'hktr 7m26');
    expect(h1()).toHaveTextContent('Không tìm thấy hồ sơ HKTR-7M26 trên máy này');
    expect(screen.getByText(/hãy hỏi bộ phận một cửa của phường/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Nhập lại mã' }));
    expect(h1()).toHaveTextContent('Tra cứu hồ sơ');
    expect(screen.getByLabelText('Mã hồ sơ')).toHaveValue('');
  });

  it('accepts what a USB scanner types from the receipt\'s QR code', async () => {
    const user = setupUser();
    await openLookup(user, [receipt({ reference: 'HKTR7M26', status: 'received' })]);
    // A scanner types the QR text and presses Enter.
    await user.type(screen.getByLabelText('Mã hồ sơ'), 'MOTCUA:HKTR7M26:1.001193{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Phường đã nhận hồ sơ' })).toBeInTheDocument();
  });
});

describe('each status in plain words', () => {
  const cases: [ReceiptRecord['status'], string, RegExp][] = [
    ['queued', 'Hồ sơ đang chờ gửi lên phường', /Máy sẽ tự gửi lên phường khi có mạng/],
    ['sending', 'Hồ sơ đang được gửi lên phường', /Bạn không cần làm gì thêm/],
    ['received', 'Phường đã nhận hồ sơ', /Phường sẽ báo khi có kết quả/],
    ['processing', 'Cán bộ phường đang giải quyết hồ sơ', /Bạn chờ phường báo kết quả/],
    ['collected', 'Bạn đã nhận kết quả', /Hồ sơ đã xong/],
    ['needs-attention', 'Hồ sơ chưa gửi được', /Cán bộ phường sẽ liên hệ với bạn/],
  ];
  for (const [status, title, todo] of cases) {
    it(`${status}: "${title}"`, async () => {
      const user = setupUser();
      await openLookup(user, [receipt({ reference: 'TRAC3U98', status, reason: status === 'needs-attention' ? 'conflict' : undefined })]);
      await lookUp(user, 'trac-3u98');
      expect(h1()).toHaveTextContent(title);
      expect(screen.getByText(todo)).toBeInTheDocument();
      expect(screen.getByText('TRAC-3U98')).toBeInTheDocument();
      expect(screen.getByText('Đăng ký khai sinh')).toBeInTheDocument();
      expect(screen.getByText('10:15, ngày 24/11/2026')).toBeInTheDocument();
      // A machine code is never shown to the resident as if an officer wrote it.
      expect(screen.queryByText('conflict')).not.toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: 'Lời nhắn của cán bộ phường' })).not.toBeInTheDocument();
    });
  }

  it('needs-information: the officer\'s words as given, and to come to the ward or call', async () => {
    const user = setupUser();
    const reason = 'Thiếu bản sao giấy chứng sinh. Mời ông/bà mang bản chính đến phường.';
    await openLookup(user, [receipt({ reference: 'MNBV5C3R', status: 'needs-information', reason, statusChangedAt: '2026-11-28T02:00:00.000Z' })]);
    await lookUp(user, 'MNBV5C3R');
    expect(h1()).toHaveTextContent('Phường cần bạn bổ sung');
    const officer = screen.getByRole('region', { name: 'Lời nhắn của cán bộ phường' });
    expect(within(officer).getByText(reason)).toHaveAttribute('lang', 'vi');
    expect(screen.getByText(/Mời bạn đến bộ phận một cửa của phường, hoặc gọi điện cho phường/)).toBeInTheDocument();
    expect(screen.getByText('09:00, ngày 28/11/2026')).toBeInTheDocument();
  });

  it('rejected: the officer\'s reason, in Vietnamese even on the English screen', async () => {
    const user = setupUser();
    const reason = 'Người nộp không thuộc phường Hồng Hà.';
    await openLookup(user, [receipt({ reference: 'DEFG456G', status: 'rejected', reason })], 'en');
    await lookUp(user, 'defg456g', 'Reference', 'Check');
    expect(h1()).toHaveTextContent('The ward could not accept this application');
    const officer = screen.getByRole('region', { name: 'Message from the ward officer' });
    expect(within(officer).getByText(reason)).toHaveAttribute('lang', 'vi');
    expect(screen.getByText(/you can file a new application/)).toBeInTheDocument();
  });

  it('ready-for-collection: come to the one-stop desk, and what to bring', async () => {
    const user = setupUser();
    await openLookup(user, [receipt({ reference: 'BANG8CHG', status: 'ready-for-collection' })]);
    await lookUp(user, 'BANG-8CHG');
    expect(h1()).toHaveTextContent('Kết quả đã sẵn sàng');
    expect(screen.getByText('Mời bạn đến bộ phận một cửa của phường để nhận kết quả.')).toBeInTheDocument();
    const bring = screen.getByRole('heading', { name: 'Mang theo' }).nextElementSibling as HTMLElement;
    expect(within(bring).getByText('Giấy biên nhận này (hoặc mã hồ sơ)')).toBeInTheDocument();
    expect(within(bring).getByText('Thẻ căn cước của người đến nhận kết quả')).toBeInTheDocument();
  });

  it('follows the status while it is on screen (the status feed brings a change)', async () => {
    const user = setupUser();
    const db = await openLookup(user, [receipt({ reference: 'LMNP2348', status: 'received' })]);
    await lookUp(user, 'LMNP2348');
    expect(h1()).toHaveTextContent('Phường đã nhận hồ sơ');
    await act(() => db.receipts.update('LMNP2348', { status: 'ready-for-collection' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kết quả đã sẵn sàng' })).toBeInTheDocument();
  });
});

describe('the lookup is part of the resident\'s session', () => {
  it('"Xong" wipes it and returns to the start screen, saying so', async () => {
    const user = setupUser();
    await openLookup(user, [receipt({ reference: 'XYRT8K44', status: 'processing' })]);
    await lookUp(user, 'XYRT8K44');
    await user.click(screen.getByRole('button', { name: 'Xong' }));
    expect(h1()).toHaveTextContent('Nộp hồ sơ cho phường');
    expect(screen.getByText('Bạn đã kết thúc. Mọi thông tin bạn nhập đã được xoá khỏi máy.')).toBeInTheDocument();
    expect(useLookupStore.getState()).toMatchObject({ input: '', reference: null });
  });

  it('the session wipe (idle timeout) forgets the typed reference and the result, and the next resident starts clean', async () => {
    const user = setupUser();
    await openLookup(user, [receipt({ reference: 'XYRT8K44', status: 'processing' })]);
    await user.type(screen.getByLabelText('Mã hồ sơ'), 'XYRT');
    act(() => wipeSession('timeout'));
    expect(h1()).toHaveTextContent('Nộp hồ sơ cho phường');
    expect(useLookupStore.getState()).toMatchObject({ input: '', reference: null });
    expect(useScreenStore.getState().screen).toBe('start');
    await user.click(screen.getByRole('button', { name: 'Tra cứu hồ sơ' }));
    expect(screen.getByLabelText('Mã hồ sơ')).toHaveValue('');

    await lookUp(user, 'XYRT8K44');
    expect(h1()).toHaveTextContent('Cán bộ phường đang giải quyết hồ sơ');
    act(() => wipeSession('timeout'));
    expect(useLookupStore.getState().reference).toBeNull();
    expect(screen.queryByText('XYRT-8K44')).not.toBeInTheDocument();
    expect(screen.getByText('Phiên trước đã kết thúc và mọi thông tin đã được xoá.')).toBeInTheDocument();
  });

  it('a resident who walks away from the lookup gets the idle warning, then the wipe', async () => {
    // Only the timers and the clock are faked: IndexedDB keeps running.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    try {
      const db = freshDb();
      renderApp(db);
      await act(() => vi.advanceTimersByTimeAsync(50));
      fireEvent.click(screen.getByRole('button', { name: 'Tra cứu hồ sơ' }));
      fireEvent.change(screen.getByLabelText('Mã hồ sơ'), { target: { value: 'XYRT8' } });
      await act(() => vi.advanceTimersByTimeAsync(150_000));
      expect(screen.getByRole('heading', { name: 'Bạn vẫn đang ở đây chứ?' })).toBeInTheDocument();
      await act(() => vi.advanceTimersByTimeAsync(60_000));
      expect(screen.getByRole('heading', { level: 1, name: 'Nộp hồ sơ cho phường' })).toBeInTheDocument();
      expect(screen.getByText('Phiên trước đã kết thúc và mọi thông tin đã được xoá.')).toBeInTheDocument();
      expect(useLookupStore.getState().input).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a USB barcode scanner at the lookup screen', () => {
  it('types into the reference field even when nothing is focused, and Enter looks it up', async () => {
    const user = setupUser();
    await openLookup(user);
    const field = screen.getByLabelText('Mã hồ sơ');
    expect(field).not.toHaveFocus();
    await user.keyboard('MOTCUA:ABCD');
    expect(field).toHaveFocus();
    expect(field).toHaveValue('MOTCUA:ABCD');
  });
});
