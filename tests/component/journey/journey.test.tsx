import { act, fireEvent, screen, within } from '@testing-library/react';
import { setupUser, type User } from '../user';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src-renderer/app/App';
import { forgetSubmission } from '../../../src-renderer/journey/file-application';
import { useJourneyStore } from '../../../src-renderer/state/journey-store';
import { useKioskStore } from '../../../src-renderer/state/kiosk-store';
import { useSessionStore } from '../../../src-renderer/state/session-store';
import type { KioskInfo } from '../../../src-shared/bridge/kiosk-bridge';
import type { Language } from '../../../src-shared/config/kiosk-config';
import { fakeBridge } from '../fake-bridge';
import { renderWithI18n } from '../render';
import { deleteAll, freshDb, KID, makeServerKeys, type ServerKeys } from '../storage/harness';

// Whole-app journeys: minutes on a loaded 2-core CI machine.
vi.setConfig({ testTimeout: 180_000 });

const info: KioskInfo = {
  appName: 'Một Cửa Kiosk',
  appVersion: '0.1.0',
  host: 'browser',
  platform: 'test',
  kioskName: 'Nhà văn hoá tổ 5',
  wardName: 'Phường Tây Hồ',
  wardCode: '00103',
  displayMode: 'windowed',
  defaultLanguage: 'vi',
};

let keys: ServerKeys;
beforeAll(async () => {
  keys = await makeServerKeys();
});
beforeEach(() => {
  useKioskStore.setState({ info: undefined, config: undefined });
  useSessionStore.setState({ language: 'vi', defaultLanguage: 'vi', notice: undefined });
  useJourneyStore.getState().reset();
});
afterEach(async () => {
  forgetSubmission();
  await deleteAll();
});

function renderKiosk(language: Language = 'vi') {
  const db = freshDb();
  const bridge = fakeBridge({ info, config: { intakeKey: { kid: KID, publicKeyJwk: keys.publicJwk } } });
  useSessionStore.setState({ language });
  const view = renderWithI18n(<App bridge={bridge} db={db} />, language);
  return { ...view, db, bridge, user: setupUser() };
}

const input = (id: string) => document.getElementById(id) as HTMLInputElement;

/** Fills a text box the way the on-screen keyboard's insertions reach it (typing letter by letter is tested in keyboard/). */
async function fill(user: User, id: string, text: string) {
  await user.click(input(id));
  await user.clear(input(id));
  await user.paste(text);
}
const h1 = () => screen.getByRole('heading', { level: 1 });

async function startExtract(user: User) {
  await user.click(await screen.findByRole('button', { name: /^Bản sao trích lục hộ tịch / }));
  await user.click(screen.getByRole('button', { name: 'Bắt đầu khai' }));
  expect(h1()).toHaveTextContent('Thông tin về bạn, người đi đăng ký');
}

async function answerRequester(user: User) {
  await fill(user, 'requesterName', 'Đặng Văn Hải');
  await fill(user, 'requesterId', '001075012345');
  await user.click(screen.getByRole('radio', { name: 'Bản thân' }));
  await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
}

async function answerRest(user: User) {
  expect(h1()).toHaveTextContent('Giấy tờ bạn cần bản sao');
  await user.click(screen.getByRole('radio', { name: 'Giấy khai sinh' }));
  await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
  expect(h1()).toHaveTextContent('Người có tên trong giấy tờ');
  await fill(user, 'subjectName', 'Đặng Văn Hải');
  await fill(user, 'subjectBirthDate-day', '12');
  await fill(user, 'subjectBirthDate-month', '8');
  await fill(user, 'subjectBirthDate-year', '1975');
  await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
  expect(h1()).toHaveTextContent('Nơi và thời gian đã đăng ký');
  await fill(user, 'registrationPlace', 'UBND phường Quảng An');
  await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
  expect(h1()).toHaveTextContent('Số bản sao');
  await fill(user, 'copiesCount', '2');
  await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
  expect(h1()).toHaveTextContent('Phường báo kết quả cho bạn qua đâu?');
  await fill(user, 'contact-phone', '0912345678');
  await user.click(screen.getByRole('checkbox', { name: /Tôi đồng ý/ }));
  await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
  expect(h1()).toHaveTextContent('Kiểm tra lại thông tin');
}

describe('the filing journey', () => {
  it('validates on Continue: the error summary takes focus, names each problem, and its links focus the field', async () => {
    const { user } = renderKiosk();
    await startExtract(user);
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('heading', { name: 'Có lỗi cần sửa' })).toBeInTheDocument();
    const links = within(summary).getAllByRole('link').map((a) => a.textContent);
    expect(links).toContain('Nhập họ, chữ đệm và tên');
    expect(links.some((l) => l?.includes('Bạn là gì của người có tên trong giấy tờ?'))).toBe(true);
    await user.click(within(summary).getByRole('link', { name: 'Nhập họ, chữ đệm và tên' }));
    expect(input('requesterName')).toHaveFocus();
    // The same words sit next to the field; what was typed is kept.
    await fill(user, 'requesterName', 'Hải 2 <b>');
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(input('requesterName')).toHaveValue('Hải 2 <b>');
    expect(h1()).toHaveTextContent('Thông tin về bạn, người đi đăng ký');
  });

  it('says the same things in English', async () => {
    const { user } = renderKiosk('en');
    await user.click(await screen.findByRole('button', { name: /^Copy of a civil record / }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await fill(user, 'requesterId', '12345');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(summary.textContent).toMatch(/12 digits/);
  });

  it('a Change link goes back to the question, and Continue returns to check your answers with the new answer', async () => {
    const { user } = renderKiosk();
    await startExtract(user);
    await answerRequester(user);
    await answerRest(user);
    expect(screen.getByText('UBND phường Quảng An')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sửa Nơi đã đăng ký' }));
    expect(h1()).toHaveTextContent('Nơi và thời gian đã đăng ký');
    await fill(user, 'registrationPlace', 'UBND phường Tây Hồ');
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(h1()).toHaveTextContent('Kiểm tra lại thông tin');
    expect(screen.getByText('UBND phường Tây Hồ')).toBeInTheDocument();
    expect(screen.queryByText('UBND phường Quảng An')).not.toBeInTheDocument();
  });

  it('a double tap on "Gửi hồ sơ" queues one application, and the confirmation shows the reference', async () => {
    const { user, db, bridge } = renderKiosk();
    await startExtract(user);
    await answerRequester(user);
    await answerRest(user);
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(h1()).toHaveTextContent('Cam đoan và gửi hồ sơ');
    const send = screen.getByRole('button', { name: 'Gửi hồ sơ' });
    await user.click(send);
    expect(screen.getByRole('alert')).toHaveTextContent('Đánh dấu vào ô cam đoan để gửi hồ sơ');
    await user.click(screen.getByRole('checkbox', { name: /Tôi cam đoan/ }));
    // The button ignores taps for a second after a tap (govuk-frontend's double-click guard); then two quick taps.
    await act(() => new Promise((resolve) => setTimeout(resolve, 1100)));
    await act(async () => {
      fireEvent.click(send);
      fireEvent.click(send);
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Đã nhận hồ sơ của bạn' })).toBeInTheDocument();
    expect(await db.outbox.count()).toBe(1);
    const [record] = await db.outbox.toArray();
    expect(screen.getByText(`${record!.reference.slice(0, 4)}-${record!.reference.slice(4)}`)).toBeInTheDocument();
    expect(useJourneyStore.getState().answers).toEqual({});

    await user.click(screen.getByRole('button', { name: 'In phiếu hẹn' }));
    expect(await screen.findByText('Đã in phiếu. Mời bạn lấy phiếu ở khe máy in.')).toBeInTheDocument();
    expect(bridge.printed[0]).toMatchObject({ reference: record!.reference, language: 'vi' });
    expect(JSON.stringify(bridge.printed)).not.toContain('Đặng Văn Hải');

    await user.click(screen.getByRole('button', { name: 'Xong' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ cho phường' })).toBeInTheDocument();
    expect(await screen.findByText('Chờ gửi: 1')).toBeInTheDocument();
    expect(await db.outbox.count()).toBe(1);
  });

  it('keeps every answer on screen and says so when the kiosk has no intake key', async () => {
    const db = freshDb();
    renderWithI18n(<App bridge={fakeBridge({ info })} db={db} />);
    await setupUser().click(await screen.findByRole('button', { name: /^Bản sao trích lục hộ tịch / }));
    expect(screen.getByText(/Máy này chưa được cài đặt để nhận hồ sơ/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bắt đầu khai' })).not.toBeInTheDocument();
  });
});
