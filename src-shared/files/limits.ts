/**
 * Limits on what a resident may attach. Photos are re-encoded on the device (long side 2000 px, JPEG 0.7,
 * typically ≤ 250 KB), so the input limit only keeps the kiosk from reading huge files into memory;
 * a PDF is kept as it is, so its own limit is lower (it is encrypted, queued and uploaded unchanged).
 */
export const MB = 1024 * 1024;
/** Any file larger than this is refused before it is read. */
export const MAX_INPUT_FILE_BYTES = 20 * MB;
/** A PDF is stored as-is: at most this big. */
export const MAX_PDF_BYTES = 10 * MB;
/** Pages (photos + files) in one application, over all its document slots. */
export const MAX_ATTACHMENTS_PER_APPLICATION = 30;

/** Compression target for photos: long side 2000 px, JPEG quality 0.7 (small print stays legible). */
export const PHOTO_MAX_LONG_SIDE = 2000;
export const PHOTO_JPEG_QUALITY = 0.7;
/**
 * A JPEG the decoder itself can shrink (in 1/8 steps) to a long side within 5 % above PHOTO_MAX_LONG_SIDE
 * keeps that size (4032×3024 → 2016×1512): resampling it again by 1 % would blur small print.
 */
export const PHOTO_LONG_SIDE_SLACK = 1.05;
/** A compressed photo above this size (rare: very grainy or textured pictures) is encoded once more… */
export const PHOTO_MAX_BYTES = 400 * 1024;
/** …at this quality; 7 pt print on a full A4 page stays readable at it (measured with `npm run bench` photos). */
export const PHOTO_RETRY_QUALITY = 0.55;

export function megabytes(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}

/** How many more pages a slot can take now (never negative). */
export function roomFor(maxFiles: number, pagesInSlot: number, remainingForApplication = Number.POSITIVE_INFINITY): number {
  return Math.max(0, Math.min(maxFiles - pagesInSlot, remainingForApplication));
}
