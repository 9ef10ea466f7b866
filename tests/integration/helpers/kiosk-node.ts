/**
 * The kiosk's sync engine in Node (fake-indexeddb is installed by the caller with
 * `import 'fake-indexeddb/auto'`): enrollment through a given fetch, an engine with a fast clock (every
 * timer the engine sets — backoff and the next-sync timer — is shortened to at most `maxDelayMs`), and a
 * fetch that can "crash the kiosk" right after the server acknowledged an application and before the
 * outbox delete, the way a power cut would. An acknowledgement is a PUT/GET answer whose state is past
 * `pending-attachments`, or the answer to the upload that completed the application (its status header).
 */
import { APPLICATION_STATUS_HEADER, applicationStateSchema, PATHS, UPLOAD_METADATA } from '../../../src-shared/protocol';
import { enrollKiosk } from '../../../src-renderer/device';
import { createKioskDb, type KioskDb } from '../../../src-renderer/storage';
import { SyncEngine, type EngineDeps } from '../../../src-renderer/sync/engine';
import type { FetchLike } from '../../../src-renderer/sync/http';
import type { SyncView } from '../../../src-renderer/sync/sync-store';
import { seededRandom } from './fault-plan';

export class KioskCrash extends Error {
  constructor() {
    super('the kiosk lost power (test)');
    this.name = 'KioskCrash';
  }
}

export async function enrollThrough(db: KioskDb, serverUrl: string, code: string, fetchFn: FetchLike): Promise<void> {
  const result = await enrollKiosk(db, { serverUrl, code, fetch: fetchFn, label: 'integration test kiosk' });
  if (!result.ok) throw new Error(`enrollment through ${serverUrl} failed: ${result.reason}`);
}

const APPLICATION_PATH = new RegExp(`^${PATHS.applications}/[^/?]+$`);

/** True for a tus answer that says the application is complete (it lets the kiosk delete its copy). */
export function isUploadAcknowledgement(url: string, response: Response): boolean {
  if (!new URL(url).pathname.startsWith(PATHS.uploads) || response.status < 200 || response.status >= 300) return false;
  const status = response.headers.get(APPLICATION_STATUS_HEADER);
  return status !== null && status !== 'pending-attachments' && response.headers.get('tus-resumable') !== null;
}

/** The client id of an upload request: from its Upload-Metadata (creation), else from the kiosk's upload state. */
async function uploadClientId(db: KioskDb, url: string, init: RequestInit | undefined): Promise<string> {
  const metadata = new Headers(init?.headers).get('upload-metadata') ?? '';
  for (const pair of metadata.split(',')) {
    const [key, value] = pair.trim().split(' ');
    if (key === UPLOAD_METADATA.clientId && value) return Buffer.from(value, 'base64').toString('utf8');
  }
  return (await db.uploads.filter((u) => u.uploadUrl === url).first())?.clientId ?? '';
}

/** True for a 200/201 `ApplicationState` that lets the kiosk delete its copy (status past pending). */
export async function isAcknowledgement(url: string, response: Response): Promise<boolean> {
  if (isUploadAcknowledgement(url, response)) return true;
  if (!APPLICATION_PATH.test(new URL(url).pathname) || (response.status !== 200 && response.status !== 201)) return false;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  const state = applicationStateSchema.safeParse(body);
  return state.success && state.data.status !== 'pending-attachments';
}

export interface NodeKiosk {
  readonly db: KioskDb;
  readonly engine: SyncEngine;
  readonly views: SyncView[];
  /** Acknowledgements the engine received (before it acted on them). */
  readonly acks: number;
  /** True once `crashOnAck` crashed it: start another kiosk on the same database. */
  readonly crashed: boolean;
}

export interface Acknowledgement {
  /** 1-based, counted by this kiosk. */
  number: number;
  clientId: string;
}

export interface NodeKioskOptions {
  dbName: string;
  fetch: FetchLike;
  /** Longest timer the engine may set (backoff, next pass); default 100 ms. */
  maxDelayMs?: number;
  seed?: number;
  /**
   * Called on each acknowledgement; returning true "crashes" the kiosk there: the engine is stopped,
   * its database handle closed (nothing more is written) and the request fails as if the power went.
   */
  crashOnAck?: (ack: Acknowledgement) => boolean;
  /** The engine's request timeouts (EngineDeps.timeouts). */
  timeouts?: EngineDeps['timeouts'];
  /** EngineDeps.singleRequestUploadBytes. */
  singleRequestUploadBytes?: number;
}

/** A kiosk process: its own database handle and engine. A crash ends it; start another on the same dbName. */
export function startNodeKiosk(options: NodeKioskOptions): NodeKiosk {
  const db = createKioskDb(options.dbName);
  const views: SyncView[] = [];
  const maxDelay = options.maxDelayMs ?? 100;
  let acks = 0;
  let crashed = false;
  const stop = () => void engine.stop();
  const fetchFn: FetchLike = async (input, init) => {
    if (crashed) throw new KioskCrash();
    const response = await options.fetch(input, init);
    if (await isAcknowledgement(input, response)) {
      acks += 1;
      const clientId = isUploadAcknowledgement(input, response) ? await uploadClientId(db, input, init) : decodeURIComponent(new URL(input).pathname.split('/').pop() ?? '');
      if (options.crashOnAck?.({ number: acks, clientId }) === true) {
        crashed = true;
        stop();
        db.close();
        throw new KioskCrash();
      }
    }
    return response;
  };
  const engine = new SyncEngine({
    ...(options.timeouts && { timeouts: options.timeouts }),
    ...(options.singleRequestUploadBytes !== undefined && { singleRequestUploadBytes: options.singleRequestUploadBytes }),
    db,
    fetch: fetchFn,
    publish: (view) => {
      views.push(view);
      if (views.length > 500) views.shift();
    },
    random: seededRandom(options.seed ?? 3),
    setTimer: (callback, ms) => setTimeout(callback, Math.min(ms, maxDelay)),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  });
  engine.start();
  return {
    db,
    engine,
    views,
    get acks() {
      return acks;
    },
    get crashed() {
      return crashed;
    },
  };
}
