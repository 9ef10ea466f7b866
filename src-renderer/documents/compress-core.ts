import {
  PHOTO_JPEG_QUALITY,
  PHOTO_LONG_SIDE_SLACK,
  PHOTO_MAX_BYTES,
  PHOTO_MAX_LONG_SIDE,
  PHOTO_RETRY_QUALITY,
} from '../../src-shared/files/limits';
import { frameOrientation, JPEG_HEADER_BYTES, jpegDecodeScale, readJpegHeader } from './jpeg-header';

/**
 * The one compression code path, used inside the worker and (when Worker is missing) on the main thread:
 * decode with EXIF orientation applied, scale so the long side is about `maxLongSide`, re-encode as JPEG.
 * Uses only ImageDecoder, createImageBitmap and OffscreenCanvas, which exist in both places.
 *
 * Two ways to get the picture small (measured in headless Chromium on a 12 MP photo of an A4 form, see
 * `npm run bench`; PSNR of the text against an exact area average of the full photo):
 *  - JPEG whose size the decoder can divide by n/8 to land at `maxLongSide`…+5 % (12 MP 4000/4032/4080 px,
 *    48–50 MP 8000/8160 px, 8 MP 3264 px): ImageDecoder with desiredWidth/Height decodes straight to that
 *    size (libjpeg IDCT scaling: 58 dB, i.e. an exact area average, and about 40 % less time than a full
 *    decode plus resample). It is kept as it is: resampling 2016 → 2000 px blurs 7 pt print (33 dB).
 *  - everything else (PNG, WebP, other sizes, no ImageDecoder): full decode, then one high-quality
 *    drawImage to fit `maxLongSide` (40 dB).
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

/**
 * Encode at `quality`; when the result is above `maxBytes`, encode once more at `retryQuality` and keep
 * the smaller of the two. One retry at most: the size is a soft cap, legibility comes first.
 */
export async function encodeWithinCap(
  encode: (quality: number) => Promise<Blob>,
  quality: number,
  maxBytes: number,
  retryQuality: number,
): Promise<Blob> {
  const first = await encode(quality);
  if (first.size <= maxBytes || retryQuality >= quality) return first;
  const second = await encode(retryQuality);
  return second.size < first.size ? second : first;
}

/** A decoded picture ready to draw, already in display orientation. */
interface Decoded {
  source: CanvasImageSource;
  width: number;
  height: number;
  /** True when width × height is already the output size (the fast path). */
  final: boolean;
  close(): void;
}

/** The fast path (see the top of this file), or undefined when it does not apply or the decoder balks. */
async function decodeScaledJpeg(input: Blob, maxLongSide: number): Promise<Decoded | undefined> {
  if (typeof ImageDecoder === 'undefined') return undefined;
  const header = readJpegHeader(new Uint8Array(await input.slice(0, JPEG_HEADER_BYTES).arrayBuffer()));
  const scale = header && jpegDecodeScale(header, maxLongSide, PHOTO_LONG_SIDE_SLACK);
  if (!scale) return undefined;
  const expected = frameOrientation(header.orientation);
  let decoder: ImageDecoder | undefined;
  try {
    decoder = new ImageDecoder({ type: 'image/jpeg', data: input.stream(), desiredWidth: scale.width, desiredHeight: scale.height });
    const { image } = await decoder.decode();
    // displayWidth/Height and drawImage both follow the frame's rotation/flip, which this decoder takes from
    // EXIF; one that reports no rotation for a rotated photo (older engines) would draw it sideways.
    const long = Math.max(image.displayWidth, image.displayHeight);
    const { rotation = 0, flip = false } = image as VideoFrame & { rotation?: number; flip?: boolean }; // not in lib.dom yet
    const oriented = rotation === expected.rotation && flip === expected.flip;
    const owner = decoder;
    const decoded: Decoded = {
      source: image,
      width: image.displayWidth,
      height: image.displayHeight,
      final: true,
      close: () => {
        image.close();
        owner.close();
      },
    };
    if (oriented && long >= maxLongSide && long <= maxLongSide * PHOTO_LONG_SIDE_SLACK) return decoded;
    decoded.close(); // another scale or orientation than expected: the general path rather than a guess
    return undefined;
  } catch {
    decoder?.close();
    return undefined; // the general path decodes again and reports the error if there is one
  }
}

async function decodeFull(input: Blob): Promise<Decoded> {
  const bitmap = await createImageBitmap(input, { imageOrientation: 'from-image' });
  return { source: bitmap, width: bitmap.width, height: bitmap.height, final: false, close: () => bitmap.close() };
}

export async function compressOnCanvas(input: Blob, options: CompressOptions = {}): Promise<CompressedImage> {
  const maxLongSide = options.maxLongSide ?? PHOTO_MAX_LONG_SIDE;
  const quality = options.quality ?? PHOTO_JPEG_QUALITY;
  const decoded = (await decodeScaledJpeg(input, maxLongSide)) ?? (await decodeFull(input));
  try {
    const { width, height } = decoded.final ? decoded : fitLongSide(decoded.width, decoded.height, maxLongSide);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('2d context unavailable');
    context.fillStyle = '#ffffff'; // transparent PNG areas become white paper, not black
    context.fillRect(0, 0, width, height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(decoded.source, 0, 0, width, height);
    const blob = await encodeWithinCap(
      (q) => canvas.convertToBlob({ type: 'image/jpeg', quality: q }),
      quality,
      PHOTO_MAX_BYTES,
      PHOTO_RETRY_QUALITY,
    );
    return { bytes: new Uint8Array(await blob.arrayBuffer()), mimeType: 'image/jpeg', width, height };
  } finally {
    decoded.close();
  }
}
