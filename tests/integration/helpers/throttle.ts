/**
 * Byte pumping for the fault proxy: a shared token bucket (the "link" of a slow building Wi-Fi, one per
 * direction, shared by every connection through the proxy) and a pump that copies a stream to another
 * with backpressure, an optional throttle and an optional cut after N bytes.
 */
import type { Readable, Writable } from 'node:stream';

/** Largest slice written at once; under a throttle, also the unit the bucket is asked for. */
const SLICE_BYTES = 16 * 1024;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Aggregate rate limit: `take(n)` resolves when n more bytes may pass. Callers are served in order, so the
 * rate holds across concurrent connections. The burst is small (at most 1/20 s of traffic, ≥ one slice).
 */
export class TokenBucket {
  private tokens: number;
  private last = performance.now();
  private queue: Promise<void> = Promise.resolve();
  readonly burst: number;

  constructor(readonly bytesPerSecond: number) {
    if (!(bytesPerSecond > 0) || !Number.isFinite(bytesPerSecond)) throw new RangeError('bytesPerSecond must be a positive number');
    this.burst = Math.max(SLICE_BYTES, Math.round(bytesPerSecond / 20));
    this.tokens = this.burst;
  }

  take(n: number): Promise<void> {
    const turn = this.queue.then(() => this.consume(n));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async consume(n: number): Promise<void> {
    const now = performance.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.bytesPerSecond);
    this.last = now;
    this.tokens -= n;
    if (this.tokens < 0) await sleep((-this.tokens / this.bytesPerSecond) * 1000);
  }
}

export interface PumpOptions {
  bucket?: TokenBucket | null;
  /** Stop after exactly this many bytes (the rest is not read further); undefined: copy everything. */
  cutAfter?: number;
  /** Called with each slice's length after it was written. */
  onBytes?: (n: number) => void;
  /** The copy stops (without error) once this returns true, e.g. when the proxy closes. */
  aborted?: () => boolean;
}

export interface PumpResult {
  bytes: number;
  /** True when `cutAfter` was reached before the source ended. */
  cut: boolean;
}

/** Resolves when `dst` can take more, rejects when it closes or fails first. */
function drained(dst: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      dst.off('drain', onDrain);
      dst.off('close', onClose);
      dst.off('error', onError);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error('destination closed'));
    const onError = (error: Error) => done(error);
    dst.on('drain', onDrain);
    dst.on('close', onClose);
    dst.on('error', onError);
  });
}

/** Resolves when everything written so far has been handed to the OS. */
function flushed(dst: Writable, chunk: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    dst.write(chunk, (error) => (error ? reject(error) : resolve()));
  });
}

/**
 * Copies `src` into `dst` (without ending `dst`). With `cutAfter`, the last slice before the cut is
 * awaited until flushed, so the receiver really got those bytes before the caller destroys anything.
 */
export async function pump(src: Readable, dst: Writable, options: PumpOptions = {}): Promise<PumpResult> {
  const { bucket, cutAfter, onBytes, aborted } = options;
  let bytes = 0;
  if (cutAfter !== undefined && cutAfter <= 0) return { bytes: 0, cut: true };
  for await (const raw of src) {
    const chunk: Uint8Array = typeof raw === 'string' ? Buffer.from(raw) : (raw as Uint8Array);
    for (let offset = 0; offset < chunk.length; ) {
      if (aborted?.() === true || dst.destroyed) return { bytes, cut: false };
      let size = Math.min(SLICE_BYTES, chunk.length - offset);
      if (cutAfter !== undefined) size = Math.min(size, cutAfter - bytes);
      const slice = chunk.subarray(offset, offset + size);
      if (bucket) await bucket.take(size);
      offset += size;
      bytes += size;
      if (cutAfter !== undefined && bytes >= cutAfter) {
        await flushed(dst, slice);
        onBytes?.(size);
        return { bytes, cut: true };
      }
      if (!dst.write(slice)) await drained(dst);
      onBytes?.(size);
    }
  }
  return { bytes, cut: false };
}

/** Reads and discards a stream, at most `limit` bytes; false when it was longer (the caller then drops it). */
export async function discard(src: Readable, limit: number): Promise<boolean> {
  let total = 0;
  for await (const raw of src) {
    total += (raw as Uint8Array).length;
    if (total > limit) return false;
  }
  return true;
}
