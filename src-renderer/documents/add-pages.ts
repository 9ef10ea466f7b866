import type { AttachmentSlot } from '../../src-shared/catalog/procedure-schema';
import { checkFile, checkFileSize, tooManyMessage, type DocumentKind } from '../../src-shared/files/check-file';
import { MAX_ATTACHMENTS_PER_APPLICATION, roomFor } from '../../src-shared/files/limits';
import { SNIFF_BYTES } from '../../src-shared/files/sniff';
import type { MessageRef } from '../../src-shared/validation/result';
import { compressImage } from './compress';
import { createObjectUrl } from './object-urls';
import type { CapturedPage } from './types';

/** Turning chosen files and camera photos into pages: checks, compression, ids, previews. */

export interface AddContext {
  slot: AttachmentSlot;
  existing: readonly CapturedPage[];
  remainingForApplication?: number;
}

export interface AddResult {
  pages: CapturedPage[];
  rejections: MessageRef[];
}

/** `${slot.id}-${n}` ids that do not collide with pages already there (n continues after the highest). */
export function nextPageIds(slotId: string, existing: readonly CapturedPage[], count: number): string[] {
  const prefix = `${slotId}-`;
  const used = existing.map((p) => (p.id.startsWith(prefix) ? Number(p.id.slice(prefix.length)) : 0)).filter(Number.isFinite);
  const start = Math.max(0, ...used) + 1;
  return Array.from({ length: count }, (_, i) => `${prefix}${start + i}`);
}

/** How many pages fit now, and which limit binds. */
export function capacity({ slot, existing, remainingForApplication }: AddContext) {
  const appRemaining = remainingForApplication ?? MAX_ATTACHMENTS_PER_APPLICATION;
  const room = roomFor(slot.maxFiles, existing.length, appRemaining);
  const limitedBy: 'slot' | 'application' = slot.maxFiles - existing.length <= appRemaining ? 'slot' : 'application';
  return { room, limitedBy, max: limitedBy === 'slot' ? slot.maxFiles : MAX_ATTACHMENTS_PER_APPLICATION };
}

/** A photo (camera still or image file) as a page: compressed; the preview is the compressed JPEG itself. */
export async function pageFromPhoto(photo: Blob, id: string, source: CapturedPage['source']): Promise<CapturedPage> {
  const image = await compressImage(photo);
  const previewUrl = createObjectUrl(new Blob([image.bytes], { type: image.mimeType }));
  return { id, bytes: image.bytes, mimeType: image.mimeType, previewUrl, width: image.width, height: image.height, source };
}

async function pageFromFile(file: File, kind: DocumentKind, id: string): Promise<CapturedPage> {
  if (kind === 'image') return pageFromPhoto(file, id, 'file');
  return { id, bytes: new Uint8Array(await file.arrayBuffer()), mimeType: 'application/pdf', source: 'file', fileName: file.name };
}

/**
 * Check and add chosen files in order. A file is refused by its size before anything is read, then by its
 * first bytes; only then is it read whole (PDF) or compressed (image). Files beyond the room left are not
 * read at all and are reported with one message saying how many.
 */
export async function importFiles(files: readonly File[], context: AddContext): Promise<AddResult> {
  const { room, limitedBy, max } = capacity(context);
  const pages: CapturedPage[] = [];
  const rejections: MessageRef[] = [];
  let index = 0;
  for (; index < files.length && pages.length < room; index++) {
    const file = files[index]!;
    const sizeError = checkFileSize(file.name, file.size);
    if (sizeError) {
      rejections.push(sizeError);
      continue;
    }
    const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
    const check = checkFile({ name: file.name, size: file.size, head, accept: context.slot.accept });
    if (!check.ok) {
      rejections.push(check.error);
      continue;
    }
    const [id] = nextPageIds(context.slot.id, [...context.existing, ...pages], 1);
    try {
      pages.push(await pageFromFile(file, check.kind, id!));
    } catch {
      rejections.push({ key: 'documents.error.unreadable', params: { name: file.name } });
    }
  }
  const notAdded = files.length - index;
  if (notAdded > 0) rejections.push(tooManyMessage(notAdded, limitedBy, max));
  return { pages, rejections };
}
