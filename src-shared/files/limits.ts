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

/** Compression target for photos. */
export const PHOTO_MAX_LONG_SIDE = 2000;
export const PHOTO_JPEG_QUALITY = 0.7;

export function megabytes(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}

/** How many more pages a slot can take now (never negative). */
export function roomFor(maxFiles: number, pagesInSlot: number, remainingForApplication = Number.POSITIVE_INFINITY): number {
  return Math.max(0, Math.min(maxFiles - pagesInSlot, remainingForApplication));
}
