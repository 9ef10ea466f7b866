// The plain-browser host: serves the built renderer on 127.0.0.1 through the same app:// handler the
// Electron shell uses (same path guard, same CSP header on pages and worker scripts), and answers the
// browser host's /__host/ calls (configuration, version, log lines, the intake server address entered at
// enrollment). For E2E in Chromium and for development without Electron.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { createAppProtocolHandler } from '../../src-main/app-protocol';
import { createLiveConfig, type LiveConfig } from '../../src-main/live-config';
import type { Log } from '../../src-main/logger';
import { createServerUrlSetter, withSavedServerAddress } from '../../src-main/server-address';
import { parseKioskConfig, toRendererConfig } from '../../src-shared/config/kiosk-config';
import { LogEntrySchema } from '../../src-shared/bridge/log-entry';

export interface WebHostOptions {
  root: string;
  host?: string;
  port?: number;
  /** KIOSK_CONFIG: read once at start. */
  configFile?: string;
  /** KIOSK_STATE_DIR: where the server address entered at enrollment is saved (as Electron's user-data
   * folder); without it the address lasts until the host stops. */
  stateDir?: string;
  appVersion: string;
}

function loadConfig(file: string | undefined) {
  let raw: unknown = { displayMode: 'windowed' };
  if (file) {
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      console.error(`web-host: cannot read ${file}: ${(error as Error).message}; using defaults`);
    }
  }
  const parsed = parseKioskConfig(raw);
  for (const problem of parsed.problems) console.error(`web-host: config ${problem.path}: ${problem.message}`);
  return parsed.config;
}

const MAX_LOG_BODY = 16 * 1024;
const MAX_ADDRESS_BODY = 4 * 1024;

const hostLog: Log = (level, message, context) =>
  console.error(JSON.stringify({ time: new Date().toISOString(), source: 'web-host', level, message, ...context }));

/** The request body as text; null when it is over `limit` (the rest is not read; answer 413 and the
 * connection closes), undefined when the request broke off. */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null | undefined> {
  return new Promise((resolve) => {
    let size = 0;
    const chunks: Buffer[] = [];
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      resolve(null);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(undefined));
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const close = status === 413 ? { connection: 'close' } : {};
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...close });
  res.end(JSON.stringify(body));
}

const parseJson = (body: string | null | undefined): unknown => {
  try {
    return typeof body === 'string' ? JSON.parse(body) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Whether a state-changing call comes from our own page: the Host is a loopback name (a DNS-rebinding
 * page would carry its own name), the Origin, when sent, is this host, and the body is JSON (a form
 * post from another site cannot be).
 */
function fromOwnPage(req: http.IncomingMessage): boolean {
  const host = req.headers.host ?? '';
  if (!/^(127\.0\.0\.1|localhost|\[::1\])(:\d{1,5})?$/i.test(host)) return false;
  const origin = req.headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `http://${host.toLowerCase()}`) return false;
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';
}

const ServerUrlBodySchema = z.strictObject({ serverUrl: z.string() });

interface HostState {
  live: LiveConfig;
  setServerUrl: ReturnType<typeof createServerUrlSetter>;
}

async function answerServerUrl(req: http.IncomingMessage, res: http.ServerResponse, state: HostState) {
  if (!fromOwnPage(req)) return sendJson(res, 403, { error: 'forbidden' });
  const text = await readBody(req, MAX_ADDRESS_BODY);
  if (text === null) return sendJson(res, 413, { ok: false, reason: 'invalid' });
  const body = ServerUrlBodySchema.safeParse(parseJson(text));
  const result = await state.setServerUrl(body.success ? body.data.serverUrl : undefined);
  if (result.ok) return sendJson(res, 200, result);
  return sendJson(res, result.reason === 'invalid' ? 400 : 500, result);
}

async function answerHost(req: http.IncomingMessage, res: http.ServerResponse, route: string, options: WebHostOptions, state: HostState) {
  if (req.method === 'GET' && route === 'config') return sendJson(res, 200, toRendererConfig(state.live.get()));
  if (req.method === 'POST' && route === 'server-url') return answerServerUrl(req, res, state);
  if (req.method === 'GET' && route === 'info') return sendJson(res, 200, { appVersion: options.appVersion });
  if (req.method === 'POST' && route === 'log') {
    const text = await readBody(req, MAX_LOG_BODY);
    if (text === null) return sendJson(res, 413, { error: 'log entry too large' });
    const entry = LogEntrySchema.safeParse(parseJson(text));
    if (!entry.success) return sendJson(res, 400, { error: 'invalid log entry' });
    console.log(JSON.stringify({ time: new Date().toISOString(), source: 'page', ...entry.data }));
    return sendJson(res, 202, { ok: true });
  }
  return sendJson(res, 404, { error: 'not found' });
}

export function startWebHost(options: WebHostOptions): Promise<http.Server> {
  const { stateDir } = options;
  let initial = loadConfig(options.configFile);
  if (stateDir) {
    const overlay = withSavedServerAddress(initial, stateDir);
    if (overlay.problem) console.error(`web-host: ${overlay.problem.path}: ${overlay.problem.message}`);
    initial = overlay.config;
  }
  const live = createLiveConfig(initial);
  const state: HostState = { live, setServerUrl: createServerUrlSetter({ stateDir, apply: live.setServerUrl, log: hostLog }) };
  const handle = createAppProtocolHandler({ root: options.root, csp: live.csp });

  const httpServer = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/__host/')) {
      void answerHost(req, res, url.slice('/__host/'.length).split('?')[0] ?? '', options, state);
      return;
    }
    const request = new Request(`app://kiosk${url.startsWith('/') ? url : '/' + url}`, { method: req.method ?? 'GET' });
    handle(request)
      .then(async (response) => {
        const headers: Record<string, string> = {};
        response.headers.forEach((value, key) => (headers[key] = value));
        res.writeHead(response.status, headers);
        res.end(req.method === 'HEAD' ? undefined : Buffer.from(await response.arrayBuffer()));
      })
      .catch(() => {
        res.writeHead(500);
        res.end();
      });
  });
  return new Promise((resolve) =>
    httpServer.listen(options.port ?? 5174, options.host ?? '127.0.0.1', () => resolve(httpServer)),
  );
}

export const defaultRoot = (repoRoot: string) => path.join(repoRoot, 'dist', 'app', 'renderer');
