/**
 * A document page the resident has added in this session: held in memory only (the journey store) until
 * submit seals it. `previewUrl` is an object URL made through `object-urls.ts`, so a wipe can revoke it.
 */
export type DocumentMimeType = 'image/jpeg' | 'application/pdf';

export interface CapturedPage {
  /** Unique within the session; becomes the attachment id inside the envelope (`${slotId}-${n}`). */
  id: string;
  bytes: Uint8Array<ArrayBuffer>;
  mimeType: DocumentMimeType;
  /** Object URL of a small preview (images only). */
  previewUrl?: string;
  width?: number;
  height?: number;
  source: 'camera' | 'file';
  /** The chosen file's name (files only), shown for PDFs. */
  fileName?: string;
}

/** Pages per attachment slot id. */
export type SlotPages = Record<string, CapturedPage[]>;
