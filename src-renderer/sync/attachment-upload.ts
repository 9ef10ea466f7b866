/**
 * One attachment's resumable upload with tus-js-client (contract item 6). Upload state lives in Dexie
 * (upload-store.ts) so a restart resumes at the server's offset; every request carries a fresh token
 * (`onBeforeRequest`); tus-js-client's own retries are off: the engine owns backoff. The outcome is
 * classified for the engine: done, retry later (network, 5xx, 408/409/423/429, a portal's page),
 * auth (401), or refused for good (another 4xx, e.g. the server's hash check failed).
 *
 * An attachment up to `singleRequestMaxBytes` goes in ONE request (tus creation-with-upload: the POST
 * carries the bytes); a cut one starts again from the beginning, which costs at most that much again.
 * A larger one is created, then sent by PATCH, and a cut resumes at the server's offset. The answer to
 * the request that completed the upload says the application's status (APPLICATION_STATUS_HEADER).
 */
import { Upload, type DetailedError } from 'tus-js-client';
import { APPLICATION_STATUS_HEADER, applicationStatusSchema, errorBodySchema, PATHS, UPLOAD_METADATA, type ApplicationStatus } from '../../src-shared/protocol';
import type { KioskDb, StoredAttachment } from '../storage/db';
import { createUploadStore, uploadFingerprint } from '../storage/upload-store';
import { joinUrl, type FetchLike } from './http';
import type { RetryProblem } from './server-call';
import { bytesFileReader, FetchHttpStack } from './tus-http-stack';

export type UploadOutcome =
  /** `applicationStatus`: the application's status the server reported with the last byte, if it did. */
  | { kind: 'done'; applicationStatus?: ApplicationStatus }
  | { kind: 'retry'; problem: RetryProblem; detail: string }
  | { kind: 'auth'; error?: string }
  | { kind: 'refused'; reason: string; detail: string };

/** Bytes per PATCH: attachments are a few hundred KB, so usually one request. */
export const TUS_CHUNK_BYTES = 4 * 1024 * 1024;
/** Attachments up to this size are sent in the creation request itself (one request instead of two). */
export const SINGLE_REQUEST_MAX_BYTES = 1024 * 1024;

export interface UploadContext {
  db: KioskDb;
  fetch: FetchLike;
  serverUrl: string;
  authorization: () => Promise<string>;
  /** Per tus request (default TUS_REQUEST_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Default SINGLE_REQUEST_MAX_BYTES; 0 = always create, then PATCH. */
  singleRequestMaxBytes?: number;
}

function reportedStatus(value: string | undefined): ApplicationStatus | undefined {
  const parsed = applicationStatusSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

const RETRYABLE_4XX = new Set([408, 409, 423, 429]);

function errorCode(body: string): string | undefined {
  try {
    const parsed = errorBodySchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data.error : undefined;
  } catch {
    return undefined;
  }
}

export function classifyUploadError(error: Error | DetailedError): UploadOutcome {
  const detailed = error as Partial<DetailedError>;
  const response = detailed.originalResponse ?? null;
  const cause = detailed.causingError ?? null;
  if (cause?.name === 'ForeignResponseError') return { kind: 'retry', problem: 'captive-portal', detail: cause.message };
  if (response === null) return { kind: 'retry', problem: 'offline', detail: (cause ?? error).message };
  const status = response.getStatus();
  const code = errorCode(response.getBody());
  if (status === 401) return { kind: 'auth', error: code };
  if (status >= 500 || RETRYABLE_4XX.has(status)) return { kind: 'retry', problem: 'server-error', detail: `upload answered ${status}` };
  // 404/410: the server no longer knows this upload (expired); the stored state is dropped and it starts over.
  if (status === 404 || status === 410) return { kind: 'retry', problem: 'server-error', detail: `upload gone (${status})` };
  if (status >= 400) return { kind: 'refused', reason: code ?? `upload-${status}`, detail: `upload answered ${status}${code ? ` ${code}` : ''}` };
  // A 2xx tus did not accept (no Location, no offset): not a server we can talk to now.
  return { kind: 'retry', problem: 'captive-portal', detail: error.message };
}

/**
 * `bytes`: the attachment's ciphertext, already checked against its hash, in this realm. `stateless`:
 * the caller has just seen that no upload state is stored for it (nothing to look up before starting).
 */
export async function uploadAttachment(context: UploadContext, attachment: StoredAttachment, bytes: Uint8Array, stateless = false): Promise<UploadOutcome> {
  const urlStorage = createUploadStore(context.db);
  const fingerprint = uploadFingerprint(attachment.clientId, attachment.attachmentId, attachment.ciphertextSha256);
  // One request carries it all: nothing to resume, so no upload state is written for it.
  const single = bytes.length <= (context.singleRequestMaxBytes ?? SINGLE_REQUEST_MAX_BYTES);
  let kept = !single;
  const outcome = await new Promise<UploadOutcome>((resolve) => {
    const upload = new Upload(bytes as unknown as Blob, {
      endpoint: joinUrl(context.serverUrl, PATHS.uploads),
      metadata: { [UPLOAD_METADATA.clientId]: attachment.clientId, [UPLOAD_METADATA.attachmentId]: attachment.attachmentId },
      uploadSize: bytes.length,
      chunkSize: TUS_CHUNK_BYTES,
      uploadDataDuringCreation: single,
      retryDelays: null,
      storeFingerprintForResuming: !single,
      removeFingerprintOnSuccess: true,
      urlStorage,
      fingerprint: () => Promise.resolve(fingerprint),
      fileReader: bytesFileReader,
      httpStack: new FetchHttpStack(context.fetch, context.timeoutMs),
      onBeforeRequest: async (request) => {
        request.setHeader('Authorization', await context.authorization());
      },
      onSuccess: ({ lastResponse }) => {
        const applicationStatus = reportedStatus(lastResponse.getHeader(APPLICATION_STATUS_HEADER));
        resolve(applicationStatus === undefined ? { kind: 'done' } : { kind: 'done', applicationStatus });
      },
      onError: (error) => resolve(classifyUploadError(error)),
    });
    (stateless ? Promise.resolve([]) : urlStorage.findUploadsByFingerprint(fingerprint))
      .then((previous) => {
        const last = previous[0];
        if (last) {
          kept = true;
          upload.resumeFromPreviousUpload(last);
        }
        upload.start();
      })
      .catch((error: unknown) => resolve({ kind: 'retry', problem: 'storage', detail: `upload state unreadable: ${String(error)}` }));
  });
  if (outcome.kind === 'retry' && outcome.detail.startsWith('upload gone')) {
    await context.db.uploads.delete([attachment.clientId, attachment.attachmentId]);
  }
  if (outcome.kind === 'done' && kept) await context.db.uploads.delete([attachment.clientId, attachment.attachmentId]);
  return outcome;
}
