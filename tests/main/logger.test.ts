import * as fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileLogger, errorText } from '../../src-main/logger';

let dir: string;
beforeEach(() => {
  dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-log-')), 'logs');
});
afterEach(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

const lines = (file: string) =>
  fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('createFileLogger', () => {
  it('writes JSON lines to <dir>/kiosk.log, creating the folder', () => {
    const logger = createFileLogger({ dir, now: () => new Date('2025-07-01T08:00:00.000Z') });
    logger.log('info', 'kiosk starting', { version: '0.1.0', retries: 2, kiosk: true });
    logger.log('error', 'print failed');
    expect(logger.file).toBe(path.join(dir, 'kiosk.log'));
    expect(lines(logger.file)).toEqual([
      { time: '2025-07-01T08:00:00.000Z', level: 'info', message: 'kiosk starting', context: { version: '0.1.0', retries: 2, kiosk: true } },
      { time: '2025-07-01T08:00:00.000Z', level: 'error', message: 'print failed' },
    ]);
  });

  it.skipIf(process.platform === 'win32')('creates the file with mode 0600', () => {
    const logger = createFileLogger({ dir });
    logger.log('info', 'x');
    expect(fs.statSync(logger.file).mode & 0o777).toBe(0o600);
  });

  it('strips control characters, keeps one line per entry and truncates', () => {
    const logger = createFileLogger({ dir });
    logger.log('warn', 'line1\nforged {"level":"error"}\u0000\u202Eevil\u200B', { 'bad key!': 'x', note: 'a\r\nb' });
    logger.log('info', 'x'.repeat(5000), { long: 'y'.repeat(5000) });
    const content = fs.readFileSync(logger.file, 'utf8');
    expect(content.split('\n').filter(Boolean)).toHaveLength(2);
    const [first, second] = lines(logger.file);
    expect(first!.message).toBe('line1 forged {"level":"error"}evil');
    expect(first!.context).toEqual({ note: 'a b' });
    expect((second!.message as string).length).toBeLessThanOrEqual(501);
    expect((second!.context as Record<string, string>).long!.length).toBeLessThanOrEqual(301);
  });

  it('rotates at maxBytes and keeps five old files', () => {
    const logger = createFileLogger({ dir, maxBytes: 2048 });
    for (let i = 0; i < 400; i++) logger.log('info', `entry ${i} ${'z'.repeat(80)}`);
    const files = fs.readdirSync(dir).sort();
    expect(files).toEqual(['kiosk.log', 'kiosk.log.1', 'kiosk.log.2', 'kiosk.log.3', 'kiosk.log.4', 'kiosk.log.5']);
    for (const f of files) expect(fs.statSync(path.join(dir, f)).size).toBeLessThanOrEqual(2048);
    const newest = lines(logger.file);
    expect(newest.at(-1)!.message).toMatch(/^entry 399 /);
    const previous = lines(path.join(dir, 'kiosk.log.1'));
    expect(Number((previous.at(-1)!.message as string).split(' ')[1]) + 1).toBe(Number((newest[0]!.message as string).split(' ')[1]));
  });

  it('never throws when the disk is full: counts the dropped lines', () => {
    const full = {
      ...fs,
      appendFileSync: () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    const logger = createFileLogger({ dir, fs: full as unknown as typeof fs });
    expect(() => logger.log('error', 'a')).not.toThrow();
    expect(() => logger.log('error', 'b')).not.toThrow();
    expect(logger.dropped).toBe(2);
  });

  it('never throws on odd input', () => {
    const logger = createFileLogger({ dir });
    const hostile = { toString() { throw new Error('no'); } };
    expect(() => logger.log('info', hostile as unknown as string)).not.toThrow();
    expect(() => logger.log('bogus' as 'info', 'x', { n: Number.NaN })).not.toThrow();
    expect(lines(logger.file).at(-1)).toMatchObject({ level: 'info', context: { n: 'NaN' } });
  });

  it('errorText gives a bounded message', () => {
    expect(errorText(new TypeError('bad'))).toBe('TypeError: bad');
    expect(errorText('x'.repeat(1000)).length).toBeLessThanOrEqual(301);
  });
});
