import { afterEach, describe, expect, it } from 'vitest';
import { BACKOFF_CAP_MS, backoffCeiling, backoffDelay } from '../../../src-renderer/sync/backoff';
import { deleteAll } from '../storage/harness';
import { enrolledKiosk, fileApplications, lastView, syncOnce } from './sync-harness';

afterEach(deleteAll);

const healthDown = (method: string, path: string) => method === 'GET' && path.endsWith('/health');

describe('sync engine: when it tries', () => {
  it('backs off from about 1 s, doubling with jitter, capped at 5 minutes, and "sync now" starts again at 1 s', async () => {
    const kiosk = await enrolledKiosk();
    await fileApplications(kiosk.db, 1);
    kiosk.server.fail(healthDown, 'network', 1000);
    const randoms = [0, 0.999, 0.3, 0.7, 0.5, 0.05, 0.95, 0.2, 0.8, 0.6, 0.4, 0.1, 0.9, 0.5];
    kiosk.random.value = randoms[0]!;
    kiosk.engine.start();
    await kiosk.engine.idle();
    for (const r of randoms.slice(1)) {
      kiosk.random.value = r;
      await kiosk.fireTimer();
    }
    expect(kiosk.delays).toHaveLength(randoms.length);
    kiosk.delays.forEach((delay, n) => {
      const ceiling = Math.min(BACKOFF_CAP_MS, 1000 * 2 ** n);
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
    });
    expect(kiosk.delays.slice(9).every((d) => d >= BACKOFF_CAP_MS / 2 && d <= BACKOFF_CAP_MS)).toBe(true);
    expect(Math.max(...kiosk.delays)).toBeLessThanOrEqual(BACKOFF_CAP_MS);
    expect(lastView(kiosk)).toMatchObject({ problem: 'offline', connection: 'offline', waiting: 1 });

    kiosk.random.value = 0.999;
    await syncOnce(kiosk);
    expect(kiosk.delays.at(-1)).toBeLessThanOrEqual(1000);
  });

  it('after a good pass waits the server-given interval, and a success resets the backoff', async () => {
    const kiosk = await enrolledKiosk();
    await fileApplications(kiosk.db, 1);
    kiosk.server.fail(healthDown, 503, 3);
    kiosk.engine.start();
    await kiosk.engine.idle();
    await kiosk.fireTimer();
    await kiosk.fireTimer();
    await kiosk.fireTimer();
    expect(kiosk.server.received).toBe(1);
    expect(kiosk.delays.at(-1)).toBe(60_000); // min(syncIntervalSeconds 60, statusPollSeconds 120)
    expect(kiosk.engine.failureCount).toBe(0);
    kiosk.server.fail(healthDown, 'network');
    await kiosk.fireTimer();
    expect(kiosk.delays.at(-1)).toBeLessThanOrEqual(1000);
  });

  it('never runs two passes at once: triggers during a pass make one more pass after it', async () => {
    const kiosk = await enrolledKiosk();
    await fileApplications(kiosk.db, 2);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inFlight = 0;
    let maxInFlight = 0;
    kiosk.server.onRequest = async (method, path) => {
      if (!path.includes('/applications/') || method !== 'PUT') return;
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await gate;
      inFlight -= 1;
    };
    kiosk.engine.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    kiosk.engine.requestSync();
    kiosk.engine.online();
    kiosk.engine.syncNow();
    release();
    await kiosk.engine.idle();
    expect(maxInFlight).toBe(1);
    expect(kiosk.server.log.filter((l) => l.endsWith('/health'))).toHaveLength(2);
    expect(kiosk.server.received).toBe(2);
    expect(kiosk.server.log.filter((l) => l.startsWith('PUT'))).toHaveLength(2);
  });

  it('sends a new submission when asked after the submit (requestSync) and on the online event', async () => {
    const kiosk = await enrolledKiosk();
    kiosk.engine.start();
    await kiosk.engine.idle();
    await fileApplications(kiosk.db, 1);
    kiosk.engine.requestSync();
    await kiosk.engine.idle();
    expect(kiosk.server.received).toBe(1);
    await fileApplications(kiosk.db, 1, Date.parse('2026-11-25T00:00:00Z'));
    kiosk.engine.online();
    await kiosk.engine.idle();
    expect(kiosk.server.received).toBe(2);
  });
});

describe('backoff delays', () => {
  it('lie between half the ceiling and the ceiling, which doubles from 1 s to 5 min', () => {
    expect([0, 1, 2, 3, 8, 9, 40].map(backoffCeiling)).toEqual([1000, 2000, 4000, 8000, 256_000, 300_000, 300_000]);
    expect(backoffDelay(0, () => 0)).toBe(500);
    expect(backoffDelay(0, () => 0.999999)).toBe(1000);
    expect(backoffDelay(50, () => 0.5)).toBe(225_000);
  });
});
