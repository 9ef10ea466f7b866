import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wipeSession } from '../../../src-renderer/session/wipe-session';
import type { ReceiptRecord } from '../../../src-renderer/storage/db';
import type { Language } from '../../../src-shared/config/kiosk-config';
import { DEVICE, fakeDevice, receipt, resetScreens } from '../admin/harness';
import { deleteAll, freshDb } from '../storage/harness';
import { camera, fakeCamera, noCamera, qrFrame, renderScanApp } from './scan-harness';

vi.setConfig({ testTimeout: 30_000 });
let clock: ReturnType<typeof vi.spyOn>;
const play = vi.spyOn(HTMLMediaElement.prototype, 'play');
beforeEach(() => {
  resetScreens();
  fakeDevice(DEVICE);
  play.mockImplementation(async () => undefined); // jsdom has no media playback
  // Every tap comes after the 1 s double-tap guard, as a resident reading the screen would tap.
  let now = 0;
  clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 5000));
});
afterEach(async () => {
  clock.mockRestore();
  play.mockReset();
  vi.useRealTimers();
  resetScreens();
  Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: undefined });
  await deleteAll();
});

const WORDS = {
  vi: { lookup: 'Tra cứu hồ sơ', scan: 'Quét mã QR trên giấy biên nhận', cancel: 'Huỷ', looking: 'Máy ảnh đang tìm mã QR…', received: 'Phường đã nhận hồ sơ' },
  en: { lookup: 'Check an application', scan: 'Scan the QR code on your receipt', cancel: 'Cancel', looking: 'The camera is looking for the QR code…', received: 'The ward has received your application' },
} as const;

async function openLookup(records: ReceiptRecord[] = [], language: Language = 'vi') {
  const db = freshDb();
  if (records.length > 0) await db.receipts.bulkAdd(records);
  const view = renderScanApp(db, language);
  fireEvent.click(await screen.findByRole('button', { name: WORDS[language].lookup }));
  return { db, view };
}

/** Tap the scan button; the camera opens and shows its first picture. */
async function startScan(language: Language = 'vi') {
  fireEvent.click(await screen.findByRole('button', { name: WORDS[language].scan }));
  const dialog = await screen.findByRole('dialog', { name: WORDS[language].scan });
  const video = await screen.findByLabelText(language === 'vi' ? 'Hình từ máy ảnh' : 'Camera picture');
  fireEvent(video, new Event('loadeddata'));
  expect(await screen.findByText(WORDS[language].looking)).toBeInTheDocument();
  return dialog;
}

describe('"Quét mã QR trên giấy biên nhận": the kiosk camera reads the receipt', () => {
  it.each(['vi', 'en'] as const)('reads our receipt\'s QR code and shows its status, as if typed, with the camera off (%s)', async (language) => {
    const cam = fakeCamera();
    await openLookup([receipt({ reference: 'HKTR7M26', status: 'received' })], language);
    const dialog = await startScan(language);
    expect(dialog).toHaveAccessibleDescription(
      language === 'vi' ? /^Đưa mã QR trên giấy biên nhận vào trước máy ảnh/ : /^Hold the QR code on your receipt up to the camera/,
    );
    expect(screen.getByRole('button', { name: WORDS[language].cancel })).toHaveFocus();
    expect(cam.getUserMedia).toHaveBeenCalledWith(expect.objectContaining({ video: expect.objectContaining({ facingMode: 'environment' }), audio: false }));

    camera.frame = qrFrame('MOTCUA:HKTR7M26:1.001193');
    expect(await screen.findByRole('heading', { level: 1, name: WORDS[language].received })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText('HKTR-7M26')).toBeInTheDocument();
    for (const track of cam.tracks) expect(track.stop).toHaveBeenCalled();
    expect(document.getElementById('main-content')).toHaveFocus();
  });

  it.each([
    ['vi', 'Đây không phải mã trên giấy biên nhận của phường. Hãy đưa mã QR in trên giấy biên nhận.'],
    ['en', 'This is not the code on a ward receipt. Please hold up the QR code printed on your receipt.'],
  ] as const)('says calmly that another QR code is not a receipt, and keeps looking (%s)', async (language, message) => {
    const cam = fakeCamera();
    await openLookup([receipt({ reference: 'BANG8CHG', status: 'received' })], language);
    await startScan(language);

    for (const foreign of ['https://dichvucong.gov.vn/p/home', 'WIFI:S:NhaVanHoa;T:WPA;P:12345678;;', 'MOTCUA:ABCD2O45:1.001193']) {
      camera.frame = qrFrame(foreign);
      const reads = camera.reads;
      await waitFor(() => expect(screen.getByText(message)).toHaveAttribute('role', 'status')); // announced
      await waitFor(() => expect(camera.reads).toBeGreaterThan(reads + 1)); // still scanning
      expect(screen.getByRole('dialog')).toBeInTheDocument();
    }
    expect(screen.queryByRole('alert')).not.toBeInTheDocument(); // a note, not an error
    for (const track of cam.tracks) expect(track.stop).not.toHaveBeenCalled();

    camera.frame = qrFrame('bang-8chg'); // a bare reference is read like a typed one
    expect(await screen.findByRole('heading', { level: 1, name: WORDS[language].received })).toBeInTheDocument();
    for (const track of cam.tracks) expect(track.stop).toHaveBeenCalled();
  });

  it('"Huỷ" and Escape close the camera (every track stopped) and give focus back to the scan button', async () => {
    const first = fakeCamera();
    await openLookup();
    await startScan();
    camera.frame = qrFrame('https://example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Huỷ' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    for (const track of first.tracks) expect(track.stop).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: WORDS.vi.scan })).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Tra cứu hồ sơ');

    const second = fakeCamera();
    await startScan();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    for (const track of second.tracks) expect(track.stop).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: WORDS.vi.scan })).toHaveFocus();
  });

  it('stops the camera when the screen goes away with the camera open (unmount), even before it has opened', async () => {
    const cam = fakeCamera();
    const { view } = await openLookup();
    await startScan();
    view.unmount();
    for (const track of cam.tracks) expect(track.stop).toHaveBeenCalled();

    let letOpen = () => undefined as void;
    const slow = fakeCamera(() => new Promise<void>((resolve) => (letOpen = resolve)));
    resetScreens();
    const again = await openLookup();
    fireEvent.click(await screen.findByRole('button', { name: WORDS.vi.scan }));
    await waitFor(() => expect(slow.getUserMedia).toHaveBeenCalled());
    again.view.unmount();
    letOpen(); // the camera answers after the resident has gone: it is turned straight off
    const [video, audio] = slow.tracks;
    await waitFor(() => expect(video?.stop).toHaveBeenCalled());
    expect(audio?.stop).toHaveBeenCalled();
  });

  it('the session wipe (idle timeout, "Xong") turns the camera off and the next resident starts clean', async () => {
    const cam = fakeCamera();
    await openLookup();
    await startScan();
    act(() => wipeSession('timeout'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    for (const track of cam.tracks) expect(track.stop).toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Nộp hồ sơ cho phường');

    // The next resident: the lookup as new, the camera closed until they ask for it.
    fireEvent.click(screen.getByRole('button', { name: WORDS.vi.lookup }));
    expect(await screen.findByRole('button', { name: WORDS.vi.scan })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(cam.getUserMedia).toHaveBeenCalledTimes(1);
  });

  it('closes the camera after a minute without our code, saying so, and lets the resident try again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const cam = fakeCamera();
    renderScanApp(freshDb());
    await act(() => vi.advanceTimersByTimeAsync(50));
    fireEvent.click(screen.getByRole('button', { name: WORDS.vi.lookup }));
    await act(() => vi.advanceTimersByTimeAsync(50)); // the camera list is read
    fireEvent.click(screen.getByRole('button', { name: WORDS.vi.scan }));
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(camera.reads).toBeGreaterThan(10); // a few frames a second, none with a code
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    for (const track of cam.tracks) expect(track.stop).toHaveBeenCalled();
    expect(screen.getByText('Máy chưa đọc được mã QR nên đã tắt máy ảnh. Bạn có thể bấm quét lại, hoặc nhập mã hồ sơ vào ô bên dưới.')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('button', { name: WORDS.vi.scan })).toHaveFocus();
    const reads = camera.reads;
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(camera.reads).toBe(reads); // nothing is read once the camera is closed
  });

  it.each([
    ['NotAllowedError', 'Máy ảnh chưa được phép dùng. Hãy nhập mã hồ sơ vào ô bên dưới.'],
    ['NotReadableError', 'Máy ảnh đang bận hoặc bị lỗi. Hãy nhập mã hồ sơ vào ô bên dưới, hoặc thử lại sau.'],
  ])('a camera that cannot be used (%s) closes the scanner with a plain message', async (name, message) => {
    fakeCamera(async () => {
      throw new DOMException('camera', name);
    });
    await openLookup();
    fireEvent.click(await screen.findByRole('button', { name: WORDS.vi.scan }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Mã hồ sơ')).toBeInTheDocument();
  });
});

describe('no camera, no scan button', () => {
  it.each(['no-api', 'no-device'] as const)('%s: only the field', async (kind) => {
    noCamera(kind);
    await openLookup();
    expect(screen.getByLabelText('Mã hồ sơ')).toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 20))); // the device list has been read
    expect(screen.queryByRole('button', { name: WORDS.vi.scan })).not.toBeInTheDocument();
    expect(screen.queryByText('Hoặc đưa giấy biên nhận cho máy ảnh đọc mã QR:')).not.toBeInTheDocument();
  });
});
