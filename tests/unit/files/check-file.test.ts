import { describe, expect, it } from 'vitest';
import type { AttachmentSlot } from '../../../src-shared/catalog/procedure-schema';
import {
  checkFile,
  checkFileSize,
  MAX_ATTACHMENTS_PER_APPLICATION,
  MAX_INPUT_FILE_BYTES,
  MAX_PDF_BYTES,
  MB,
  roomFor,
  slotError,
  tooManyMessage,
} from '../../../src-shared/files';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1]);
const PDF = new TextEncoder().encode('%PDF-1.4\n%abcdefg');
const both = ['image', 'pdf'] as const;

const slot = (over: Partial<AttachmentSlot> = {}): AttachmentSlot => ({
  id: 'cccd',
  label: { vi: 'CCCD', en: 'ID card' },
  hint: { vi: 'Hai mặt', en: 'Both sides' },
  required: true,
  maxFiles: 3,
  accept: ['image', 'pdf'],
  ...over,
});

describe('checkFile', () => {
  it('accepts a JPEG image and a small PDF', () => {
    expect(checkFile({ name: 'a.jpg', size: 3 * MB, head: JPEG, accept: both })).toEqual({ ok: true, kind: 'image' });
    expect(checkFile({ name: 'a.pdf', size: MB, head: PDF, accept: both })).toEqual({ ok: true, kind: 'pdf' });
  });

  it('refuses a 0-byte file and a 30 MB file by size alone, naming the file', () => {
    expect(checkFileSize('rong.jpg', 0)).toEqual({ key: 'documents.error.empty', params: { name: 'rong.jpg' } });
    expect(checkFile({ name: 'big.jpg', size: 30 * MB, head: JPEG, accept: both })).toEqual({
      ok: false,
      error: { key: 'documents.error.tooLarge', params: { name: 'big.jpg', maxMb: 20 } },
    });
    expect(checkFileSize('edge.jpg', MAX_INPUT_FILE_BYTES)).toBeUndefined();
    expect(checkFileSize('edge.jpg', MAX_INPUT_FILE_BYTES + 1)?.key).toBe('documents.error.tooLarge');
  });

  it('refuses a text file renamed .jpg and a HEIC photo with their own messages', () => {
    const txt = new TextEncoder().encode('hello world, not a photo');
    expect(checkFile({ name: 'anh.jpg', size: 24, head: txt, accept: both })).toEqual({
      ok: false,
      error: { key: 'documents.error.notDocument', params: { name: 'anh.jpg' } },
    });
    const heic = new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63, 0, 0, 0, 0]);
    expect(checkFile({ name: 'IMG_1.HEIC', size: 2 * MB, head: heic, accept: both })).toMatchObject({ ok: false, error: { key: 'documents.error.heic' } });
  });

  it('keeps a PDF only when it is at most 10 MB, and only where the slot takes PDFs', () => {
    expect(checkFile({ name: 'big.pdf', size: MAX_PDF_BYTES + 1, head: PDF, accept: both })).toMatchObject({
      ok: false,
      error: { key: 'documents.error.pdfTooLarge', params: { maxMb: 10 } },
    });
    expect(checkFile({ name: 'a.pdf', size: MB, head: PDF, accept: ['image'] })).toMatchObject({ error: { key: 'documents.error.pdfNotAccepted' } });
    expect(checkFile({ name: 'a.jpg', size: MB, head: JPEG, accept: ['pdf'] })).toMatchObject({ error: { key: 'documents.error.imageNotAccepted' } });
  });
});

describe('limits', () => {
  it('computes the room left from the slot and the application', () => {
    expect(MAX_ATTACHMENTS_PER_APPLICATION).toBe(30);
    expect(roomFor(3, 1)).toBe(2);
    expect(roomFor(3, 1, 1)).toBe(1);
    expect(roomFor(3, 5)).toBe(0);
    expect(roomFor(3, 0, 0)).toBe(0);
  });

  it('says how many files were not added and which limit applied', () => {
    expect(tooManyMessage(47, 'slot', 3)).toEqual({ key: 'documents.error.tooManyForSlot', params: { count: 47, max: 3 } });
    expect(tooManyMessage(2, 'application', 30)).toEqual({ key: 'documents.error.tooManyForApplication', params: { count: 2, max: 30 } });
  });
});

describe('slotError', () => {
  it('reports a missing required document, and too many pages', () => {
    expect(slotError(slot(), 0)).toEqual({ key: 'documents.slot.missing' });
    expect(slotError(slot({ required: false }), 0)).toBeUndefined();
    expect(slotError(slot(), 2)).toBeUndefined();
    expect(slotError(slot(), 4)).toEqual({ key: 'documents.slot.tooMany', params: { max: 3 } });
  });
});
