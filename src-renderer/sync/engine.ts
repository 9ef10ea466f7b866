/**
 * The sync engine (issue 4, item 5; contract items 3–6). One pass at a time: probe the server, send the
 * outbox one application at a time in submit order (outbox-drain.ts, send-application.ts), then read
 * the status feed, and now and then the catalog and device settings. A failed pass backs off
 * (backoff.ts); "sync now" resets the backoff. Triggers: `start()`, `online()`, `requestSync()` (after
 * a submit, or after enrollment), the timer, `syncNow()`. A trigger during a pass makes one more pass
 * after it, never two at once. Everything it needs (fetch, clock, timers, randomness) is injected, so it
 * runs the same in the Web Worker, on the page and in Node tests.
 */
import { deviceInfoSchema, PATHS } from '../../src-shared/protocol';
import { loadDevice, markRevoked, updateDeviceInfo } from '../device/device-record';
import { bearer } from '../device/token';
import { SYNC_SETTING_KEYS, type DeviceRecord, type KioskDb } from '../storage/db';
import { isString, outboxCounts, readSetting, removeSentAttachments, sendableRecords } from '../storage/outbox-state';
import { backoffDelay } from './backoff';
import { syncCatalog } from './catalog-sync';
import { joinUrl, type FetchLike } from './http';
import { drainOutbox } from './outbox-drain';
import { probe } from './probe';
import { UPLOAD_CONCURRENCY } from './send-application';
import { callServer, type CallContext } from './server-call';
import { pollStatusFeed } from './status-feed-sync';
import { reservedTokens } from './token-reserve';
import { INITIAL_SYNC_VIEW, type SyncProblem, type SyncView } from './sync-store';

/** How often the catalog and the device's settings/keys are checked (also on start and "sync now"). */
export const CATALOG_CHECK_MS = 15 * 60 * 1000;

export interface EngineDeps {
  db: KioskDb;
  fetch: FetchLike;
  publish: (view: SyncView) => void;
  now?: () => Date;
  random?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /**
   * Milliseconds before a request without an answer is given up (and retried with backoff): JSON calls
   * (default REQUEST_TIMEOUT_MS), the reachability probe (PROBE_TIMEOUT_MS), each tus request
   * (TUS_REQUEST_TIMEOUT_MS).
   */
  timeouts?: { request?: number; probe?: number; tus?: number };
  /** Attachments up to this many bytes go in one tus request (default SINGLE_REQUEST_MAX_BYTES; 0 = never). */
  singleRequestUploadBytes?: number;
}

type PassEnd = { ok: true } | { ok: false; problem: SyncProblem };

export class SyncEngine {
  private view: SyncView = { ...INITIAL_SYNC_VIEW };
  private running: Promise<void> | null = null;
  private again = false;
  private againForced = false;
  private failures = 0;
  private timer: unknown = null;
  private stopped = false;
  private lastCatalogCheck = Number.NEGATIVE_INFINITY;
  /** Whether this engine has removed what a crash may have left behind (once, at its first send). */
  private swept = false;
  private readonly now: () => Date;
  private readonly random: () => number;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly deps: EngineDeps) {
    this.now = deps.now ?? (() => new Date());
    this.random = deps.random ?? Math.random;
    this.setTimer = deps.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer = deps.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  }

  get current(): SyncView {
    return this.view;
  }

  /** Consecutive failed passes (the backoff exponent). */
  get failureCount(): number {
    return this.failures;
  }

  start(): void {
    this.trigger(false);
  }
  online(): void {
    this.trigger(false);
  }
  requestSync(): void {
    this.trigger(false);
  }
  /** "Gửi ngay": the backoff starts again from about 1 s, the catalog is checked too. */
  syncNow(): void {
    this.failures = 0;
    this.lastCatalogCheck = Number.NEGATIVE_INFINITY;
    this.trigger(true);
  }

  /** Resolves when no pass is running (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.cancelTimer();
    await this.idle();
  }

  private trigger(forced: boolean): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      this.againForced ||= forced;
      return;
    }
    this.cancelTimer();
    this.running = this.runPasses().finally(() => {
      this.running = null;
    });
  }

  private async runPasses(): Promise<void> {
    let end = await this.safePass();
    while (this.again && !this.stopped && (end.ok || this.againForced)) {
      this.again = false;
      this.againForced = false;
      end = await this.safePass();
    }
    this.again = false;
    this.againForced = false;
  }

  private async safePass(): Promise<PassEnd> {
    try {
      return await this.pass();
    } catch {
      return this.fail('storage');
    }
  }

  private publish(change: Partial<SyncView>): void {
    this.view = { ...this.view, ...change };
    this.deps.publish(this.view);
  }

  private async counts(): Promise<Pick<SyncView, 'waiting' | 'needsAttention'>> {
    return outboxCounts(this.deps.db);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    if (this.stopped) return;
    this.timer = this.setTimer(() => {
      this.timer = null;
      this.trigger(false);
    }, ms);
  }

  private async fail(problem: SyncProblem, connection: SyncView['connection'] = 'offline'): Promise<PassEnd> {
    const delay = backoffDelay(this.failures, this.random);
    this.failures += 1;
    const counts = await this.counts().catch(() => ({}));
    this.publish({ ...counts, sending: null, problem, connection, nextAttemptAt: new Date(this.now().getTime() + delay).toISOString() });
    this.schedule(delay);
    return { ok: false, problem };
  }

  /** Revoked or not enrolled: nothing to retry until someone enrolls the kiosk (then `requestSync`). */
  private async halt(problem: 'revoked' | 'not-enrolled'): Promise<PassEnd> {
    this.cancelTimer();
    const counts = await this.counts();
    this.publish({ ...counts, sending: null, problem, connection: problem === 'revoked' ? 'online' : 'unknown', nextAttemptAt: null });
    return { ok: false, problem };
  }

  private async authProblem(problem: 'revoked' | 'clock'): Promise<PassEnd> {
    if (problem === 'clock') return this.fail('clock', 'online');
    await markRevoked(this.deps.db, this.now());
    return this.halt('revoked');
  }

  private async pass(): Promise<PassEnd> {
    const { db } = this.deps;
    if (this.view.lastSuccessAt === null) {
      const last = await readSetting(db, SYNC_SETTING_KEYS.lastSuccessAt, isString);
      if (last !== undefined) this.view = { ...this.view, lastSuccessAt: last };
    }
    this.publish(await this.counts());
    const device = await loadDevice(db);
    if (!device) return this.halt('not-enrolled');
    if (device.revokedAt !== undefined) return this.halt('revoked');

    const health = await probe(this.deps.fetch, device.serverUrl, undefined, this.deps.timeouts?.probe);
    if (!health.online) return this.fail(health.problem);
    this.publish({ connection: 'online' });

    const context = this.callContext(device);
    // Once per start: attachments of applications acknowledged just before a crash or power cut (their
    // records went; during a drain they go in batches).
    if (!this.swept) {
      await removeSentAttachments(db);
      this.swept = true;
    }
    const records = await sendableRecords(db);
    const send = { ...context, ...this.uploadSettings(), db, serverUrl: device.serverUrl, now: this.now };
    const stop = await drainOutbox(send, records, { publish: (change) => this.publish(change), counts: () => this.counts() });
    if (stop?.kind === 'retry') return this.fail(stop.problem, stop.problem === 'server-error' ? 'online' : 'offline');
    if (stop?.kind === 'auth') return this.authProblem(stop.problem);
    this.publish({ sending: null });

    const feed = await pollStatusFeed({ ...context, db, serverUrl: device.serverUrl });
    if (!feed.ok) {
      const o = feed.outcome;
      if (o.kind === 'auth') return this.authProblem(o.problem);
      return this.fail(o.kind === 'retry' ? o.problem : 'server-error', 'online');
    }
    if (this.now().getTime() - this.lastCatalogCheck >= CATALOG_CHECK_MS) {
      this.lastCatalogCheck = this.now().getTime();
      await syncCatalog({ ...context, db, serverUrl: device.serverUrl, now: this.now });
      await this.refreshDevice(context, device);
    }

    const at = this.now().toISOString();
    await db.settings.put({ key: SYNC_SETTING_KEYS.lastSuccessAt, value: at });
    this.failures = 0;
    this.publish({ ...(await this.counts()), lastSuccessAt: at, problem: null, connection: 'online', nextAttemptAt: null });
    const { syncIntervalSeconds, statusPollSeconds } = device.settings;
    this.schedule(Math.min(syncIntervalSeconds, statusPollSeconds) * 1000);
    return { ok: true };
  }

  private callContext(device: DeviceRecord): CallContext {
    const request = this.deps.timeouts?.request;
    // As many ready as requests start together: the PUT's answer starts the uploads at once.
    const authorization = reservedTokens(() => bearer(device, this.now()), () => this.now().getTime(), UPLOAD_CONCURRENCY);
    return { fetch: this.deps.fetch, authorization, ...(request !== undefined && { requestTimeoutMs: request }) };
  }

  private uploadSettings(): { tusTimeoutMs?: number; singleRequestMaxBytes?: number } {
    const tus = this.deps.timeouts?.tus;
    const single = this.deps.singleRequestUploadBytes;
    return { ...(tus !== undefined && { tusTimeoutMs: tus }), ...(single !== undefined && { singleRequestMaxBytes: single }) };
  }

  /** New intake keys (rotation) and settings from `GET /device`; a failure here waits for the next check. */
  private async refreshDevice(context: CallContext, device: DeviceRecord): Promise<void> {
    const outcome = await callServer(context, joinUrl(device.serverUrl, PATHS.device), { method: 'GET' }, [200]);
    if (outcome.kind !== 'ok') return;
    const info = deviceInfoSchema.safeParse(outcome.body);
    if (info.success && info.data.kioskId === device.kioskId) await updateDeviceInfo(this.deps.db, info.data);
  }
}
