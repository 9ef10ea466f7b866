/**
 * tus under PATHS.uploads. Fastify hands the raw request to @tus/server after checking it here, so every
 * refusal before the bytes flow is an ordinary JSON error: a kiosk token on every request; a creation
 * names (Upload-Metadata) an application of this kiosk and one of its declared attachments, with
 * Upload-Length equal to the declared size; HEAD/PATCH/DELETE only on this kiosk's own uploads.
 */
import type { ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { attachmentIdSchema, clientIdSchema, PATHS, UPLOAD_METADATA } from '../../src-shared/protocol';
import { HttpError } from '../errors';
import type { PendingCreation, TusUploads } from '../uploads/tus-server';
import type { RouteContext } from './context';

/** Upload-Metadata: `key base64value,key2 base64value2`. */
export function parseUploadMetadata(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? '').split(',')) {
    const [key, value = ''] = part.trim().split(' ');
    if (key) out.set(key, Buffer.from(value, 'base64').toString('utf8'));
  }
  return out;
}

/** tus writes its own errors as text; our JSON error bodies get the JSON content type. */
function jsonErrorBodies(res: ServerResponse): void {
  const original = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status >= 400) {
      const fix = (name: unknown, value: unknown) =>
        typeof name === 'string' && name.toLowerCase() === 'content-type' && typeof value === 'string' && value.startsWith('text/plain')
          ? 'application/json; charset=utf-8'
          : value;
      rest = rest.map((arg) => {
        if (Array.isArray(arg)) {
          if (arg.length > 0 && Array.isArray(arg[0])) return (arg as unknown[][]).map(([k, v]) => [k, fix(k, v)]);
          return arg.map((v, i) => (i % 2 === 1 ? fix(arg[i - 1], v) : v));
        }
        if (arg && typeof arg === 'object') return Object.fromEntries(Object.entries(arg).map(([k, v]) => [k, fix(k, v)]));
        return arg;
      });
    }
    return original(status, ...rest);
  }) as typeof res.writeHead;
}

export function uploadRoutes(app: FastifyInstance, ctx: RouteContext, tus: TusUploads, creations: WeakMap<object, PendingCreation>): void {
  app.register(async (scope) => {
    // Leave the PATCH (and creation-with-upload) bodies unread: tus streams them from the raw request.
    scope.addContentTypeParser('application/offset+octet-stream', (_request, _payload, done) => done(null));

    const checkCreation = (request: FastifyRequest, kioskId: string): PendingCreation => {
      const meta = parseUploadMetadata(request.headers['upload-metadata'] as string | undefined);
      const clientId = meta.get(UPLOAD_METADATA.clientId);
      const attachmentId = meta.get(UPLOAD_METADATA.attachmentId);
      if (!clientIdSchema.safeParse(clientId).success || !attachmentIdSchema.safeParse(attachmentId).success) {
        throw new HttpError(400, 'bad-request', `Upload-Metadata must carry ${UPLOAD_METADATA.clientId} and ${UPLOAD_METADATA.attachmentId}`);
      }
      const application = ctx.store.getApplication(clientId!);
      if (!application || application.kioskId !== kioskId) throw new HttpError(404, 'not-found', 'send the application (PUT) before its attachments');
      const attachment = ctx.store.listAttachments(clientId!).find((a) => a.attachmentId === attachmentId);
      if (!attachment) throw new HttpError(404, 'not-found', `the application declares no attachment "${attachmentId}"`);
      if (request.headers['upload-defer-length'] !== undefined) throw new HttpError(400, 'bad-request', 'Upload-Defer-Length is not accepted: send Upload-Length');
      if (request.headers['upload-length'] !== String(attachment.size)) {
        throw new HttpError(400, 'bad-request', `Upload-Length must be the declared size, ${attachment.size} bytes`);
      }
      return { clientId: clientId!, attachmentId: attachmentId!, kioskId };
    };

    const handler = async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.method !== 'OPTIONS') {
        const { kiosk } = await ctx.verifyToken(request.headers.authorization);
        const id = (request.params as { id?: string }).id;
        if (request.method === 'POST') {
          if (id !== undefined) throw new HttpError(404, 'not-found', 'create uploads at the collection URL');
          creations.set(request.raw, checkCreation(request, kiosk.kioskId));
        } else {
          const upload = id !== undefined && /^[0-9a-f]{16,64}$/.test(id) ? ctx.store.getUpload(id) : undefined;
          if (!upload || upload.kioskId !== kiosk.kioskId) throw new HttpError(404, 'not-found', 'no such upload: create a new one');
          if (request.method === 'HEAD') {
            const check = await tus.checkIfComplete(upload.uploadId);
            if (check === 'refused') throw new HttpError(404, 'not-found', 'the upload was checked and discarded: create a new one');
            // Complete and verified: HEAD reports the full offset, then the upload goes.
            if (check === 'verified') reply.raw.once('finish', () => void tus.discard(upload.uploadId));
          }
        }
      }
      reply.hijack();
      jsonErrorBodies(reply.raw);
      await tus.server.handle(request.raw, reply.raw);
    };
    const methods = ['POST', 'HEAD', 'PATCH', 'DELETE', 'OPTIONS'] as const;
    scope.route({ method: [...methods], url: PATHS.uploads, handler, exposeHeadRoute: false });
    scope.route({ method: [...methods], url: `${PATHS.uploads}/:id`, handler, exposeHeadRoute: false });
  });
}
