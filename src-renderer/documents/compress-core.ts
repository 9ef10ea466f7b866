import { PHOTO_JPEG_QUALITY, PHOTO_MAX_LONG_SIDE } from '../../src-shared/files/limits';

/**
 * The one compression code path, used inside the worker and (when Worker is missing) on the main thread:
 * decode with EXIF orientation applied, scale so the long side is at most `maxLongSide`, re-encode as JPEG.
 * Uses only createImageBitmap + OffscreenCanvas, which exist in both places.
 */
export interface CompressOptions {
  maxLongSide?: number;
  quality?: number;
}

export interface CompressedImage {
  bytes: Uint8Array<ArrayBuffer>;
  mimeType: 'image/jpeg';
  width: number;
  height: number;
}

/** Target size: scaled down to fit `maxLongSide`, never scaled up; at least 1 px. */
export function fitLongSide(width: number, height: number, maxLongSide: number): { width: number; height: number } {
  const scale = Math.min(1, maxLongSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export async function compressOnCanvas(input: Blob, options: CompressOptions = {}): Promise<CompressedImage> {
  const maxLongSide = options.maxLongSide ?? PHOTO_MAX_LONG_SIDE;
  const quality = options.quality ?? PHOTO_JPEG_QUALITY;
  const bitmap = await createImageBitmap(input, { imageOrientation: 'from-image' });
  try {
    const { width, height } = fitLongSide(bitmap.width, bitmap.height, maxLongSide);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('2d context unavailable');
    context.fillStyle = '#ffffff'; // transparent PNG areas become white paper, not black
    context.fillRect(0, 0, width, height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
    return { bytes: new Uint8Array(await blob.arrayBuffer()), mimeType: 'image/jpeg', width, height };
  } finally {
    bitmap.close();
  }
}
