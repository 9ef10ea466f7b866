import jsQR from 'jsqr';
import type { FramePixels } from './frame-pixels';

/**
 * The text of the QR code in the frame, or null when there is none. The receipt is printed dark on light,
 * so inverted codes are not tried (that would double the work on every frame without one).
 */
export function decodeQr(frame: FramePixels): string | null {
  const code = jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' });
  return code && code.data !== '' ? code.data : null;
}
