import { readFile as fsReadFile, realpath as fsRealpath, stat as fsStat } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * The `app://kiosk` scheme the renderer is served from (never the file scheme). The handler maps URL paths to
 * files under one root folder and refuses anything that could leave it.
 */

/** Must run before the app is ready. `standard` gives a real origin (IndexedDB, relative URLs), `secure`
 * a secure context (camera, WebCrypto), `supportFetchAPI` fetch() of our own files. Not `corsEnabled`
 * (it would let other origins read our files) and not `bypassCSP`. */
export function registerPrivilegedScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export interface AppProtocolOptions {
  /** Folder holding the built renderer (index.html, error.html, assets/). */
  root: string;
  /** Value of the Content-Security-Policy header sent with every response (pages and worker scripts
   * alike), or a function asked for it at each response (the intake server can change at enrollment). */
  csp: string | (() => string);
  readFile?: (absolutePath: string) => Promise<Uint8Array>;
  /** Resolves symlinks; defaults to fs.realpath. */
  realpath?: (absolutePath: string) => Promise<string>;
  isFile?: (absolutePath: string) => Promise<boolean>;
}

const MAX_PATH = 1024;

/**
 * The path segments of a URL path, decoded, or null when any segment could step outside the root:
 * `..` / `.` (also as %2e%2e), encoded or raw separators (%2f %5c \), NUL and other controls, drive
 * letters / streams (`:`), empty segments (`//`), dot-files, malformed escapes.
 */
export function safeSegments(rawPath: string): string[] | null {
  if (!rawPath.startsWith('/') || rawPath.length > MAX_PATH) return null;
  const parts = rawPath.slice(1).split('/');
  if (parts.length === 1 && parts[0] === '') return ['index.html'];
  const out: string[] = [];
  for (const raw of parts) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return null;
    }
    // eslint-disable-next-line no-control-regex
    if (seg === '' || seg.startsWith('.') || /[/\\:\u0000-\u001f\u007f]/.test(seg)) return null;
    out.push(seg);
  }
  return out;
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

const defaultIsFile = async (p: string) => (await fsStat(p)).isFile();

export function createAppProtocolHandler(options: AppProtocolOptions): (request: Request) => Promise<Response> {
  const root = path.resolve(options.root);
  const readFile = options.readFile ?? ((p: string) => fsReadFile(p));
  const realpath = options.realpath ?? ((p: string) => fsRealpath(p));
  const isFile = options.isFile ?? defaultIsFile;
  const { csp } = options;
  const securityHeaders = () => ({
    'Content-Security-Policy': typeof csp === 'function' ? csp() : csp,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  });
  const plain = (status: number, text: string, extra: Record<string, string> = {}) =>
    new Response(text, {
      status,
      headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra },
    });
  let realRoot: Promise<string> | undefined;

  return async (request) => {
    const method = String(request.method).toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') return plain(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad Request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST || url.username || url.password) {
      return plain(403, 'Forbidden');
    }
    // Check the path exactly as it came in (before URL normalisation), then the parsed one.
    const rawPath = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(\/[^?#]*)?/i.exec(request.url)?.[1] ?? '/';
    const segments = safeSegments(rawPath) && safeSegments(url.pathname);
    if (!segments) return plain(403, 'Forbidden');
    const candidate = path.resolve(root, ...segments);
    if (!isInside(root, candidate)) return plain(403, 'Forbidden');
    try {
      realRoot ??= realpath(root);
      const [resolvedRoot, resolved] = await Promise.all([realRoot, realpath(candidate)]);
      if (!isInside(resolvedRoot, resolved)) return plain(403, 'Forbidden');
      if (!(await isFile(resolved))) return plain(404, 'Not Found');
      const body = method === 'HEAD' ? null : await readFile(resolved);
      return new Response(body as BodyInit | null, {
        status: 200,
        headers: { ...securityHeaders(), 'Content-Type': contentTypeFor(candidate), 'Cache-Control': 'no-cache' },
      });
    } catch {
      realRoot = undefined;
      return plain(404, 'Not Found');
    }
  };
}
