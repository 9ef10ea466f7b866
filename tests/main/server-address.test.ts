import * as fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler } from '../../src-main/app-protocol';
import { loadKioskConfig } from '../../src-main/config-loader';
import { createLiveConfig, type LiveConfig } from '../../src-main/live-config';
import { SERVER_ADDRESS_FILE, createServerUrlSetter, nodeAddressFiles, type AddressFiles } from '../../src-main/server-address';
import { parseKioskConfig } from '../../src-shared/config/kiosk-config';
import { fakeLog } from './fakes';

const OLD = 'https://old.example.vn';
const NEW = 'https://new.example.vn';

let dir: string;
let root: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-address-'));
  root = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>kiosk</title>');
  fs.writeFileSync(path.join(root, 'assets', 'sync-worker-B2x9.js'), 'self.onmessage = () => {}');
  fs.writeFileSync(path.join(root, 'assets', 'compress-worker-Q1.mjs'), 'export {}');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const userData = () => path.join(dir, 'userData');

function setup(files?: AddressFiles) {
  fs.mkdirSync(userData(), { recursive: true });
  const live = createLiveConfig(parseKioskConfig({ serverUrl: `${OLD}/intake/` }).config);
  const apply = vi.fn((origin: string) => live.setServerUrl(origin));
  const { log, calls } = fakeLog();
  const setServerUrl = createServerUrlSetter({ stateDir: userData(), apply, log, ...(files && { files }) });
  const handler = createAppProtocolHandler({ root, csp: live.csp });
  return { live, apply, calls, setServerUrl, handler };
}

const connectSrc = async (handler: (r: Request) => Promise<Response>, file = '') => {
  const response = await handler(new Request(`app://kiosk/${file}`));
  const policy = response.headers.get('content-security-policy') ?? '';
  return policy.split('; ').find((d) => d.startsWith('connect-src ')) ?? '';
};

const savedFiles = () => (fs.existsSync(userData()) ? fs.readdirSync(userData()) : []);

describe('setServerUrl (main side): the intake server address entered at enrollment', () => {
  it.each([
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a file: URL', 'file:///etc/passwd'],
    ['a data: URL', 'data:text/html,<script>1</script>'],
    ['another scheme', 'ftp://files.example.vn'],
    ['credentials', 'https://admin:secret@new.example.vn'],
    ['a user name', 'https://admin@new.example.vn'],
    ['a space (two sources)', 'https://new.example.vn https://evil.example'],
    ['a single quote', "https://new.example.vn'"],
    ['a double quote', 'https://new.example.vn"'],
    ['a semicolon (directive injection)', "https://new.example.vn; script-src 'unsafe-inline'"],
    ['a wildcard host', 'https://*.example.vn'],
    ['a bare wildcard', '*'],
    ['a path', 'https://new.example.vn/intake'],
    ['a query', 'https://new.example.vn?x=1'],
    ['a fragment', 'https://new.example.vn#x'],
    ['no scheme', 'new.example.vn'],
    ['an empty string', ''],
    ['an address over 300 characters', `https://${'a'.repeat(290)}.example.vn`],
    ['a number', 42],
    ['an object', { toString: () => NEW }],
    ['nothing', undefined],
  ])('refuses %s, saves nothing and keeps the CSP as it was', async (_name, bad) => {
    const { setServerUrl, apply, handler, live, calls } = setup();
    const before = await connectSrc(handler);
    await expect(setServerUrl(bad)).resolves.toEqual({ ok: false, reason: 'invalid' });
    expect(savedFiles()).toEqual([]);
    expect(apply).not.toHaveBeenCalled();
    expect(live.get().serverUrl).toBe(`${OLD}/intake/`);
    expect(await connectSrc(handler)).toBe(before);
    expect(calls).toEqual([expect.objectContaining({ level: 'warn', message: 'server address refused' })]);
    if (typeof bad === 'string' && bad.length > 0) expect(JSON.stringify(calls)).not.toContain(bad);
  });

  it('saves a valid address (0600, atomically) and the next responses, worker scripts too, allow only it', async () => {
    const { setServerUrl, handler, live } = setup();
    expect(await connectSrc(handler)).toBe(`connect-src 'self' ${OLD}`);

    await expect(setServerUrl('  https://New.Example.VN/ ')).resolves.toEqual({ ok: true });

    expect(savedFiles()).toEqual([SERVER_ADDRESS_FILE]); // no temp file left behind
    const file = path.join(userData(), SERVER_ADDRESS_FILE);
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { serverUrl: string; savedAt: string };
    expect(saved.serverUrl).toBe(NEW);
    expect(Number.isNaN(Date.parse(saved.savedAt))).toBe(false);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    expect(live.get().serverUrl).toBe(NEW);
    for (const target of ['', 'index.html', 'assets/sync-worker-B2x9.js', 'assets/compress-worker-Q1.mjs']) {
      const directive = await connectSrc(handler, target);
      expect(directive).toBe(`connect-src 'self' ${NEW}`);
      expect(directive).not.toContain('old.example.vn');
    }
  });

  it('serves the module worker scripts as JavaScript with the same CSP as the page', async () => {
    const { handler } = setup();
    const page = await handler(new Request('app://kiosk/'));
    for (const file of ['assets/sync-worker-B2x9.js', 'assets/compress-worker-Q1.mjs']) {
      const response = await handler(new Request(`app://kiosk/${file}`));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(page.headers.get('content-security-policy'));
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('the saved address survives a restart: the loader puts it in place of the file’s serverUrl', async () => {
    const { setServerUrl } = setup();
    await setServerUrl('http://10.0.0.5:8080');
    const configFile = path.join(dir, 'kiosk-config.json');
    fs.writeFileSync(configFile, JSON.stringify({ kioskName: 'Quầy 1', serverUrl: OLD }));
    const { log, calls } = fakeLog();

    const restarted = loadKioskConfig({ env: { KIOSK_CONFIG: configFile }, userDataDir: userData(), log });

    expect(restarted.config.serverUrl).toBe('http://10.0.0.5:8080');
    expect(restarted.config.kioskName).toBe('Quầy 1');
    expect(restarted.serverAddressSaved).toBe(true);
    expect(restarted.problems).toEqual([]);
    expect(calls.map((c) => c.message)).toContain(`server address from ${SERVER_ADDRESS_FILE} used`);
    const handler = createAppProtocolHandler({ root, csp: createLiveConfig(restarted.config).csp });
    expect(await connectSrc(handler)).toBe("connect-src 'self' http://10.0.0.5:8080");
  });

  it.each([
    ['not JSON', '{"serverUrl": '],
    ['an address that is not a bare origin', JSON.stringify({ serverUrl: "https://a.vn; script-src 'unsafe-eval'" })],
    ['an unknown field', JSON.stringify({ serverUrl: NEW, extra: 1 })],
  ])('a saved file with %s is ignored and reported to ward IT', (_name, text) => {
    fs.mkdirSync(userData(), { recursive: true });
    fs.writeFileSync(path.join(userData(), SERVER_ADDRESS_FILE), text);
    fs.writeFileSync(path.join(userData(), 'kiosk-config.json'), JSON.stringify({ serverUrl: OLD }));
    const r = loadKioskConfig({ env: {}, userDataDir: userData() });
    expect(r.config.serverUrl).toBe(OLD);
    expect(r.serverAddressSaved).toBe(false);
    expect(r.problems).toEqual([expect.objectContaining({ path: `(${SERVER_ADDRESS_FILE})` })]);
  });

  it('a failed save answers "failed" and changes nothing: old file intact, no temp file, same CSP', async () => {
    const rename = vi.fn(async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    const { setServerUrl, apply, handler, calls } = setup({ ...nodeAddressFiles, rename });
    const file = path.join(userData(), SERVER_ADDRESS_FILE);
    const previous = JSON.stringify({ serverUrl: OLD });
    fs.writeFileSync(file, previous);
    const before = await connectSrc(handler);

    await expect(setServerUrl(NEW)).resolves.toEqual({ ok: false, reason: 'failed' });

    expect(rename).toHaveBeenCalledTimes(1);
    expect(savedFiles()).toEqual([SERVER_ADDRESS_FILE]);
    expect(fs.readFileSync(file, 'utf8')).toBe(previous);
    expect(apply).not.toHaveBeenCalled();
    expect(await connectSrc(handler)).toBe(before);
    expect(calls).toContainEqual(expect.objectContaining({ level: 'error', message: 'server address not saved' }));
  });

  it('calls one after another: the last address asked for is the one saved and in force', async () => {
    const { setServerUrl, live } = setup();
    const results = await Promise.all([setServerUrl('https://a.example.vn'), setServerUrl('bad one'), setServerUrl(NEW)]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(JSON.parse(fs.readFileSync(path.join(userData(), SERVER_ADDRESS_FILE), 'utf8')).serverUrl).toBe(NEW);
    expect(live.get().serverUrl).toBe(NEW);
  });

  it('without a state folder the address is applied in memory only', async () => {
    const live: LiveConfig = createLiveConfig(parseKioskConfig({}).config);
    const setServerUrl = createServerUrlSetter({ stateDir: undefined, apply: live.setServerUrl, log: fakeLog().log });
    await expect(setServerUrl(NEW)).resolves.toEqual({ ok: true });
    expect(live.csp()).toContain(`connect-src 'self' ${NEW};`);
    expect(savedFiles()).toEqual([]);
  });
});
