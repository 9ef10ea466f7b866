import { useState } from 'react';
import { vi } from 'vitest';
import type { AttachmentSlot } from '../../../src-shared/catalog/procedure-schema';
import { DocumentSlotEditor } from '../../../src-renderer/documents/DocumentSlotEditor';
import type { CapturedPage } from '../../../src-renderer/documents/types';

export const JPEG_HEAD = [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1];

export function jpegFile(name = 'cccd.jpg', extra = 100): File {
  return new File([new Uint8Array([...JPEG_HEAD, ...new Array<number>(extra).fill(7)])], name, { type: 'image/jpeg' });
}

export const slot: AttachmentSlot = {
  id: 'cccd',
  label: { vi: 'Căn cước công dân', en: 'Citizen ID card' },
  hint: { vi: 'Chụp cả hai mặt.', en: 'Both sides.' },
  required: true,
  maxFiles: 3,
  accept: ['image', 'pdf'],
};

/** The editor with its pages kept in state, like the journey store does; `changes` records every onChange. */
export function Harness({ initial = [], remaining, changes }: { initial?: CapturedPage[]; remaining?: number; changes: CapturedPage[][] }) {
  const [pages, setPages] = useState(initial);
  return (
    <DocumentSlotEditor
      slot={slot}
      language="vi"
      pages={pages}
      remainingForApplication={remaining}
      onChange={(next) => {
        changes.push(next);
        setPages(next);
      }}
    />
  );
}

/** jsdom has no object URLs: count them. */
export function stubObjectUrls() {
  let n = 0;
  const revoke = vi.fn();
  URL.createObjectURL = vi.fn(() => `blob:test/${++n}`);
  URL.revokeObjectURL = revoke;
  return { revoke };
}

export function fakeStream() {
  const track = { stop: vi.fn(), kind: 'video' };
  const stream = { getTracks: () => [track], getVideoTracks: () => [track] } as unknown as MediaStream;
  return { stream, track };
}

export function setGetUserMedia(impl: (() => Promise<MediaStream>) | undefined) {
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: impl ? { getUserMedia: vi.fn(impl) } : undefined,
  });
}
