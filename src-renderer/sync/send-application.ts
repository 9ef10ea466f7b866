/**
 * Sending one application (contract items 2, 3, 6): PUT the sealed envelope by client id, upload every
 * attachment the server still misses with tus, ask for the state, and only when the server holds it
 * (any status but `pending-attachments`) delete the ciphertext and keep the receipt — in one transaction.
 *
 * A 409 `conflict` on the PUT means the server holds DIFFERENT content under this client id. tus's 409
 * (offset mismatch) is retryable, but for the PUT a retry would only repeat the refusal, so the record
 * goes to "needs attention" with reason `conflict` and is kept for ward IT, never deleted.
 */
import { applicationPath, applicationStateSchema, type ApplicationState, type SubmitApplicationRequest } from '../../src-shared/protocol';
import { sha256Hex, type CryptoLike } from '../../src-shared/crypto';
import type { KioskDb, OutboxRecord, StoredAttachment } from '../storage/db';
import { acknowledge, markNeedsAttention, markSending, noteAttemptError } from '../storage/outbox-state';
import { uploadAttachment, type UploadOutcome } from './attachment-upload';
import { joinUrl } from './http';
import { callServer, refusalDetail, type CallContext, type CallOutcome, type RetryProblem } from './server-call';

export type SendOutcome =
  | { kind: 'acked' }
  | { kind: 'attention'; reason: string }
  | { kind: 'retry'; problem: RetryProblem }
  | { kind: 'auth'; problem: 'revoked' | 'clock' };

export interface SendContext extends CallContext {
  db: KioskDb;
  serverUrl: string;
  now: () => Date;
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

async function uploadMissing(context: SendContext, record: OutboxRecord, state: ApplicationState, attachments: readonly StoredAttachment[]): Promise<SendOutcome | null> {
  for (const id of state.missingAttachments) {
    const attachment = attachments.find((a) => a.attachmentId === id);
    if (!attachment) return attention(context, record, 'attachment-missing', `the server asks for ${id}, which this kiosk does not hold`);
    // A copy damaged on this kiosk would be refused for ever: kept for ward IT instead of retried.
    if ((await sha256Hex(globalThis.crypto as unknown as CryptoLike, new Uint8Array(attachment.ct))) !== attachment.ciphertextSha256) {
      return attention(context, record, 'attachment-corrupt', `${id}: the stored ciphertext no longer has its recorded SHA-256`);
    }
    const outcome: UploadOutcome = await uploadAttachment({ db: context.db, fetch: context.fetch, serverUrl: context.serverUrl, authorization: context.authorization }, attachment);
    if (outcome.kind === 'done') continue;
    if (outcome.kind === 'retry') {
      await noteAttemptError(context.db, record.clientId, outcome.detail);
      return { kind: 'retry', problem: outcome.problem };
    }
    if (outcome.kind === 'auth') return { kind: 'auth', problem: outcome.error === 'kiosk-revoked' ? 'revoked' : 'clock' };
    return attention(context, record, outcome.reason, outcome.detail);
  }
  return null;
}

export async function sendApplication(context: SendContext, queued: OutboxRecord): Promise<SendOutcome> {
  // Frozen before the first byte leaves.
  const record = await markSending(context.db, queued.clientId, context.now());
  if (!record) return { kind: 'acked' };
  const attachments = await context.db.attachments.where('clientId').equals(record.clientId).toArray();
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
  // Up to two rounds: a second one when the server still misses an attachment after the first.
  for (let round = 0; state !== null && state.status === 'pending-attachments' && round < 2; round++) {
    const stop = await uploadMissing(context, record, state, attachments);
    if (stop) return stop;
    const get = await callServer(context, url, { method: 'GET' }, [200]);
    // Only the PUT and the uploads can refuse an application for good; a refused GET is tried again later.
    if (get.kind === 'refused') return settle(context, record, { kind: 'retry', problem: 'server-error', detail: refusalDetail(get.status, get.error) });
    if (get.kind !== 'ok') return settle(context, record, get);
    state = parseState(record, get.body);
  }
  if (state === null) return settle(context, record, { kind: 'retry', problem: 'server-error', detail: 'application state did not parse' });
  if (state.status === 'pending-attachments') return settle(context, record, { kind: 'retry', problem: 'server-error', detail: 'attachments still missing after upload' });
  await acknowledge(context.db, record.clientId, state.status, context.now());
  return { kind: 'acked' };
}
