import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentTypeFor, createAppProtocolHandler, registerPrivilegedScheme, safeSegments } from '../../src-main/app-protocol';

const CSP = "default-src 'self'; script-src 'self'";
const SECRET = 'TOP-SECRET-OUTSIDE-ROOT';
let base: string;
let root: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'kiosk-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>kiosk</title>');
  writeFileSync(path.join(root, 'error.html'), '<!doctype html><title>error</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'font.woff2'), 'w2');
  writeFileSync(path.join(root, 'assets', 'data.bin'), 'bin');
  writeFileSync(path.join(root, '.env'), 'HIDDEN');
  writeFileSync(path.join(base, 'secret.txt'), SECRET);
  mkdirSync(path.join(base, 'renderer-evil'));
  writeFileSync(path.join(base, 'renderer-evil', 'x.txt'), SECRET);
  try {
    symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  } catch {
    // symlinks may be unavailable (Windows without privilege): that test then checks 404 instead
  }
  handler = createAppProtocolHandler({ root, csp: CSP });
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A request whose URL is passed through as written (Request itself would normalise `..`). */
const raw = (url: string, method = 'GET') => ({ url, method }) as unknown as Request;

async function expectNoSecret(res: Response) {
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(await res.text()).not.toContain(SECRET);
}

describe('registerPrivilegedScheme', () => {
  it('registers app:// as standard + secure + fetch, without CORS or CSP bypass', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerPrivilegedScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('createAppProtocolHandler', () => {
  it('serves / as index.html with the security headers', async () => {
    const res = await handler(new Request('app://kiosk/'));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>kiosk</title>');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('serves files by path, ignoring the query string, with the right content type', async () => {
    const err = await handler(new Request('app://kiosk/error.html?lang=en&reason=crashed'));
    expect(err.status).toBe(200);
    expect(await err.text()).toContain('error');
    expect((await handler(new Request('app://kiosk/assets/app.js'))).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await handler(new Request('app://kiosk/assets/font.woff2'))).headers.get('content-type')).toBe('font/woff2');
    expect((await handler(new Request('app://kiosk/assets/data.bin'))).headers.get('content-type')).toBe(
      'application/octet-stream',
    );
  });

  it('answers HEAD without a body and other methods with 405', async () => {
    const head = await handler(new Request('app://kiosk/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
      const res = await handler(raw('app://kiosk/index.html', method));
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
      expect(res.headers.get('content-security-policy')).toBe(CSP);
    }
  });

  it('refuses other hosts and lookalikes', async () => {
    for (const url of ['app://other/index.html', 'app://kiosk.evil/index.html', 'app://kiosk@evil/index.html', 'app://kiosk:81/index.html']) {
      const res = await handler(raw(url));
      expect(res.status, url).toBe(403);
      expect(res.headers.get('content-security-policy')).toBe(CSP);
    }
  });

  it.each([
    'app://kiosk/../secret.txt',
    'app://kiosk/assets/../../secret.txt',
    'app://kiosk/%2e%2e/secret.txt',
    'app://kiosk/%2E%2E/secret.txt',
    'app://kiosk/.%2e/secret.txt',
    'app://kiosk/..%2fsecret.txt',
    'app://kiosk/..%2Fsecret.txt',
    'app://kiosk/..%5csecret.txt',
    'app://kiosk/..\\secret.txt',
    'app://kiosk/assets%2f..%2f..%2fsecret.txt',
    'app://kiosk/%252e%252e/secret.txt',
    'app://kiosk//etc/passwd',
    'app://kiosk/{abs-encoded}',
    'app://kiosk/{abs}',
    'app://kiosk/C:%5cWindows%5cwin.ini',
    'app://kiosk/index.html%00.png',
    'app://kiosk/%00',
    'app://kiosk/..%c0%af..%c0%afsecret.txt',
    'app://kiosk/../renderer-evil/x.txt',
    'app://kiosk/.env',
  ])('never reads outside the root: %s', async (template) => {
    const abs = path.join(base, 'secret.txt');
    const url = template.replace('{abs-encoded}', encodeURIComponent(abs)).replace('{abs}', abs);
    await expectNoSecret(await handler(raw(url)));
    await expectNoSecret(await handler(new Request(url.replace('\\', '%5c'))));
  });

  it('refuses a symlink inside the root that points outside it', async () => {
    await expectNoSecret(await handler(new Request('app://kiosk/assets/link.txt')));
  });

  it('does not call readFile for refused paths', async () => {
    const readFile = vi.fn(async () => new TextEncoder().encode(SECRET));
    const guarded = createAppProtocolHandler({ root, csp: CSP, readFile });
    await guarded(raw('app://kiosk/../secret.txt'));
    await guarded(raw('app://kiosk/%2e%2e/secret.txt'));
    await guarded(raw('app://kiosk/assets/link.txt'));
    expect(readFile).not.toHaveBeenCalled();
  });

  it('answers 404 for missing files and directories', async () => {
    expect((await handler(new Request('app://kiosk/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://kiosk/assets/'))).status).toBe(403);
    expect((await handler(new Request('app://kiosk/assets'))).status).toBe(404);
  });
});

describe('helpers', () => {
  it('safeSegments decodes and rejects dangerous segments', () => {
    expect(safeSegments('/')).toEqual(['index.html']);
    expect(safeSegments('/assets/t%E1%BB%AB.js')).toEqual(['assets', 'từ.js']);
    expect(safeSegments('/%E0%A4%A')).toBeNull();
    expect(safeSegments('relative')).toBeNull();
  });
  it('contentTypeFor knows the app file types', () => {
    expect(contentTypeFor('a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('a.webmanifest')).toBe('application/manifest+json; charset=utf-8');
    expect(contentTypeFor('a.wasm')).toBe('application/wasm');
    expect(contentTypeFor('a.ico')).toBe('image/x-icon');
    expect(contentTypeFor('a.png')).toBe('image/png');
    expect(contentTypeFor('a.woff')).toBe('font/woff');
    expect(contentTypeFor('a.json')).toBe('application/json; charset=utf-8');
    expect(contentTypeFor('Makefile')).toBe('application/octet-stream');
  });
});
