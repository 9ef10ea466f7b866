// The plain-browser host: serves the built renderer on 127.0.0.1 through the same app:// handler the
// Electron shell uses (same path guard, same CSP header), and answers the browser host's /__host/ calls
// (configuration, version, log lines). For E2E in Chromium and for development without Electron.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createAppProtocolHandler } from '../../src-main/app-protocol';
import { buildContentSecurityPolicy, originOfServerUrl } from '../../src-shared/security/csp';
import { parseKioskConfig, toRendererConfig } from '../../src-shared/config/kiosk-config';
import { LogEntrySchema } from '../../src-shared/bridge/log-entry';

export interface WebHostOptions {
  root: string;
  host?: string;
  port?: number;
  configFile?: string;
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

function readBody(req: http.IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(undefined);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(undefined));
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function answerHost(req: http.IncomingMessage, res: http.ServerResponse, route: string, options: WebHostOptions) {
  const config = loadConfig(options.configFile);
  if (req.method === 'GET' && route === 'config') return sendJson(res, 200, toRendererConfig(config));
  if (req.method === 'GET' && route === 'info') return sendJson(res, 200, { appVersion: options.appVersion });
  if (req.method === 'POST' && route === 'log') {
    const body = await readBody(req, MAX_LOG_BODY);
    let json: unknown;
    try {
      json = body === undefined ? undefined : JSON.parse(body);
    } catch {
      json = undefined;
    }
    const entry = LogEntrySchema.safeParse(json);
    if (!entry.success) return sendJson(res, 400, { error: 'invalid log entry' });
    console.log(JSON.stringify({ time: new Date().toISOString(), source: 'page', ...entry.data }));
    return sendJson(res, 202, { ok: true });
  }
  return sendJson(res, 404, { error: 'not found' });
}

export function startWebHost(options: WebHostOptions): Promise<http.Server> {
  const initial = loadConfig(options.configFile);
  const server = originOfServerUrl(initial.serverUrl);
  const csp = buildContentSecurityPolicy({ connectSrc: server ? [server] : [] });
  const handle = createAppProtocolHandler({ root: options.root, csp: csp.policy });

  const httpServer = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (url.startsWith('/__host/')) {
      void answerHost(req, res, url.slice('/__host/'.length).split('?')[0] ?? '', options);
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
