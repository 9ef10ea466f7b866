import { describe, expect, it } from 'vitest';
import { RESERVE_MAX_AGE_MS, reservedTokens } from '../../../src-renderer/sync/token-reserve';

describe('tokens signed ahead', () => {
  it('gives every request its own token, never one twice, and drops a reserve that has grown old', async () => {
    let clock = 0;
    let signed = 0;
    const next = reservedTokens(() => Promise.resolve(`token-${++signed}@${clock}`), () => clock);
    const first = await next();
    const second = await next();
    const third = await next();
    expect(new Set([first, second, third]).size).toBe(3);
    clock += RESERVE_MAX_AGE_MS + 1;
    const late = await next();
    expect(late).toBe(`token-5@${clock}`); // signed now: the reserve signed at 0 was thrown away unused
  });

  it('reports a signing failure on the request that needed the token', async () => {
    let fail = false;
    const next = reservedTokens(() => (fail ? Promise.reject(new Error('key gone')) : Promise.resolve('ok')), () => 0);
    await expect(next()).resolves.toBe('ok');
    fail = true;
    await expect(next()).resolves.toBe('ok'); // signed before the key went
    await expect(next()).rejects.toThrow('key gone');
  });

  it('keeps as many tokens ready as requests start together, each still used once', async () => {
    let clock = 0;
    let signed = 0;
    const next = reservedTokens(() => Promise.resolve(`token-${++signed}@${clock}`), () => clock, 2);
    await next(); // the PUT's token (signed then), and two signed ahead
    clock = 500; // the PUT's answer: both uploads start at once
    const uploads = await Promise.all([next(), next()]);
    expect(uploads).toEqual(['token-2@0', 'token-3@0']);
    expect(signed).toBe(5); // the reserve refilled behind them
    clock += RESERVE_MAX_AGE_MS + 1;
    expect(await next()).toBe(`token-6@${clock}`); // both reserved ones had grown old: thrown away
  });
});
