/**
 * Sending one application (contract items 2, 3, 6): PUT the sealed envelope by client id, upload every
 * attachment the server still misses with tus (two at a time), and only when the server holds it (any
 * status but `pending-attachments`) delete the ciphertext and keep the receipt — in one transaction.
 * The server says so in the PUT's answer (nothing missing), in the answer to the upload that completed
 * the application (APPLICATION_STATUS_HEADER), or, when neither did, in a `GET` of the state.
 *
 * A 409 `conflict` on the PUT means the server holds DIFFERENT content under this client id. tus's 409
 * (offset mismatch) is retryable, but for the PUT a retry would only repeat the refusal, so the record
 * goes to "needs attention" with reason `conflict` and is kept for ward IT, never deleted.
 */
import { applicationPath, applicationStateSchema, type ApplicationState, type ApplicationStatus, type SubmitApplicationRequest } from '../../src-shared/protocol';
import { sha256Hex, type CryptoLike } from '../../src-shared/crypto';
import type { KioskDb, OutboxRecord, StoredAttachment } from '../storage/db';
import { acknowledge, acknowledgeRecord, markNeedsAttention, markSending, noteAttemptError, type MarkedSending } from '../storage/outbox-state';
import { uploadAttachment, type UploadOutcome } from './attachment-upload';
import { joinUrl } from './http';
import { callServer, refusalDetail, type CallContext, type CallOutcome, type RetryProblem } from './server-call';

export type SendOutcome =
  /** `acknowledge`: only with `deferAcknowledge`, the outbox delete still to run (see SendHooks). */
  | { kind: 'acked'; acknowledge?: () => Promise<void> }
  | { kind: 'attention'; reason: string }
  | { kind: 'retry'; problem: RetryProblem }
  | { kind: 'auth'; problem: 'revoked' | 'clock' };

export interface SendContext extends CallContext {
  db: KioskDb;
  serverUrl: string;
  now: () => Date;
  /** Per tus request (default TUS_REQUEST_TIMEOUT_MS). */
  tusTimeoutMs?: number;
  /** Attachments up to this size go in one tus request (default SINGLE_REQUEST_MAX_BYTES). */
  singleRequestMaxBytes?: number;
}

export function requestBody(record: OutboxRecord, attachments: readonly StoredAttachment[]): SubmitApplicationRequest {
  const byId = new Map(attachments.map((a) => [a.attachmentId, a]));
  return {
    reference: record.reference,
    procedureId: record.procedureId,
    procedureCode: record.procedureCode,
    catalogVersion: record.catalogVersion,
    submittedAt: record.queuedAt,
    envelope: record.envelope,
    attachments: record.attachmentIds.flatMap((id) => {
      const a = byId.get(id);
      return a ? [{ id, size: a.size, sha256: a.ciphertextSha256, iv: a.iv }] : [];
    }),
  };
}

async function attention(context: SendContext, record: OutboxRecord, reason: string, detail: string): Promise<SendOutcome> {
  await markNeedsAttention(context.db, record.clientId, reason, detail, context.now());
  return { kind: 'attention', reason };
}

/** A call outcome that is not a state: what the engine does with it. */
async function settle(context: SendContext, record: OutboxRecord, outcome: Exclude<CallOutcome, { kind: 'ok' }>): Promise<SendOutcome> {
  if (outcome.kind === 'retry') {
    await noteAttemptError(context.db, record.clientId, outcome.detail);
    return { kind: 'retry', problem: outcome.problem };
  }
  if (outcome.kind === 'auth') return outcome;
  return attention(context, record, outcome.error?.error ?? `http-${outcome.status}`, refusalDetail(outcome.status, outcome.error));
}

function parseState(record: OutboxRecord, body: unknown): ApplicationState | null {
  const state = applicationStateSchema.safeParse(body);
  return state.success && state.data.clientId === record.clientId ? state.data : null;
}

/** Attachments of ONE application uploaded at the same time (applications still go one at a time). */
export const UPLOAD_CONCURRENCY = 2;

type AttachmentOutcome = UploadOutcome | { kind: 'corrupt'; detail: string };

/** An application's attachments as read from the outbox, each in this realm and checked. */
export interface PreparedAttachments {
  attachments: StoredAttachment[];
  /** The ciphertext by attachment id; `null` when it no longer has its recorded SHA-256. */
  bytes: Map<string, Uint8Array | null>;
  /** Attachments that had no upload state stored when this was read (used for the first round only). */
  stateless: Set<string>;
}

/**
 * Reads an application's attachments and checks each against its recorded hash (copied only when
 * IndexedDB hands back another realm's Uint8Array). Only reads: the engine prepares the next
 * application while the current one is on the wire; sending still goes one application at a time.
 */
export async function prepareAttachments(db: KioskDb, clientId: string): Promise<PreparedAttachments> {
  const [attachments, uploads] = await Promise.all([db.attachments.where('clientId').equals(clientId).toArray(), db.uploads.where('clientId').equals(clientId).toArray()]);
  const withState = new Set(uploads.map((u) => u.attachmentId));
  const stateless = new Set(attachments.map((a) => a.attachmentId).filter((id) => !withState.has(id)));
  const bytes = new Map<string, Uint8Array | null>();
  await Promise.all(
    attachments.map(async (a) => {
      const copy = a.ct instanceof Uint8Array ? a.ct : new Uint8Array(a.ct);
      bytes.set(a.attachmentId, (await sha256Hex(globalThis.crypto as unknown as CryptoLike, copy)) === a.ciphertextSha256 ? copy : null);
    }),
  );
  return { attachments, bytes, stateless };
}

async function uploadOne(context: SendContext, attachment: StoredAttachment, bytes: Uint8Array | null, stateless: boolean): Promise<AttachmentOutcome> {
  // A copy damaged on this kiosk would be refused for ever: kept for ward IT instead of retried.
  if (bytes === null) return { kind: 'corrupt', detail: `${attachment.attachmentId}: the stored ciphertext no longer has its recorded SHA-256` };
  const { db, fetch, serverUrl, authorization, tusTimeoutMs, singleRequestMaxBytes } = context;
  return uploadAttachment(
    { db, fetch, serverUrl, authorization, ...(tusTimeoutMs !== undefined && { timeoutMs: tusTimeoutMs }), ...(singleRequestMaxBytes !== undefined && { singleRequestMaxBytes }) },
    attachment,
    bytes,
    stateless,
  );
}

/** Runs `fn` over `items`, `width` at a time, in order; after an outcome that is not `done` nothing new starts. */
async function inTurn(items: readonly StoredAttachment[], width: number, fn: (item: StoredAttachment) => Promise<AttachmentOutcome>): Promise<AttachmentOutcome[]> {
  const results: Array<AttachmentOutcome | undefined> = items.map(() => undefined);
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      const i = next++;
      const outcome = await fn(items[i]!);
      results[i] = outcome;
      if (outcome.kind !== 'done') failed = true;
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
  return results.filter((r): r is AttachmentOutcome => r !== undefined);
}

/**
 * Uploads what the server misses; the result is what to answer (a stop), or the application status the
 * server reported with the last byte (`undefined` when it said nothing: the caller asks with a GET).
 */
async function uploadMissing(context: SendContext, record: OutboxRecord, state: ApplicationState, prepared: PreparedAttachments, round: number): Promise<{ stop: SendOutcome } | { reported: ApplicationStatus | undefined }> {
  const missing: StoredAttachment[] = [];
  for (const id of state.missingAttachments) {
    const attachment = prepared.attachments.find((a) => a.attachmentId === id);
    if (!attachment) return { stop: await attention(context, record, 'attachment-missing', `the server asks for ${id}, which this kiosk does not hold`) };
    missing.push(attachment);
  }
  const outcomes = await inTurn(missing, UPLOAD_CONCURRENCY, (attachment) =>
    uploadOne(context, attachment, prepared.bytes.get(attachment.attachmentId) ?? null, round === 0 && prepared.stateless.has(attachment.attachmentId)),
  );
  let reported: ApplicationStatus | undefined;
  for (const outcome of outcomes) {
    if (outcome.kind === 'done') {
      // Any status past pending (from the upload that completed the application) wins.
      if (outcome.applicationStatus !== undefined && (reported === undefined || reported === 'pending-attachments')) reported = outcome.applicationStatus;
      continue;
    }
    if (outcome.kind === 'corrupt') return { stop: await attention(context, record, 'attachment-corrupt', outcome.detail) };
    if (outcome.kind === 'retry') {
      await noteAttemptError(context.db, record.clientId, outcome.detail);
      return { stop: { kind: 'retry', problem: outcome.problem } };
    }
    if (outcome.kind === 'auth') return { stop: { kind: 'auth', problem: outcome.error === 'kiosk-revoked' ? 'revoked' : 'clock' } };
    return { stop: await attention(context, record, outcome.reason, outcome.detail) };
  }
  return { reported };
}

export interface SendHooks {
  /**
   * The record's mark (sending, frozen) already started by the caller, ahead of its turn; awaited
   * before the first byte all the same. Without it the mark is written here.
   */
  marked?: Promise<MarkedSending | undefined>;
  /** Called once the record is marked sending and frozen (that write is done), before its first byte. */
  frozen?: () => void;
  /** Called once the server holds the PUT and the attachments start (the likeliest moment it will be acknowledged). */
  uploading?: () => void;
  /**
   * The server's acknowledgement is returned as `acknowledge` for the caller to run, e.g. while the next
   * application is on the wire: the outbox record's delete and the receipt's status (acknowledgeRecord);
   * the attachments are then the caller's to remove (removeSentAttachments). Until it has run, a crash
   * leaves an acknowledged record: a harmless replay.
   */
  deferAcknowledge?: boolean;
}

/** `prepared`: its attachments already read and checked (prepareAttachments), or read here. */
export async function sendApplication(context: SendContext, queued: OutboxRecord, prepared?: Promise<PreparedAttachments>, hooks: SendHooks = {}): Promise<SendOutcome> {
  // Frozen before the first byte leaves.
  const record = hooks.marked ? (await hooks.marked)?.record : await markSending(context.db, queued.clientId, context.now());
  if (!record) return { kind: 'acked' };
  hooks.frozen?.();
  const ready = await (prepared ?? prepareAttachments(context.db, record.clientId));
  const { attachments } = ready;
  if (attachments.length !== record.attachmentIds.length) {
    return attention(context, record, 'attachment-missing', `${record.attachmentIds.length - attachments.length} attachment(s) missing on the kiosk`);
  }
  const url = joinUrl(context.serverUrl, applicationPath(record.clientId));
  const put = await callServer(context, url, { method: 'PUT', body: requestBody(record, attachments) });
  if (put.kind !== 'ok') {
    if (put.kind === 'refused' && put.status === 409 && put.error?.error !== 'conflict') return settle(context, record, { kind: 'retry', problem: 'server-error', detail: '409 without conflict' });
    return settle(context, record, put);
  }
  let state = parseState(record, put.body);
  hooks.uploading?.();
  // Up to two rounds: a second one when the server still misses an attachment after the first.
  for (let round = 0; state !== null && state.status === 'pending-attachments' && round < 2; round++) {
    const uploaded = await uploadMissing(context, record, state, ready, round);
    if ('stop' in uploaded) return uploaded.stop;
    // The last upload's answer said the server now holds the application: that is the acknowledgement.
    if (uploaded.reported !== undefined && uploaded.reported !== 'pending-attachments') {
      state = { ...state, status: uploaded.reported, missingAttachments: [] };
      break;
    }
    // Otherwise (a resumed upload verified by HEAD, an older server) ask where it stands.
    const get = await callServer(context, url, { method: 'GET' }, [200]);
    // Only the PUT and the uploads can refuse an application for good; a refused GET is tried again later.
    if (get.kind === 'refused') return settle(context, record, { kind: 'retry', problem: 'server-error', detail: refusalDetail(get.status, get.error) });
    if (get.kind !== 'ok') return settle(context, record, get);
    state = parseState(record, get.body);
  }
  if (state === null) return settle(context, record, { kind: 'retry', problem: 'server-error', detail: 'application state did not parse' });
  if (state.status === 'pending-attachments') return settle(context, record, { kind: 'retry', problem: 'server-error', detail: 'attachments still missing after upload' });
  const status = state.status;
  const at = context.now();
  if (hooks.deferAcknowledge === true) return { kind: 'acked', acknowledge: () => acknowledgeRecord(context.db, record.clientId, status, at) };
  await acknowledge(context.db, record.clientId, status, at);
  return { kind: 'acked' };
}
