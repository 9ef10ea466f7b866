/**
 * The tus 1.0.0 server for attachments (@tus/server + @tus/file-store, files in `<data>/uploads`).
 * The Fastify route (routes/uploads.ts) has already authenticated each request and checked what it may
 * touch; here the upload is recorded on creation and verified when its last byte arrives (in the creation
 * request itself with creation-with-upload, or in the last PATCH). The answer to that request carries the
 * application's status after it (APPLICATION_STATUS_HEADER): `received` acknowledges the application.
 * Finished uploads are removed at once (the verified file lives on under `<data>/attachments/<sha256>`).
 */
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { EVENTS, Server } from '@tus/server';
import { MAX_ATTACHMENT_CT_BYTES } from '../../src-shared/crypto/envelope-schema';
import { APPLICATION_STATUS_HEADER, PATHS, type ApplicationStatus, type ErrorBody, type ErrorCode } from '../../src-shared/protocol';
import { CapturingFileStore } from './capturing-store';
import { verifyUpload, type VerifyDeps } from './verify-upload';

export interface PendingCreation {
  clientId: string;
  attachmentId: string;
  kioskId: string;
}

export interface TusDeps extends VerifyDeps {
  uploadsDir: string;
  expiryMs: number;
  /** CORS origins for tus's own responses (undefined = any). */
  allowedOrigins?: string[];
  /** What the route checked for a creation request, by its Node request. */
  creations: WeakMap<object, PendingCreation>;
  log: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };
}

type TusRequest = { runtime?: { node?: { req: IncomingMessage } } };
const nodeReq = (req: unknown) => (req as TusRequest).runtime?.node?.req;

const CODE_BY_STATUS: Record<number, ErrorCode> = { 401: 'unauthorized', 404: 'not-found', 409: 'conflict', 410: 'not-found', 413: 'too-large' };

export function tusError(status: number, code: ErrorCode, message: string): { status_code: number; body: string } {
  const body: ErrorBody = { error: code, message };
  return { status_code: status, body: JSON.stringify(body) };
}

export interface TusUploads {
  server: Server;
  /**
   * For HEAD: an upload whose last byte was stored but whose check did not run (the server stopped in
   * between) is checked now. `refused` means it was discarded (the kiosk creates a new one).
   */
  checkIfComplete(uploadId: string): Promise<'incomplete' | 'verified' | 'refused'>;
  /** Removes a finished upload (its verified file lives on by hash). */
  discard(uploadId: string): Promise<void>;
}

export function createTusServer(deps: TusDeps): TusUploads {
  const datastore = new CapturingFileStore({ directory: deps.uploadsDir, expirationPeriodInMilliseconds: deps.expiryMs });
  const discard = async (uploadId: string) => {
    deps.store.deleteUpload(uploadId);
    await datastore.remove(uploadId).catch(() => undefined);
  };

  /** Verifies a complete upload; throws the tus error (after discarding it) when it is refused. */
  const finish = async (uploadId: string): Promise<ApplicationStatus> => {
    const row = deps.store.getUpload(uploadId);
    if (!row) throw tusError(404, 'not-found', 'unknown upload');
    const outcome = await verifyUpload(deps, row, path.join(deps.uploadsDir, uploadId), datastore.take(uploadId));
    if (!outcome.ok) {
      await discard(uploadId);
      deps.log.warn({ clientId: row.clientId, attachmentId: row.attachmentId, error: outcome.code }, 'upload refused');
      throw tusError(outcome.status, outcome.code, outcome.message);
    }
    deps.log.info({ clientId: row.clientId, attachmentId: row.attachmentId, received: outcome.received, duplicate: outcome.duplicate }, 'attachment verified');
    return outcome.applicationStatus;
  };

  const server = new Server({
    path: PATHS.uploads,
    datastore,
    maxSize: MAX_ATTACHMENT_CT_BYTES,
    relativeLocation: true,
    respectForwardedHeaders: false,
    disableTerminationForFinishedUploads: true,
    exposedHeaders: [APPLICATION_STATUS_HEADER],
    ...(deps.allowedOrigins && { allowedOrigins: deps.allowedOrigins }),
    async onUploadCreate(req, upload) {
      const pending = nodeReq(req) && deps.creations.get(nodeReq(req)!);
      if (!pending) throw tusError(400, 'bad-request', 'the upload was not checked');
      deps.store.addUpload({ uploadId: upload.id, ...pending, createdAt: deps.now().toISOString() });
      return {};
    },
    async onUploadFinish(_req, upload) {
      return { headers: { [APPLICATION_STATUS_HEADER]: await finish(upload.id) } };
    },
    onResponseError(_req, error) {
      const e = error as { status_code?: number; body?: string; message?: string };
      const status = e.status_code ?? 500;
      if (typeof e.body === 'string' && e.body.startsWith('{')) return { status_code: status, body: e.body };
      const message = status >= 500 ? 'the upload could not be stored' : (e.body ?? e.message ?? 'upload error').trim();
      return tusError(status, CODE_BY_STATUS[status] ?? (status >= 500 ? 'internal' : 'bad-request'), message);
    },
  });
  server.on(EVENTS.POST_FINISH, (_req, _res, upload) => void discard(upload.id));

  return {
    server,
    discard,
    async checkIfComplete(uploadId) {
      const upload = await datastore.getUpload(uploadId).catch(() => undefined);
      if (!upload || upload.size === undefined || upload.offset !== upload.size) return 'incomplete';
      try {
        await finish(uploadId);
        return 'verified';
      } catch {
        return 'refused';
      }
    },
  };
}
