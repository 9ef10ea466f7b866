/**
 * A tiny HTTP target for the proxy's own tests and the raw-upload baseline of the sync bench: it reads
 * every request body, remembers what arrived (method, path, Host, bytes, whether the body was complete)
 * and answers `200 application/json` with what it got; `GET /bytes/<n>` answers n bytes.
 */
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ArrivedRequest {
  method: string;
  path: string;
  host: string | undefined;
  bytes: number;
  /** False when the connection was cut before the body ended. */
  complete: boolean;
}

export interface RecordingServer {
  url: string;
  port: number;
  arrived: ArrivedRequest[];
  /** Resolves once `n` requests have arrived (complete or cut); rejects after `timeoutMs`. */
  waitFor(n: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startRecordingServer(): Promise<RecordingServer> {
  const arrived: ArrivedRequest[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const sockets = new Set<Socket>();
  const settle = () => {
    for (const w of [...waiters]) if (arrived.length >= w.n) w.resolve();
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const entry: ArrivedRequest = { method: req.method ?? 'GET', path, host: req.headers.host, bytes: 0, complete: false };
    let done = false;
    const finish = (complete: boolean) => {
      if (done) return;
      done = true;
      entry.complete = complete;
      arrived.push(entry);
      settle();
    };
    req.on('data', (chunk: Buffer) => (entry.bytes += chunk.length));
    req.on('end', () => {
      finish(true);
      const many = /^\/bytes\/(\d{1,9})$/.exec(path);
      if (many) {
        const n = Number(many[1]);
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(n) });
        res.end(Buffer.alloc(n, 0x61));
        return;
      }
      const body = JSON.stringify({ method: entry.method, path, bytes: entry.bytes });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
      res.end(body);
    });
    req.on('close', () => finish(req.readableEnded));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    arrived,
    waitFor: (n, timeoutMs = 10_000) =>
      new Promise<void>((resolve, reject) => {
        if (arrived.length >= n) return resolve();
        const timer = setTimeout(() => reject(new Error(`only ${arrived.length} of ${n} requests arrived`)), timeoutMs);
        waiters.push({
          n,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

export interface PlainResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request on a fresh connection (no keep-alive reuse across faults); rejects on a cut or `timeoutMs`. */
export function plainRequest(
  url: string,
  options: { method?: string; body?: Uint8Array; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<PlainResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', agent: false, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (options.timeoutMs !== undefined) {
      req.setTimeout(options.timeoutMs, () => req.destroy(Object.assign(new Error('client gave up waiting'), { code: 'CLIENT_TIMEOUT' })));
    }
    req.end(options.body);
  });
}
