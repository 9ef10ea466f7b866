/** One camera frame as RGBA pixels (what jsQR reads), `width × height × 4` bytes. */
export interface FramePixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** Reads the picture the <video> shows now, or null while it has none yet. Injectable: jsdom has no canvas. */
export type FrameReader = (video: HTMLVideoElement) => FramePixels | null;

/** Frames are decoded at most this wide or tall: plenty for a receipt's QR held up to the camera, and cheap. */
export const SCAN_MAX_SIDE = 640;

/** The size a `width × height` frame is scaled down to (never up) so that its longer side is ≤ `maxSide`. */
export function scaledSize(width: number, height: number, maxSide = SCAN_MAX_SIDE): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * A reader with its own small canvas, reused for every frame (no allocation per frame beyond the pixels).
 * `willReadFrequently` keeps the canvas in memory, where reading pixels back is cheap.
 */
export function createFrameReader(maxSide = SCAN_MAX_SIDE): FrameReader {
  let canvas: HTMLCanvasElement | null = null;
  let context: CanvasRenderingContext2D | null = null;
  return (video) => {
    if (video.videoWidth === 0 || video.videoHeight === 0) return null;
    const { width, height } = scaledSize(video.videoWidth, video.videoHeight, maxSide);
    canvas ??= document.createElement('canvas');
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
      context = null;
    }
    context ??= canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return null;
    context.drawImage(video, 0, 0, width, height);
    const image = context.getImageData(0, 0, width, height);
    return { data: image.data, width, height };
  };
}
