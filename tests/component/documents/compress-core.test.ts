import { describe, expect, it } from 'vitest';
import { encodeWithinCap, fitLongSide } from '../../../src-renderer/documents/compress-core';
import { exifOrientation, frameOrientation, jpegDecodeScale, readJpegHeader } from '../../../src-renderer/documents/jpeg-header';
import { PHOTO_LONG_SIDE_SLACK, PHOTO_MAX_BYTES, PHOTO_MAX_LONG_SIDE, PHOTO_RETRY_QUALITY } from '../../../src-shared/files/limits';

/** A marker segment: FF, marker, 2-byte length (including itself), payload. */
function segment(marker: number, payload: number[]): number[] {
  const length = payload.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...payload];
}

/** SOFn payload: precision, height, width, one component. */
function frame(marker: number, width: number, height: number): number[] {
  return segment(marker, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 1, 1, 0x11, 0]);
}

/** An EXIF APP1 payload with IFD0 holding `entries` (tag, SHORT value), big- or little-endian. */
function exifPayload(entries: [number, number][], little = false): number[] {
  const u16 = (v: number) => (little ? [v & 0xff, v >> 8] : [v >> 8, v & 0xff]);
  const u32 = (v: number) => (little ? [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >>> 24] : [v >>> 24, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff]);
  const tiff = [...(little ? [0x49, 0x49] : [0x4d, 0x4d]), ...u16(42), ...u32(8), ...u16(entries.length)];
  for (const [tag, value] of entries) tiff.push(...u16(tag), ...u16(3), ...u32(1), ...u16(value), 0, 0);
  tiff.push(...u32(0));
  return [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
}

const SOI = [0xff, 0xd8];
const MAKE = 0x010f;
const ORIENTATION = 0x0112;
const exif = (orientation: number, little = false) => segment(0xe1, [...exifPayload([[MAKE, 7], [ORIENTATION, orientation]], little), ...new Array(3000).fill(0)]);
const quantTable = segment(0xdb, new Array(65).fill(1));
const startOfScan = segment(0xda, [1, 1, 0, 0, 0x3f, 0]);

function jpeg(...parts: number[][]): Uint8Array {
  return new Uint8Array([...SOI, ...parts.flat()]);
}

describe('readJpegHeader: size and orientation of a photo, from its first bytes', () => {
  it('reads a phone photo held upright (EXIF orientation 6) with the EXIF block before the frame header', () => {
    expect(readJpegHeader(jpeg(exif(6), quantTable, frame(0xc0, 4032, 3024), startOfScan))).toEqual({ width: 4032, height: 3024, orientation: 6 });
    expect(readJpegHeader(jpeg(exif(8, true), frame(0xc0, 4032, 3024)))).toEqual({ width: 4032, height: 3024, orientation: 8 });
  });

  it('reads a camera still without EXIF as orientation 1, and a progressive JPEG with fill bytes', () => {
    expect(readJpegHeader(jpeg([0xff, 0xff], quantTable, frame(0xc2, 8160, 6120)))).toEqual({ width: 8160, height: 6120, orientation: 1 });
  });

  it('does not mistake a Huffman table (FFC4) for a frame header, nor an XMP block for EXIF', () => {
    const huffman = segment(0xc4, new Array(20).fill(0));
    const xmp = segment(0xe1, Array.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>', (c) => c.charCodeAt(0)));
    expect(readJpegHeader(jpeg(xmp, huffman, frame(0xc1, 3264, 2448)))).toEqual({ width: 3264, height: 2448, orientation: 1 });
  });

  it('gives up on what it cannot read, so the general path decodes the file instead', () => {
    expect(readJpegHeader(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBeUndefined(); // PNG
    expect(readJpegHeader(jpeg(exif(1)).subarray(0, 1000))).toBeUndefined(); // header cut off inside EXIF
    expect(readJpegHeader(jpeg(quantTable, startOfScan, frame(0xc0, 10, 10)))).toBeUndefined(); // scan before any frame
    expect(readJpegHeader(jpeg(quantTable, [0x12, 0x34, 0, 4]))).toBeUndefined(); // garbage where a marker should be
    expect(readJpegHeader(jpeg(frame(0xc0, 0, 3024)))).toBeUndefined(); // zero width
    expect(readJpegHeader(jpeg(exif(9), frame(0xc0, 4032, 3024)))).toBeUndefined(); // no such orientation
  });
});

describe('exifOrientation', () => {
  it('finds the orientation among other IFD0 entries, in either byte order', () => {
    expect(exifOrientation(new Uint8Array(exifPayload([[MAKE, 1], [ORIENTATION, 3]])))).toBe(3);
    expect(exifOrientation(new Uint8Array(exifPayload([[ORIENTATION, 5]], true)))).toBe(5);
  });

  it('is 1 when the tag is absent, undefined when the block is garbled', () => {
    expect(exifOrientation(new Uint8Array(exifPayload([[MAKE, 1]])))).toBe(1);
    expect(exifOrientation(new Uint8Array([0x45, 0x78, 0x69, 0x66, 0, 0, 0x41, 0x41, 0, 42, 0, 0, 0, 8]))).toBeUndefined();
    expect(exifOrientation(new Uint8Array(exifPayload([[ORIENTATION, 6]]).slice(0, 20)))).toBeUndefined();
  });
});

describe('frameOrientation: what a decoder that honours EXIF reports', () => {
  it('turns the photo a quarter for orientations 5–8 (sides swap) and not for 1–4', () => {
    for (const o of [1, 2, 3, 4]) expect(frameOrientation(o).rotation % 180).toBe(0);
    for (const o of [5, 6, 7, 8]) expect(frameOrientation(o).rotation % 180).toBe(90);
    expect(frameOrientation(6)).toEqual({ rotation: 90, flip: false });
    expect(frameOrientation(1)).toEqual({ rotation: 0, flip: false });
  });
});

describe('jpegDecodeScale: when the JPEG decoder can shrink a photo to about 2000 px on its own', () => {
  const scale = (width: number, height: number) => jpegDecodeScale({ width, height }, PHOTO_MAX_LONG_SIDE, PHOTO_LONG_SIDE_SLACK);

  it('halves the usual 12 MP photo, keeping 2016 px rather than resampling to 2000', () => {
    expect(scale(4032, 3024)).toEqual({ numerator: 4, width: 2016, height: 1512 });
    expect(scale(3024, 4032)).toEqual({ numerator: 4, width: 1512, height: 2016 });
    expect(scale(4000, 3000)).toEqual({ numerator: 4, width: 2000, height: 1500 });
  });

  it('shrinks 48–50 MP and 8 MP photos by the step that lands just above 2000 px', () => {
    expect(scale(8160, 6120)).toEqual({ numerator: 2, width: 2040, height: 1530 });
    expect(scale(3264, 2448)).toEqual({ numerator: 5, width: 2040, height: 1530 });
  });

  it('never lands below 2000 px or more than 5 % above it', () => {
    for (let long = 2101; long <= 17000; long += 7) {
      const result = scale(long, Math.round(long * 0.75));
      if (!result) continue;
      expect(result.width).toBeGreaterThanOrEqual(PHOTO_MAX_LONG_SIDE);
      expect(result.width).toBeLessThanOrEqual(PHOTO_MAX_LONG_SIDE * PHOTO_LONG_SIDE_SLACK);
    }
  });

  it('leaves sizes with no such step, and photos already small enough, to the general path', () => {
    expect(scale(4624, 3472)).toBeUndefined(); // 16 MP: 2312 px at 4/8, 1734 px at 3/8
    expect(scale(1920, 1080)).toBeUndefined();
    expect(scale(2080, 1560)).toBeUndefined();
  });
});

describe('fitLongSide', () => {
  it('scales the long side down to the limit, keeping the shape, and never scales up', () => {
    expect(fitLongSide(4624, 3472, 2000)).toEqual({ width: 2000, height: 1502 });
    expect(fitLongSide(3472, 4624, 2000)).toEqual({ width: 1502, height: 2000 });
    expect(fitLongSide(1280, 720, 2000)).toEqual({ width: 1280, height: 720 });
  });
});

describe('encodeWithinCap: an oversized photo is encoded once more at a lower quality', () => {
  function fakeEncoder(sizes: Record<number, number>) {
    const calls: number[] = [];
    const encode = async (quality: number) => {
      calls.push(quality);
      return new Blob([new Uint8Array(sizes[quality] ?? 0)]);
    };
    return { calls, encode };
  }

  it('keeps a photo under the cap as it is, encoded once', async () => {
    const { calls, encode } = fakeEncoder({ 0.7: 200_000 });
    const blob = await encodeWithinCap(encode, 0.7, PHOTO_MAX_BYTES, PHOTO_RETRY_QUALITY);
    expect(blob.size).toBe(200_000);
    expect(calls).toEqual([0.7]);
  });

  it('re-encodes a photo over the cap once, at the retry quality', async () => {
    const { calls, encode } = fakeEncoder({ 0.7: 520_000, [PHOTO_RETRY_QUALITY]: 390_000 });
    const blob = await encodeWithinCap(encode, 0.7, PHOTO_MAX_BYTES, PHOTO_RETRY_QUALITY);
    expect(blob.size).toBe(390_000);
    expect(calls).toEqual([0.7, PHOTO_RETRY_QUALITY]);
  });

  it('keeps the smaller result and does not try a third time when the retry is still over the cap', async () => {
    const { calls, encode } = fakeEncoder({ 0.7: 700_000, [PHOTO_RETRY_QUALITY]: 560_000 });
    expect((await encodeWithinCap(encode, 0.7, PHOTO_MAX_BYTES, PHOTO_RETRY_QUALITY)).size).toBe(560_000);
    expect(calls).toHaveLength(2);
  });

  it('never re-encodes at a quality that is not lower than the one asked for', async () => {
    const { calls, encode } = fakeEncoder({ 0.5: 500_000 });
    expect((await encodeWithinCap(encode, 0.5, PHOTO_MAX_BYTES, PHOTO_RETRY_QUALITY)).size).toBe(500_000);
    expect(calls).toEqual([0.5]);
  });
});
