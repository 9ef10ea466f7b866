/** A fake camera and a frame source for the QR scanner: real QR images as RGBA pixels, in jsdom. */
import qrcode from 'qrcode-generator';
import { vi } from 'vitest';
import { App } from '../../../src-renderer/app/App';
import type { FrameReader, FramePixels } from '../../../src-renderer/lookup/qr/frame-pixels';
import { FrameReaderContext } from '../../../src-renderer/lookup/qr/frame-reader-context';
import { useSessionStore } from '../../../src-renderer/state/session-store';
import type { KioskDb } from '../../../src-renderer/storage/db';
import type { Language } from '../../../src-shared/config/kiosk-config';
import { INFO } from '../admin/harness';
import { fakeBridge } from '../fake-bridge';
import { renderWithI18n } from '../render';

/**
 * A camera picture of `text` as a QR code: grey surroundings, the code dark on white paper with its quiet
 * zone, centred, `module` pixels a module (as a receipt held up to the camera, after the 640 px downscale).
 */
export function qrFrame(text: string, { width = 320, height = 240, module = 4 } = {}): FramePixels {
  const code = qrcode(0, 'M');
  code.addData(text);
  code.make();
  const count = code.getModuleCount();
  const side = (count + 8) * module;
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inPaper = x >= left && x < left + side && y >= top && y < top + side;
      const row = Math.floor((y - top) / module) - 4;
      const col = Math.floor((x - left) / module) - 4;
      const dark = inPaper && row >= 0 && col >= 0 && row < count && col < count && code.isDark(row, col);
      const value = !inPaper ? 150 : dark ? 25 : 240;
      const i = (y * width + x) * 4;
      data[i] = data[i + 1] = data[i + 2] = value;
      data[i + 3] = 255;
    }
  }
  return { data, width, height };
}

/** What the camera sees; tests change it while the scanner runs. `reads` counts the frames decoded. */
export const camera: { frame: FramePixels | null; reads: number } = { frame: null, reads: 0 };

const readCamera: FrameReader = () => {
  camera.reads += 1;
  return camera.frame;
};

export interface FakeCamera {
  tracks: { stop: ReturnType<typeof vi.fn>; kind: string }[];
  getUserMedia: ReturnType<typeof vi.fn>;
}

/** A kiosk with a camera (a stream of a video and an audio track, so "every track" means something). */
export function fakeCamera(open: () => Promise<void> = async () => undefined): FakeCamera {
  const tracks = [
    { stop: vi.fn(), kind: 'video' },
    { stop: vi.fn(), kind: 'audio' },
  ];
  const stream = { getTracks: () => tracks, getVideoTracks: () => tracks.slice(0, 1) } as unknown as MediaStream;
  const getUserMedia = vi.fn(async () => {
    await open();
    return stream;
  });
  const enumerateDevices = vi.fn(async () => [{ kind: 'videoinput', deviceId: 'cam', label: '', groupId: 'g' }]);
  Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getUserMedia, enumerateDevices } });
  return { tracks, getUserMedia };
}

/** A kiosk without a camera: no camera API at all, or one that lists no video input. */
export function noCamera(kind: 'no-api' | 'no-device'): void {
  const value = kind === 'no-api' ? undefined : { getUserMedia: vi.fn(), enumerateDevices: vi.fn(async () => [{ kind: 'audioinput', deviceId: 'mic', label: '', groupId: 'g' }]) };
  Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value });
}

/** The whole app, with the scanner's frames coming from `camera`. */
export function renderScanApp(db: KioskDb, language: Language = 'vi') {
  camera.frame = null;
  camera.reads = 0;
  useSessionStore.setState({ language, defaultLanguage: language });
  return renderWithI18n(
    <FrameReaderContext.Provider value={() => readCamera}>
      <App bridge={fakeBridge({ info: INFO })} db={db} />
    </FrameReaderContext.Provider>,
    language,
  );
}
