import type { MessageRef } from '../validation/result';
import { MAX_INPUT_FILE_BYTES, MAX_PDF_BYTES, megabytes } from './limits';
import { kindOf, sniffFileType } from './sniff';

export type DocumentKind = 'image' | 'pdf';

export type FileCheck = { ok: true; kind: DocumentKind } | { ok: false; error: MessageRef };

export interface FileFacts {
  name: string;
  size: number;
  /** The first bytes of the file (`SNIFF_BYTES`); may be empty when the size alone decides. */
  head: Uint8Array;
  /** What the slot takes. */
  accept: readonly DocumentKind[];
}

function refuse(key: string, params: Record<string, string | number>): FileCheck {
  return { ok: false, error: { key, params } };
}

/** Whether the size alone already refuses a file, so it need not be read at all. */
export function checkFileSize(name: string, size: number): MessageRef | undefined {
  if (size <= 0) return { key: 'documents.error.empty', params: { name } };
  if (size > MAX_INPUT_FILE_BYTES) {
    return { key: 'documents.error.tooLarge', params: { name, maxMb: megabytes(MAX_INPUT_FILE_BYTES) } };
  }
  return undefined;
}

/**
 * Decide about one chosen file from its name, size and first bytes. Every refusal names the file and says
 * what to do, in words for the resident (`documents.error.*`).
 */
export function checkFile({ name, size, head, accept }: FileFacts): FileCheck {
  const sizeError = checkFileSize(name, size);
  if (sizeError) return { ok: false, error: sizeError };
  const type = sniffFileType(head);
  if (type === 'heic') return refuse('documents.error.heic', { name });
  const kind = kindOf(type);
  if (kind === undefined) return refuse('documents.error.notDocument', { name });
  if (!accept.includes(kind)) return refuse(kind === 'pdf' ? 'documents.error.pdfNotAccepted' : 'documents.error.imageNotAccepted', { name });
  if (kind === 'pdf' && size > MAX_PDF_BYTES) return refuse('documents.error.pdfTooLarge', { name, maxMb: megabytes(MAX_PDF_BYTES) });
  return { ok: true, kind };
}

/**
 * The message for files left out because the slot is full (`limitedBy: 'slot'`, max = the slot's maxFiles)
 * or the whole application is (`'application'`, max = MAX_ATTACHMENTS_PER_APPLICATION).
 */
export function tooManyMessage(notAdded: number, limitedBy: 'slot' | 'application', max: number): MessageRef {
  const key = limitedBy === 'slot' ? 'documents.error.tooManyForSlot' : 'documents.error.tooManyForApplication';
  return { key, params: { count: notAdded, max } };
}
