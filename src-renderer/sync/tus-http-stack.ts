/**
 * tus-js-client's HTTP layer on `fetch` (the same in the Web Worker, the page and Node tests, and
 * injectable): redirects are never followed, a request that stalls is aborted, and a 2xx answer without
 * the `Tus-Resumable` header (a captive portal's page) is refused as not from our server.
 */
import type { HttpRequest, HttpResponse, HttpStack } from 'tus-js-client';
import type { FetchLike } from './http';

/** A tus request longer than this without an answer is aborted (a stalled link); the engine retries. */
export const TUS_REQUEST_TIMEOUT_MS = 60_000;

export class ForeignResponseError extends Error {
  constructor(status: number) {
    super(`answer ${status} is not from the intake server`);
    this.name = 'ForeignResponseError';
  }
}

class FetchResponse implements HttpResponse {
  constructor(
    private readonly response: Response,
    private readonly text: string,
  ) {}
  getStatus(): number {
    return this.response.status;
  }
  getHeader(header: string): string | undefined {
    return this.response.headers.get(header) ?? undefined;
  }
  getBody(): string {
    return this.text;
  }
  getUnderlyingObject(): unknown {
    return this.response;
  }
}

class FetchRequest implements HttpRequest {
  private readonly headers: Record<string, string> = {};
  private readonly controller = new AbortController();

  constructor(
    private readonly fetchFn: FetchLike,
    private readonly method: string,
    private readonly url: string,
    private readonly timeoutMs: number,
  ) {}

  getMethod(): string {
    return this.method;
  }
  getURL(): string {
    return this.url;
  }
  setHeader(header: string, value: string): void {
    this.headers[header] = value;
  }
  getHeader(header: string): string | undefined {
    return this.headers[header];
  }
  setProgressHandler(): void {
    // fetch reports no upload progress; the engine shows progress per application.
  }
  async send(body?: Uint8Array | null): Promise<HttpResponse> {
    const signal = AbortSignal.any([this.controller.signal, AbortSignal.timeout(this.timeoutMs)]);
    const response = await this.fetchFn(this.url, {
      method: this.method,
      headers: this.headers,
      body: (body ?? undefined) as BodyInit | undefined,
      redirect: 'manual',
      cache: 'no-store',
      credentials: 'omit',
      signal,
    });
    const text = await response.text();
    const status = response.status;
    if (response.type === 'opaqueredirect' || status === 0 || (status >= 300 && status < 400)) throw new ForeignResponseError(status);
    if (status >= 200 && status < 300 && response.headers.get('tus-resumable') === null) throw new ForeignResponseError(status);
    return new FetchResponse(response, text);
  }
  abort(): Promise<void> {
    this.controller.abort();
    return Promise.resolve();
  }
  getUnderlyingObject(): unknown {
    return this.controller;
  }
}

export class FetchHttpStack implements HttpStack {
  constructor(
    private readonly fetchFn: FetchLike,
    private readonly timeoutMs: number = TUS_REQUEST_TIMEOUT_MS,
  ) {}
  createRequest(method: string, url: string): HttpRequest {
    return new FetchRequest(this.fetchFn, method, url, this.timeoutMs);
  }
  getName(): string {
    return 'motcua-fetch';
  }
}

/** tus-js-client's `fileReader` for ciphertext bytes already in memory. */
export const bytesFileReader = {
  openFile(input: unknown) {
    if (!ArrayBuffer.isView(input)) return Promise.reject(new Error('the kiosk uploads ciphertext bytes only'));
    const bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    return Promise.resolve({
      size: bytes.length,
      slice(start: number, end: number) {
        const value = Object.assign(bytes.subarray(start, end), { size: Math.max(0, Math.min(end, bytes.length) - start) });
        return Promise.resolve({ value, done: end >= bytes.length });
      },
      close() {},
    });
  },
};
