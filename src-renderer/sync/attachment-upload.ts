/**
 * One attachment's resumable upload with tus-js-client (contract item 6). Upload state lives in Dexie
 * (upload-store.ts) so a restart resumes at the server's offset; every request carries a fresh token
 * (`onBeforeRequest`); tus-js-client's own retries are off: the engine owns backoff. The outcome is
 * classified for the engine: done, retry later (network, 5xx, 408/409/423/429, a portal's page),
 * auth (401), or refused for good (another 4xx, e.g. the server's hash check failed).
 */
import { Upload, type DetailedError } from 'tus-js-client';
import { errorBodySchema, PATHS, UPLOAD_METADATA } from '../../src-shared/protocol';
import type { KioskDb, StoredAttachment } from '../storage/db';
import { createUploadStore, uploadFingerprint } from '../storage/upload-store';
import { joinUrl, type FetchLike } from './http';
import type { RetryProblem } from './server-call';
import { bytesFileReader, FetchHttpStack } from './tus-http-stack';

export type UploadOutcome =
  | { kind: 'done' }
  | { kind: 'retry'; problem: RetryProblem; detail: string }
  | { kind: 'auth'; error?: string }
  | { kind: 'refused'; reason: string; detail: string };

/** Bytes per PATCH: attachments are a few hundred KB, so usually one request. */
export const TUS_CHUNK_BYTES = 4 * 1024 * 1024;

export interface UploadContext {
  db: KioskDb;
  fetch: FetchLike;
  serverUrl: string;
  authorization: () => Promise<string>;
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

export async function uploadAttachment(context: UploadContext, attachment: StoredAttachment): Promise<UploadOutcome> {
  const urlStorage = createUploadStore(context.db);
  const fingerprint = uploadFingerprint(attachment.clientId, attachment.attachmentId, attachment.ciphertextSha256);
  // A copy in this realm (IndexedDB may hand back another realm's Uint8Array).
  const bytes = new Uint8Array(attachment.ct);
  const outcome = await new Promise<UploadOutcome>((resolve) => {
    const upload = new Upload(bytes as unknown as Blob, {
      endpoint: joinUrl(context.serverUrl, PATHS.uploads),
      metadata: { [UPLOAD_METADATA.clientId]: attachment.clientId, [UPLOAD_METADATA.attachmentId]: attachment.attachmentId },
      uploadSize: bytes.length,
      chunkSize: TUS_CHUNK_BYTES,
      retryDelays: null,
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      urlStorage,
      fingerprint: () => Promise.resolve(fingerprint),
      fileReader: bytesFileReader,
      httpStack: new FetchHttpStack(context.fetch),
      onBeforeRequest: async (request) => {
        request.setHeader('Authorization', await context.authorization());
      },
      onSuccess: () => resolve({ kind: 'done' }),
      onError: (error) => resolve(classifyUploadError(error)),
    });
    urlStorage
      .findUploadsByFingerprint(fingerprint)
      .then((previous) => {
        const last = previous[0];
        if (last) upload.resumeFromPreviousUpload(last);
        upload.start();
      })
      .catch((error: unknown) => resolve({ kind: 'retry', problem: 'storage', detail: `upload state unreadable: ${String(error)}` }));
  });
  if (outcome.kind === 'retry' && outcome.detail.startsWith('upload gone')) {
    await context.db.uploads.delete([attachment.clientId, attachment.attachmentId]);
  }
  if (outcome.kind === 'done') await context.db.uploads.delete([attachment.clientId, attachment.attachmentId]);
  return outcome;
}
