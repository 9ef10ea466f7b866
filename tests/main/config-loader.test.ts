import * as fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKioskConfig } from '../../src-main/config-loader';
import { parseKioskConfig, toRendererConfig } from '../../src-shared/config/kiosk-config';
import { fakeLog } from './fakes';

let userData: string;
beforeEach(() => {
  userData = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-config-'));
});
afterEach(() => fs.rmSync(userData, { recursive: true, force: true }));

const defaults = parseKioskConfig({}).config;
const write = (file: string, text: string) => fs.writeFileSync(file, text);

describe('loadKioskConfig', () => {
  it('uses defaults without a problem when <userData>/kiosk-config.json is missing', () => {
    const r = loadKioskConfig({ env: {}, userDataDir: userData });
    expect(r.config).toEqual(defaults);
    expect(r.problems).toEqual([]);
    expect(r.source).toEqual({ path: path.join(userData, 'kiosk-config.json'), from: 'userData', status: 'missing' });
  });

  it('reads <userData>/kiosk-config.json (with a Notepad BOM)', () => {
    write(path.join(userData, 'kiosk-config.json'), '\uFEFF{"kioskName":"Quầy 1","displayMode":"windowed"}');
    const r = loadKioskConfig({ env: {}, userDataDir: userData });
    expect(r.source.status).toBe('loaded');
    expect(r.config.kioskName).toBe('Quầy 1');
    expect(r.config.displayMode).toBe('windowed');
    expect(r.problems).toEqual([]);
  });

  it('prefers the file named by KIOSK_CONFIG', () => {
    write(path.join(userData, 'kiosk-config.json'), '{"kioskName":"ignored"}');
    const other = path.join(userData, 'other.json');
    write(other, '{"kioskName":"from env"}');
    const r = loadKioskConfig({ env: { KIOSK_CONFIG: other }, userDataDir: userData });
    expect(r.source).toMatchObject({ path: other, from: 'KIOSK_CONFIG', status: 'loaded' });
    expect(r.config.kioskName).toBe('from env');
  });

  it('reports a KIOSK_CONFIG file that does not exist', () => {
    const { log, calls } = fakeLog();
    const r = loadKioskConfig({ env: { KIOSK_CONFIG: path.join(userData, 'nope.json') }, userDataDir: userData, log });
    expect(r.config).toEqual(defaults);
    expect(r.source.status).toBe('missing');
    expect(r.problems).toHaveLength(1);
    expect(calls.some((c) => c.level === 'warn' && c.message === 'configuration problem')).toBe(true);
  });

  it('falls back to defaults and logs invalid JSON', () => {
    write(path.join(userData, 'kiosk-config.json'), '{"kioskName": "x",');
    const { log, calls } = fakeLog();
    const r = loadKioskConfig({ env: {}, userDataDir: userData, log });
    expect(r.config).toEqual(defaults);
    expect(r.source.status).toBe('invalid-json');
    expect(r.problems[0]).toMatchObject({ path: '(file)' });
    expect(calls.filter((c) => c.message === 'configuration problem')).toHaveLength(1);
  });

  it('falls back to defaults and logs an unreadable file', () => {
    const { log, calls } = fakeLog();
    const readFile = () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    };
    const r = loadKioskConfig({ env: {}, userDataDir: userData, readFile, log });
    expect(r.config).toEqual(defaults);
    expect(r.source.status).toBe('unreadable');
    expect(r.problems[0]!.message).toContain('EACCES');
    expect(calls.some((c) => c.message === 'configuration problem')).toBe(true);
  });

  it('keeps good fields and reports bad ones (parseKioskConfig)', () => {
    write(path.join(userData, 'kiosk-config.json'), '{"wardCode":"12","kioskName":"Quầy 2","colour":"red"}');
    const r = loadKioskConfig({ env: {}, userDataDir: userData });
    expect(r.config.kioskName).toBe('Quầy 2');
    expect(r.config.wardCode).toBe(defaults.wardCode);
    expect(r.problems.map((p) => p.path).sort()).toEqual(['colour', 'wardCode']);
  });

  it('treats a non-object JSON document as a problem', () => {
    write(path.join(userData, 'kiosk-config.json'), '[1,2]');
    const r = loadKioskConfig({ env: {}, userDataDir: userData });
    expect(r.config).toEqual(defaults);
    expect(r.problems[0]!.path).toBe('(root)');
  });

  it('reads a provisioning enrollment code with the server URL, grouped and in any case, and hands both to the page', () => {
    write(
      path.join(userData, 'kiosk-config.json'),
      JSON.stringify({ serverUrl: 'http://127.0.0.1:8787', enrollmentCode: ' abcd-efgh jk23 ' }),
    );
    const r = loadKioskConfig({ env: {}, userDataDir: userData });
    expect(r.problems).toEqual([]);
    expect(r.config.enrollmentCode).toBe('ABCDEFGHJK23');
    expect(toRendererConfig(r.config)).toMatchObject({ serverUrl: 'http://127.0.0.1:8787', enrollmentCode: 'ABCDEFGHJK23' });
    expect(toRendererConfig(defaults).enrollmentCode).toBeUndefined();
  });

  it.each([
    ['a letter outside the code alphabet', 'ABCD-EFGH-JKLO'],
    ['too short', 'ABCD-EFGH'],
    ['too long', 'ABCD-EFGH-JK23-M'],
    ['not a string', 123456789012],
  ])('drops an enrollment code that is %s, logs the field (never the code) and keeps the rest', (_name, code) => {
    write(path.join(userData, 'kiosk-config.json'), JSON.stringify({ kioskName: 'Quầy 3', enrollmentCode: code }));
    const { log, calls } = fakeLog();
    const r = loadKioskConfig({ env: {}, userDataDir: userData, log });
    expect(r.config.enrollmentCode).toBeUndefined();
    expect(r.config.kioskName).toBe('Quầy 3');
    expect(r.problems.map((p) => p.path)).toEqual(['enrollmentCode']);
    expect(calls).toContainEqual(expect.objectContaining({ level: 'warn', message: 'configuration problem' }));
    expect(JSON.stringify(calls)).not.toContain(String(code));
  });
});
