import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PENDING_ENROLLMENT_KEY, pageReload } from '../../../src-renderer/admin/pending-enrollment';
import type { EnrollFailure } from '../../../src-renderer/device/enroll';
import { useKioskStore } from '../../../src-renderer/state/kiosk-store';
import { useScreenStore } from '../../../src-renderer/state/screen-store';
import { fakeBridge } from '../fake-bridge';
import { setupUser, type User } from '../user';
import { deleteAll, freshDb } from '../storage/harness';
import { DEVICE, INFO, SERVER, fakeDevice, renderApp, resetScreens, type FakeEnroll } from './harness';

vi.setConfig({ testTimeout: 30_000 });
let reload: ReturnType<typeof vi.spyOn>;
let clock: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetScreens();
  reload = vi.spyOn(pageReload, 'reload').mockImplementation(() => undefined);
  // Ward IT reads each answer before tapping again: every tap comes well after the 1 s double-tap guard.
  let now = 0;
  clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 5000));
});
afterEach(async () => {
  reload.mockRestore();
  clock.mockRestore();
  resetScreens();
  await deleteAll();
});

const OK: FakeEnroll = () => Promise.resolve({ ok: true, device: DEVICE });

async function openEnrollment(enroll: FakeEnroll, options: Parameters<typeof renderApp>[1] = {}) {
  const fake = vi.fn(enroll);
  fakeDevice(null, fake);
  const db = freshDb();
  const rendered = renderApp(db, { config: { serverUrl: SERVER }, ...options });
  await screen.findByRole('heading', { level: 1 });
  act(() => useScreenStore.getState().openAdmin());
  const form = screen.getByRole('region', { name: options.language === 'en' ? 'Register this kiosk with the ward' : 'Đăng ký máy với phường' });
  return { ...rendered, db, enroll: fake, form };
}

async function fill(user: User, label: string, text: string) {
  const field = screen.getByLabelText(label);
  await user.clear(field);
  if (text !== '') await user.type(field, text);
}

const submit = (user: User) => user.click(screen.getByRole('button', { name: 'Đăng ký máy' }));

describe('enrollment form: checked before anything is sent', () => {
  it('prefills the configured server, and lists each problem at the top and by its field', async () => {
    const user = setupUser();
    const { enroll } = await openEnrollment(OK);
    expect(screen.getByLabelText('Địa chỉ máy chủ của phường')).toHaveValue(SERVER);

    await fill(user, 'Địa chỉ máy chủ của phường', '');
    await submit(user);
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'Có lỗi cần sửa' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Nhập địa chỉ máy chủ của phường' })).toHaveAttribute('href', '#enroll-server');
    expect(within(summary).getByRole('link', { name: 'Nhập mã đăng ký' })).toHaveAttribute('href', '#enroll-code');
    expect(summary).toHaveFocus();
    expect(screen.getByLabelText('Mã đăng ký')).toHaveAccessibleDescription(/Nhập mã đăng ký/);

    await fill(user, 'Địa chỉ máy chủ của phường', 'ftp://motcua.example.vn');
    await fill(user, 'Mã đăng ký', 'ABCD-EFGH');
    await submit(user);
    expect(screen.getByRole('link', { name: /Địa chỉ máy chủ phải có dạng https:\/\/tên-máy-chủ/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mã đăng ký có 12 ký tự, bạn đã nhập 8 ký tự' })).toBeInTheDocument();

    await fill(user, 'Mã đăng ký', 'ABCD-EFGH-23O5');
    await submit(user);
    expect(screen.getByRole('link', { name: /Mã đăng ký không có ký tự “O”/ })).toBeInTheDocument();
    expect(enroll).not.toHaveBeenCalled();
  });

  it('accepts the code in small letters with dashes and spaces, and a server typed without https://', async () => {
    const user = setupUser();
    const { enroll, db } = await openEnrollment(OK);
    await fill(user, 'Địa chỉ máy chủ của phường', 'motcua.hongha.example.vn');
    await fill(user, 'Mã đăng ký', 'abcd-efgh 2345');
    await submit(user);
    expect(enroll).toHaveBeenCalledWith(db, SERVER, 'ABCDEFGH2345');
    expect(await screen.findByText('Đã đăng ký máy với phường: Nhà văn hoá tổ dân phố 5, Phường Hồng Hà. Máy sẽ tự gửi các hồ sơ đang chờ.')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Máy này' })).getByText('Đã đăng ký với phường')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Đăng ký máy với phường' })).not.toBeInTheDocument();
  });

  it('gives each refusal of the server in plain words, by the field to fix', async () => {
    const user = setupUser();
    const cases: [EnrollFailure, string, string][] = [
      ['bad-address', '#enroll-server', 'Địa chỉ máy chủ không đúng. Hỏi lại cán bộ công nghệ thông tin của phường'],
      ['unreachable', '#enroll-server', 'Không kết nối được tới máy chủ ở địa chỉ này. Kiểm tra địa chỉ và mạng của máy, rồi thử lại'],
      ['code-invalid', '#enroll-code', 'Mã đăng ký không đúng, đã được dùng hoặc đã hết hạn. Xin cán bộ công nghệ thông tin của phường một mã mới'],
      ['server-error', '#enroll-submit', 'Máy chủ của phường đang trục trặc nên chưa đăng ký được. Thử lại sau ít phút'],
    ];
    let next: EnrollFailure = 'bad-address';
    await openEnrollment(() => Promise.resolve({ ok: false, reason: next }));
    await fill(user, 'Mã đăng ký', 'ABCDEFGH2345');
    for (const [reason, href, words] of cases) {
      next = reason;
      await submit(user);
      const link = await screen.findByRole('link', { name: words });
      expect(link).toHaveAttribute('href', href);
      expect(screen.getAllByText(words)).toHaveLength(2);
    }
  });

  it('speaks English too', async () => {
    const user = setupUser();
    await openEnrollment(() => Promise.resolve({ ok: false, reason: 'code-invalid' }), { language: 'en' });
    await fill(user, 'Registration code', 'abcdefgh2345');
    await user.click(screen.getByRole('button', { name: 'Register the kiosk' }));
    expect(await screen.findByRole('link', { name: 'The registration code is wrong, already used or expired. Ask the ward\'s IT officer for a new one' })).toBeInTheDocument();
  });

  it('gives the on-screen keyboard plain letters and digits in both fields (no Telex turning AA into Â)', async () => {
    const user = setupUser();
    await openEnrollment(OK);
    await fill(user, 'Mã đăng ký', '');
    await user.click(screen.getByLabelText('Mã đăng ký'));
    const keyboard = within(screen.getByRole('group', { name: 'Bàn phím trên màn hình' }));
    for (const name of ['a', 'a', 'd', 'd', '2']) await user.click(keyboard.getByRole('button', { name }));
    expect(screen.getByLabelText('Mã đăng ký')).toHaveValue('aadd2');
    await user.click(screen.getByLabelText('Địa chỉ máy chủ của phường'));
    expect(keyboard.getByRole('button', { name: '.vn' })).toBeInTheDocument();
  });
});

describe('enrollment to another server: through the shell, one reload, then it carries on', () => {
  it('asks the shell to allow the new server, keeps address and code for the reload, reloads, and enrolls after it', async () => {
    const user = setupUser();
    const bridge = fakeBridge({ info: INFO, config: { serverUrl: 'https://old.example.vn' } });
    const first = await openEnrollment(OK, { bridge });
    await fill(user, 'Địa chỉ máy chủ của phường', 'https://Motcua.Hongha.example.vn/');
    await fill(user, 'Mã đăng ký', 'abcd efgh 2345');
    await submit(user);

    expect(bridge.serverUrls).toEqual([SERVER]);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(first.enroll).not.toHaveBeenCalled();
    expect(JSON.parse(sessionStorage.getItem(PENDING_ENROLLMENT_KEY) ?? 'null')).toEqual({ serverUrl: SERVER, code: 'ABCDEFGH2345' });
    expect(screen.getByRole('button', { name: /Đang chuyển sang máy chủ mới/ })).toBeInTheDocument();

    // The reload: memory is gone, sessionStorage and the shell's new address stay.
    first.unmount();
    useKioskStore.setState(useKioskStore.getInitialState(), true);
    useScreenStore.setState(useScreenStore.getInitialState(), true);
    const again = vi.fn(OK);
    fakeDevice(null, again);
    renderApp(first.db, { bridge });
    expect(await screen.findByRole('heading', { level: 1, name: 'Quản trị kiosk' })).toBeInTheDocument();
    expect(await screen.findByText(/^Đã đăng ký máy với phường:/)).toBeInTheDocument();
    expect(again).toHaveBeenCalledWith(first.db, SERVER, 'ABCDEFGH2345');
    expect(sessionStorage.getItem(PENDING_ENROLLMENT_KEY)).toBeNull();
    expect(bridge.serverUrls).toEqual([SERVER]);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('says so when the shell refuses the address or cannot save it, and does not reload', async () => {
    const user = setupUser();
    const bridge = fakeBridge({ info: INFO, config: { serverUrl: SERVER } });
    bridge.setServerUrl = () => Promise.resolve({ ok: false, reason: 'failed' });
    await openEnrollment(OK, { bridge });
    await fill(user, 'Địa chỉ máy chủ của phường', 'https://other.example.vn');
    await fill(user, 'Mã đăng ký', 'ABCDEFGH2345');
    await submit(user);
    expect(await screen.findByRole('link', { name: /Máy không lưu được địa chỉ máy chủ mới/ })).toHaveAttribute('href', '#enroll-server');
    bridge.setServerUrl = () => Promise.resolve({ ok: false, reason: 'invalid' });
    await submit(user);
    expect(await screen.findByRole('link', { name: /Địa chỉ máy chủ không đúng/ })).toBeInTheDocument();
    expect(reload).not.toHaveBeenCalled();
    expect(sessionStorage.getItem(PENDING_ENROLLMENT_KEY)).toBeNull();
  });
});

describe('enrollment by itself at start (npm start provisions a code)', () => {
  it('enrolls to the configured server with the configured code when not enrolled, without opening any screen', async () => {
    const enroll = vi.fn(OK);
    fakeDevice(null, enroll);
    const db = freshDb();
    const { bridge } = renderApp(db, { config: { serverUrl: SERVER, enrollmentCode: 'abcd-efgh-2345' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ cho phường' })).toBeInTheDocument();
    await vi.waitFor(() => expect(enroll).toHaveBeenCalledWith(db, SERVER, 'ABCDEFGH2345'));
    await vi.waitFor(() => expect(bridge.logs.some((l) => l.message === 'auto-enrollment done')).toBe(true));
    expect(JSON.stringify(bridge.logs)).not.toContain('ABCDEFGH2345');
    expect(enroll).toHaveBeenCalledTimes(1);
  });

  it('leaves an enrolled kiosk alone', async () => {
    const enroll = vi.fn(OK);
    fakeDevice(DEVICE, enroll);
    renderApp(freshDb(), { config: { serverUrl: SERVER, enrollmentCode: 'ABCDEFGH2345' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ cho phường' })).toBeInTheDocument();
    // The start-up check runs in the same commit that shows the start screen.
    expect(enroll).not.toHaveBeenCalled();
  });
});
