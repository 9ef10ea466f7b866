/**
 * tus's FileStore, hashing while the bytes stream to disk: an upload that arrives whole in one request
 * from offset 0 (creation-with-upload, or a single PATCH) is also kept in memory with its SHA-256, so the
 * check that runs right after (verify-upload.ts) neither reads the file back nor hashes it again. Bounded:
 * only uploads up to CAPTURE_MAX_BYTES, and only the last CAPTURE_SLOTS of them (an entry nobody takes,
 * e.g. the first chunk of a larger upload, is soon pushed out).
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { pipeline, Transform, type Readable } from 'node:stream';
import { FileStore } from '@tus/file-store';

export const CAPTURE_MAX_BYTES = 2 * 1024 * 1024;
const CAPTURE_SLOTS = 8;

export interface CapturedUpload {
  bytes: Buffer;
  /** SHA-256, hex. */
  sha256: string;
}

export class CapturingFileStore extends FileStore {
  private readonly captured = new Map<string, CapturedUpload>();

  /** The bytes of `uploadId` if they arrived whole in its last write (taken: asked once). */
  take(uploadId: string): CapturedUpload | undefined {
    const hit = this.captured.get(uploadId);
    this.captured.delete(uploadId);
    return hit;
  }

  override async write(readable: IncomingMessage | Readable, uploadId: string, offset: number): Promise<number> {
    this.captured.delete(uploadId);
    if (offset !== 0) return super.write(readable, uploadId, offset);
    const hash = createHash('sha256');
    let chunks: Buffer[] | null = [];
    let size = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        size += chunk.length;
        if (chunks && size <= CAPTURE_MAX_BYTES) chunks.push(chunk);
        else chunks = null;
        callback(null, chunk);
      },
    });
    // Errors either way end both streams (a cut request fails the write, as it would without the tap).
    pipeline(readable, tap, () => undefined);
    const written = await super.write(tap, uploadId, offset);
    if (chunks !== null && written === size) {
      this.captured.set(uploadId, { bytes: Buffer.concat(chunks, size), sha256: hash.digest('hex') });
      if (this.captured.size > CAPTURE_SLOTS) this.captured.delete(this.captured.keys().next().value!);
    }
    return written;
  }

  override async remove(uploadId: string): Promise<void> {
    this.captured.delete(uploadId);
    return super.remove(uploadId);
  }
}
