/**
 * A fault-injecting HTTP/1.1 reverse proxy for the sync tests and benches: listens on 127.0.0.1 (a free
 * port) in front of a target origin and does to chosen requests what building Wi-Fi, captive portals and
 * crashing servers do to kiosks (see fault-plan.ts for the faults and how rules pick requests). It keeps
 * the client's Host header, so URLs the server builds from it (tus upload locations) point back at the
 * proxy. When the target is down it answers 502, like any gateway (counted as `upstreamErrors`, not as an
 * injected fault). An optional throttle limits bytes per second in each direction, shared by all
 * connections (a link, not a per-socket limit).
 *
 * Bounded: connections (`maxConnections`), stalls (`maxStallMs`), bodies it reads and drops
 * (`maxBodyBytes`), the fault log (last 1,000). `close()` destroys every socket and timer it holds.
 */
import { Agent, createServer, request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { FAULT_KINDS, FaultPlan, type Fault, type FaultKind, type FaultRule } from './fault-plan';
import { portalPage } from './portal-page';
import { discard, pump, TokenBucket } from './throttle';

export { FAULT_KINDS, type Fault, type FaultKind, type FaultRule } from './fault-plan';

/** The proxy's own captive-portal login page (never forwarded); the default redirect target. */
export const PORTAL_PATH = '/__portal/login';

const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade'];
const LOG_LIMIT = 1000;

export interface FaultProxyOptions {
  /** Origin to forward to, e.g. `http://127.0.0.1:4123`. */
  target: string;
  rules?: readonly FaultRule[];
  /** Seed of the PRNG behind `rate` rules (default 1). */
  seed?: number;
  /** Bytes per second in each direction; none when absent. */
  throttleBytesPerSecond?: number;
  /** Longest stall (default 30 s); a stall without `ms` lasts this long unless the client gives up. */
  maxStallMs?: number;
  /** Largest request body read and dropped when answering without forwarding (default 64 MB). */
  maxBodyBytes?: number;
  maxConnections?: number;
}

export interface InjectedFault {
  kind: FaultKind;
  method: string;
  path: string;
  at: number;
}

export interface FaultProxyStats {
  /** Requests forwarded to the target (fault-free ones and `cut-*` ones). */
  forwarded: number;
  /** Forwarded requests the target could not be reached for (answered 502). */
  upstreamErrors: number;
  /** Request and response body bytes that went through. */
  bytesUp: number;
  bytesDown: number;
  /** The target's own answers by status code, e.g. `{ "201": 100, "204": 180, "409": 2 }` (hidden ones too). */
  statuses: Record<string, number>;
}

export interface FaultProxy {
  readonly url: string;
  readonly port: number;
  /** Replaces the plan (rule counters start again). */
  setRules(rules: readonly FaultRule[]): void;
  addRule(rule: FaultRule): void;
  /** One fault for the next request matching `match` (any request when absent). */
  injectNext(fault: Fault, match?: Pick<FaultRule, 'method' | 'path'>): void;
  setThrottle(bytesPerSecond: number | null): void;
  /** Faults injected so far, by kind (every kind present, 0 when none). */
  counts(): Record<FaultKind, number>;
  totalFaults(): number;
  readonly log: readonly InjectedFault[];
  stats(): FaultProxyStats;
  close(): Promise<void>;
}

function forwardHeaders(headers: IncomingHttpHeaders, socket: Socket): IncomingHttpHeaders {
  const out: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (!HOP_BY_HOP.includes(name)) out[name] = value;
  out['x-forwarded-for'] = socket.remoteAddress ?? '127.0.0.1';
  out['x-forwarded-proto'] = 'http';
  if (headers.host !== undefined) out['x-forwarded-host'] = headers.host;
  return out;
}

function responseHeaders(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const out: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (!HOP_BY_HOP.includes(name)) out[name] = value;
  return out;
}

function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://proxy.invalid').pathname;
  } catch {
    return '/';
  }
}

export async function createFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const target = new URL(options.target);
  if (target.protocol !== 'http:') throw new TypeError('the fault proxy forwards to http:// targets only');
  const plan = new FaultPlan(options.rules ?? [], options.seed ?? 1);
  const maxStallMs = options.maxStallMs ?? 30_000;
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024 * 1024;
  const counts = Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>;
  const log: InjectedFault[] = [];
  const stats: FaultProxyStats = { forwarded: 0, upstreamErrors: 0, bytesUp: 0, bytesDown: 0, statuses: {} };
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  let up: TokenBucket | null = null;
  let down: TokenBucket | null = null;
  let closing = false;
  let origin = '';

  const setThrottle = (bps: number | null) => {
    up = bps === null ? null : new TokenBucket(bps);
    down = bps === null ? null : new TokenBucket(bps);
  };
  setThrottle(options.throttleBytesPerSecond ?? null);

  const record = (kind: FaultKind, req: IncomingMessage, path: string) => {
    counts[kind] += 1;
    log.push({ kind, method: req.method ?? 'GET', path, at: Date.now() });
    if (log.length > LOG_LIMIT) log.shift();
  };

  /** Reads and drops the request body, then answers and closes the connection. */
  const answer = async (req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string>, body: string) => {
    let complete: boolean;
    try {
      complete = await discard(req, maxBodyBytes);
    } catch {
      return; // the client went away first
    }
    if (!complete) {
      req.socket.destroy();
      return;
    }
    res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(body)), connection: 'close' });
    res.end(body);
  };

  const stall = (req: IncomingMessage, ms: number | undefined) => {
    const socket = req.socket;
    const timer = setTimeout(() => {
      timers.delete(timer);
      socket.destroy();
    }, Math.min(ms ?? maxStallMs, maxStallMs));
    timers.add(timer);
    socket.once('close', () => {
      clearTimeout(timer);
      timers.delete(timer);
    });
  };

  const forward = (req: IncomingMessage, res: ServerResponse, fault: Fault | null) => {
    stats.forwarded += 1;
    const client = req.socket;
    const upstream = request({
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: forwardHeaders(req.headers, client),
      agent,
    });
    const hideAnswer = fault?.kind === 'cut-after-forward';
    let cutAfter: number | undefined;
    if (fault?.kind === 'cut-upload') {
      const length = Number(req.headers['content-length'] ?? NaN);
      const known = Number.isFinite(length) && length > 0;
      cutAfter = fault.afterBytes ?? (known && fault.afterFraction !== undefined ? Math.floor(length * fault.afterFraction) : 0);
      if (known) cutAfter = Math.min(cutAfter, length - 1);
      cutAfter = Math.max(0, cutAfter);
    }
    const cutBoth = () => {
      upstream.destroy();
      client.destroy();
    };
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    upstream.on('error', () => {
      if (hideAnswer || cutAfter !== undefined || closing) return cutBoth();
      stats.upstreamErrors += 1;
      if (res.headersSent) return client.destroy();
      res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
      res.end('502 Bad Gateway: the intake server did not answer');
    });
    upstream.on('response', (answerStream) => {
      const status = String(answerStream.statusCode ?? 0);
      stats.statuses[status] = (stats.statuses[status] ?? 0) + 1;
      if (hideAnswer) {
        discard(answerStream, maxBodyBytes).then(cutBoth, cutBoth);
        return;
      }
      res.writeHead(answerStream.statusCode ?? 502, answerStream.statusMessage, responseHeaders(answerStream.headers));
      pump(answerStream, res, { bucket: down, onBytes: (n) => (stats.bytesDown += n), aborted: () => closing })
        .then(() => res.end())
        .catch(() => client.destroy());
    });
    pump(req, upstream, { bucket: up, cutAfter, onBytes: (n) => (stats.bytesUp += n), aborted: () => closing })
      .then((result) => (result.cut ? cutBoth() : upstream.end()))
      .catch(() => upstream.destroy());
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? 'GET';
    const path = pathOf(req.url);
    if (path === PORTAL_PATH) {
      void answer(req, res, 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, portalPage());
      return;
    }
    const fault = plan.pick(method, path);
    if (fault !== null) record(fault.kind, req, path);
    switch (fault?.kind) {
      case 'http-500':
      case 'http-502':
      case 'http-503': {
        const status = Number(fault.kind.slice(5));
        void answer(req, res, status, { 'content-type': 'text/plain; charset=utf-8' }, `${status} (injected by the test proxy)`);
        return;
      }
      case 'captive-portal':
        void answer(req, res, 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, portalPage());
        return;
      case 'redirect': {
        const location = fault.location ?? `${origin}${PORTAL_PATH}?continue=${encodeURIComponent(req.url ?? '/')}`;
        void answer(req, res, 302, { location, 'content-type': 'text/html; charset=utf-8' }, `<a href="${location}">Đăng nhập Wi-Fi</a>`);
        return;
      }
      case 'stall':
        stall(req, fault.ms);
        return;
      default:
        forward(req, res, fault);
    }
  };

  const server = createServer(handle);
  server.maxConnections = options.maxConnections ?? 256;
  server.keepAliveTimeout = 5_000;
  server.headersTimeout = 20_000;
  server.requestTimeout = 600_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: origin,
    port,
    setRules: (rules) => plan.replace(rules),
    addRule: (rule) => plan.add(rule),
    injectNext: (fault, match) => plan.add({ ...match, fault, limit: 1 }),
    setThrottle,
    counts: () => ({ ...counts }),
    totalFaults: () => Object.values(counts).reduce((a, b) => a + b, 0),
    log,
    stats: () => ({ ...stats, statuses: { ...stats.statuses } }),
    close: async () => {
      closing = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      agent.destroy();
      await closed;
    },
  };
}
