/**
 * What the compressor needs to know about a JPEG before decoding it: its stored (coded) size from the
 * start-of-frame marker, its EXIF orientation, and the 1/8-step scale the JPEG decoder can shrink it by.
 * Pure byte parsing; a file it cannot read gives `undefined` (the caller then takes the general path).
 */

/** How many leading bytes to read: the SOF marker comes after the EXIF block, which is at most 64 KB. */
export const JPEG_HEADER_BYTES = 128 * 1024;

/** Start-of-frame markers (baseline, extended, progressive, lossless; Huffman and arithmetic). */
const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

export interface JpegHeader {
  /** Stored size, before the EXIF orientation is applied. */
  width: number;
  height: number;
  /** EXIF orientation 1–8 (1 when the file has none). */
  orientation: number;
}

const EXIF_ID = [0x45, 0x78, 0x69, 0x66, 0, 0]; // "Exif\0\0"

/** The orientation tag (0x0112) of IFD0 in an APP1 payload, 1 when there is none, undefined when garbled. */
export function exifOrientation(app1: Uint8Array): number | undefined {
  if (app1.length < 6 || EXIF_ID.some((byte, i) => app1[i] !== byte)) return 1; // another APP1 (XMP)
  const tiff = app1.subarray(6);
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  if (tiff.length < 8) return undefined;
  const little = tiff[0] === 0x49 && tiff[1] === 0x49;
  if (!little && !(tiff[0] === 0x4d && tiff[1] === 0x4d)) return undefined;
  const ifd = view.getUint32(4, little);
  if (ifd + 2 > tiff.length) return undefined;
  const count = view.getUint16(ifd, little);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (view.getUint16(entry, little) !== 0x0112) continue;
    const value = view.getUint16(entry + 8, little);
    return value >= 1 && value <= 8 ? value : undefined;
  }
  return 1;
}

/** Size and orientation of a JPEG from its first bytes, or undefined if they are not all there and readable. */
export function readJpegHeader(head: Uint8Array): JpegHeader | undefined {
  if (head.length < 4 || head[0] !== 0xff || head[1] !== 0xd8) return undefined;
  let orientation = 1;
  let offset = 2;
  while (offset + 4 <= head.length) {
    if (head[offset] !== 0xff) return undefined;
    const marker = head[offset + 1]!;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return undefined; // end of image / start of scan before any frame header
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2; // markers without a length
      continue;
    }
    const length = (head[offset + 2]! << 8) | head[offset + 3]!;
    if (length < 2) return undefined;
    if (marker === 0xe1 && orientation === 1) {
      if (offset + 2 + length > head.length) return undefined;
      const found = exifOrientation(head.subarray(offset + 4, offset + 2 + length));
      if (found === undefined) return undefined;
      orientation = found;
    }
    if (SOF_MARKERS.has(marker)) {
      if (offset + 9 > head.length) return undefined;
      const height = (head[offset + 5]! << 8) | head[offset + 6]!;
      const width = (head[offset + 7]! << 8) | head[offset + 8]!;
      return width > 0 && height > 0 ? { width, height, orientation } : undefined;
    }
    offset += 2 + length;
  }
  return undefined;
}

/**
 * How a WebCodecs VideoFrame reports each EXIF orientation (clockwise rotation, then horizontal flip).
 * A decoder that ignores the orientation reports 0/false for all of them; the caller then must not use it.
 */
export function frameOrientation(orientation: number): { rotation: number; flip: boolean } {
  const table: Record<number, { rotation: number; flip: boolean }> = {
    2: { rotation: 0, flip: true },
    3: { rotation: 180, flip: false },
    4: { rotation: 180, flip: true },
    5: { rotation: 90, flip: true },
    6: { rotation: 90, flip: false },
    7: { rotation: 270, flip: true },
    8: { rotation: 270, flip: false },
  };
  return table[orientation] ?? { rotation: 0, flip: false };
}

/**
 * The JPEG decoder's own downscale (libjpeg's n/8 IDCT scaling, n = 1…7) that brings the long side to
 * between `targetLongSide` and `targetLongSide × slack`, or undefined when no such n exists (or the image
 * needs no shrinking). That decode is an exact area average of the full image, so it needs no second
 * resample; a second resample by a few per cent would blur small print (see compress-core.ts).
 */
export function jpegDecodeScale(
  coded: { width: number; height: number },
  targetLongSide: number,
  slack: number,
): { numerator: number; width: number; height: number } | undefined {
  const long = Math.max(coded.width, coded.height);
  if (long <= targetLongSide * slack) return undefined;
  for (let n = 1; n < 8; n++) {
    const scaledLong = Math.ceil((long * n) / 8);
    if (scaledLong < targetLongSide) continue;
    if (scaledLong > targetLongSide * slack) return undefined;
    return { numerator: n, width: Math.ceil((coded.width * n) / 8), height: Math.ceil((coded.height * n) / 8) };
  }
  return undefined;
}
