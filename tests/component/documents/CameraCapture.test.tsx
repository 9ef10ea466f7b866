import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithI18n } from '../render';
import type { CapturedPage } from '../../../src-renderer/documents/types';
import { releaseDocumentResources } from '../../../src-renderer/documents/session-cleanup';
import { fakeStream, Harness, setGetUserMedia, stubObjectUrls } from './helpers';

const compressImage = vi.hoisted(() => vi.fn());
vi.mock('../../../src-renderer/documents/compress', () => ({ compressImage, disposeCompressor: vi.fn() }));
vi.mock('../../../src-renderer/documents/camera-frame', () => ({
  grabFrame: vi.fn(async () => new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' })),
  whenShowing: vi.fn(async () => undefined),
}));

beforeEach(() => {
  releaseDocumentResources(); // start each test with no URL or stream left from the one before
  compressImage.mockReset();
  compressImage.mockResolvedValue({ bytes: new Uint8Array([0xff, 0xd8, 0xff, 2]), mimeType: 'image/jpeg', width: 2000, height: 1125 });
});

async function openCamera() {
  fireEvent.click(screen.getByRole('button', { name: 'Chụp ảnh giấy tờ' }));
  return screen.findByRole('button', { name: 'Chụp' });
}

describe('CameraCapture', { timeout: 30_000 }, () => {
  it('captures, retakes, uses the photo as a page, and stops the camera on Xong', async () => {
    const { revoke } = stubObjectUrls();
    const { stream, track } = fakeStream();
    setGetUserMedia(async () => stream);
    const changes: CapturedPage[][] = [];
    renderWithI18n(<Harness changes={changes} />);
    expect(await openCamera()).toBeInTheDocument();
    expect(navigator.mediaDevices.getUserMedia).toHaveBeenCalledWith(
      expect.objectContaining({ video: { width: { ideal: 3840 }, height: { ideal: 2160 }, facingMode: 'environment' } }),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Chụp' }));
    expect(await screen.findByRole('img', { name: 'Ảnh vừa chụp' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Chụp lại' }));
    expect(screen.queryByRole('img', { name: 'Ảnh vừa chụp' })).not.toBeInTheDocument();
    expect(revoke).toHaveBeenCalledTimes(1); // the discarded still

    fireEvent.click(await screen.findByRole('button', { name: 'Chụp' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Dùng ảnh này' }));
    expect(await screen.findByText('Đã thêm 1 trang. Chụp trang tiếp theo hoặc bấm Xong.')).toBeInTheDocument();
    expect(changes.at(-1)).toMatchObject([{ id: 'cccd-1', source: 'camera', mimeType: 'image/jpeg' }]);
    expect(track.stop).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Xong' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(track.stop).toHaveBeenCalled();
    expect(screen.getByRole('img', { name: 'Ảnh trang 1' })).toBeInTheDocument();
  });

  it.each([
    ['vi', 'Máy ảnh chưa được phép dùng. Bạn vẫn có thể chọn tệp ảnh hoặc PDF'],
    ['en', 'The camera is not allowed on this kiosk. You can still choose a photo or PDF file'],
  ] as const)('says clearly when the camera is refused, and the file button stays (%s)', async (lang, text) => {
    setGetUserMedia(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    renderWithI18n(<Harness changes={[]} />, lang);
    fireEvent.click(screen.getByRole('button', { name: lang === 'vi' ? 'Chụp ảnh giấy tờ' : 'Take a photo of the paper' }));
    expect(await screen.findByText(new RegExp(text.slice(0, 40)))).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: lang === 'vi' ? 'Đóng' : 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('alert')).toHaveTextContent(text);
    expect(screen.getByRole('button', { name: lang === 'vi' ? 'Chọn tệp ảnh hoặc PDF' : 'Choose a photo or PDF file' })).toBeInTheDocument();
  });

  it('stops the stream when the editor is unmounted with the camera open', async () => {
    const { stream, track } = fakeStream();
    setGetUserMedia(async () => stream);
    const view = renderWithI18n(<Harness changes={[]} />);
    await openCamera();
    view.unmount();
    expect(track.stop).toHaveBeenCalled();
  });

  it('a session wipe stops an open camera and revokes every preview URL', async () => {
    const { revoke } = stubObjectUrls();
    const { stream, track } = fakeStream();
    setGetUserMedia(async () => stream);
    renderWithI18n(<Harness changes={[]} />);
    await openCamera();
    fireEvent.click(screen.getByRole('button', { name: 'Chụp' }));
    await screen.findByRole('img', { name: 'Ảnh vừa chụp' });
    const released = releaseDocumentResources();
    expect(released).toEqual({ urls: 1, cameras: 1 });
    expect(track.stop).toHaveBeenCalled();
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
  });
});
