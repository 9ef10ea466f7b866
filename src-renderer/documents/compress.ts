import { compressOnCanvas, type CompressedImage, type CompressOptions } from './compress-core';
import type { CompressRequest, CompressResponse } from './compress-worker';

export type { CompressedImage, CompressOptions } from './compress-core';

/** A photo that could not be decoded or encoded; the UI shows `documents.error.unreadable`. */
export class ImageCompressionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageCompressionError';
  }
}

let worker: Worker | undefined;
let workerBroken = false;
let nextId = 1;
const pending = new Map<number, { resolve(value: CompressedImage): void; reject(error: Error): void }>();

function failAll(message: string): void {
  for (const { reject } of pending.values()) reject(new ImageCompressionError(message));
  pending.clear();
}

function getWorker(): Worker | undefined {
  if (workerBroken || typeof Worker === 'undefined') return undefined;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./compress-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    workerBroken = true;
    return undefined;
  }
  worker.onmessage = (event: MessageEvent<CompressResponse>) => {
    const answer = event.data;
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    if (answer.ok) waiting.resolve({ bytes: answer.bytes, mimeType: 'image/jpeg', width: answer.width, height: answer.height });
    else waiting.reject(new ImageCompressionError(answer.message));
  };
  worker.onerror = (event) => {
    // The worker itself failed (e.g. could not load): stop using it, fail what was waiting.
    event.preventDefault();
    worker?.terminate();
    worker = undefined;
    workerBroken = true;
    failAll('compression worker failed');
  };
  return worker;
}

/**
 * Compress a photo to a JPEG with a long side of about 2000 px (2000, or up to 5 % more when the JPEG
 * decoder shrinks it there by itself: 2016 px from 12 MP) and quality 0.7 (legible small print, typically
 * ≤ 250 KB from a 12 MP photo; above 400 KB it is encoded once more at 0.55), respecting EXIF orientation.
 * Runs in one reused module worker; on the main thread when Worker is unavailable. Rejects with
 * ImageCompressionError when the image cannot be decoded. How and why: compress-core.ts.
 */
export async function compressImage(
  input: Blob,
  options?: { maxLongSide?: number; quality?: number },
): Promise<{ bytes: Uint8Array<ArrayBuffer>; mimeType: 'image/jpeg'; width: number; height: number }> {
  const opts: CompressOptions = { ...options };
  const target = getWorker();
  if (!target) {
    try {
      return await compressOnCanvas(input, opts);
    } catch (error) {
      throw new ImageCompressionError(error instanceof Error ? error.message : String(error));
    }
  }
  const id = nextId++;
  return new Promise<CompressedImage>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const request: CompressRequest = { id, input, options: opts };
    target.postMessage(request);
  });
}

/** Stop the worker (tests, or to free memory); the next call starts a fresh one. */
export function disposeCompressor(): void {
  worker?.terminate();
  worker = undefined;
  workerBroken = false;
  failAll('compression stopped');
}
