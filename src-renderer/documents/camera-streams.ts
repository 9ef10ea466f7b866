/**
 * Every camera stream the session opens is registered here, so that closing the camera, unmounting, or a
 * session wipe always turns the camera off (the light goes out; nobody can keep filming the next person).
 */
const live = new Set<MediaStream>();

/** The constraints the kiosk asks for: the best the document camera can give, rear-facing when there is a choice. */
export const CAMERA_CONSTRAINTS: MediaStreamConstraints = {
  video: { width: { ideal: 3840 }, height: { ideal: 2160 }, facingMode: 'environment' },
  audio: false,
};

/** Open the camera (the document camera's constraints unless told otherwise, e.g. a lighter stream for QR scanning). */
export async function openCamera(constraints: MediaStreamConstraints = CAMERA_CONSTRAINTS): Promise<MediaStream> {
  const devices = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
  if (!devices || typeof devices.getUserMedia !== 'function') {
    throw new DOMException('No camera API', 'NotFoundError');
  }
  const stream = await devices.getUserMedia(constraints);
  live.add(stream);
  return stream;
}

export function stopCamera(stream: MediaStream | null | undefined): void {
  if (!stream) return;
  for (const track of stream.getTracks()) track.stop();
  live.delete(stream);
}

/** Stop every stream still open; returns how many there were. */
export function stopAllCameras(): number {
  const count = live.size;
  for (const stream of [...live]) stopCamera(stream);
  return count;
}

export function hasCameraApi(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function';
}

/** Which message a failed getUserMedia deserves: denied, no camera, or busy/other. */
export function cameraErrorKey(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'documents.camera.denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'documents.camera.missing';
  return 'documents.camera.failed';
}
