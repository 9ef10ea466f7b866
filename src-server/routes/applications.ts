/**
 * `PUT /applications/:clientId` (token): create once, 200 on an identical replay, 409 on other content
 * under the same id; the server opens and checks the envelope before storing (check-submission.ts).
 * `GET /applications/:clientId` (token): where it stands; only the kiosk that sent it sees it.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { clientIdSchema, MAX_APPLICATION_BODY_BYTES, PATHS, submitApplicationRequestSchema } from '../../src-shared/protocol';
import { contentHash } from '../applications/canonical';
import { checkSubmission } from '../applications/check-submission';
import { rememberOpened } from '../applications/opened-cache';
import type { KioskAuth } from '../auth/kiosk-token';
import { HttpError } from '../errors';
import type { ApplicationRow } from '../storage/store';
import { applicationState } from './application-state';
import { parseOr400, type RouteContext } from './context';

const paramsSchema = z.object({ clientId: clientIdSchema });

export function applicationRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const auth = new WeakMap<FastifyRequest, KioskAuth>();
  const kioskOf = (request: FastifyRequest) => auth.get(request)!.kiosk;
  // The token is checked before the body is read: a stranger cannot make the server parse 1.5 MB.
  const onRequest = async (request: FastifyRequest) => {
    auth.set(request, await ctx.verifyToken(request.headers.authorization));
  };

  const answerExisting = (reply: FastifyReply, row: ApplicationRow, kioskId: string, hash: string) => {
    if (row.kioskId !== kioskId) throw new HttpError(409, 'conflict', 'this client id is already taken by another application');
    if (row.contentHash !== hash) throw new HttpError(409, 'conflict', 'an application with this client id and different content exists; nothing was changed');
    return reply.code(200).header('cache-control', 'no-store').send(applicationState(ctx.store, row));
  };

  app.put(`${PATHS.applications}/:clientId`, { bodyLimit: MAX_APPLICATION_BODY_BYTES, onRequest }, async (request, reply) => {
    const kiosk = kioskOf(request);
    const { clientId } = parseOr400(paramsSchema, request.params);
    if (!/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '')) {
      throw new HttpError(415, 'bad-request', 'the body must be JSON (Content-Type: application/json)');
    }
    if (typeof request.body !== 'object' || request.body === null || Array.isArray(request.body)) {
      throw new HttpError(400, 'bad-request', 'the body must be one JSON object');
    }
    const body = parseOr400(submitApplicationRequestSchema, request.body);
    const hash = contentHash(request.body);
    const existing = ctx.store.getApplication(clientId);
    if (existing) return answerExisting(reply, existing, kiosk.kioskId, hash);

    const opened = await checkSubmission(ctx.keys, ctx.catalog, clientId, body);
    const now = ctx.now().toISOString();
    const result = ctx.store.insertApplicationIfAbsent(
      {
        clientId,
        kioskId: kiosk.kioskId,
        reference: body.reference,
        procedureId: body.procedureId,
        procedureCode: body.procedureCode,
        catalogVersion: body.catalogVersion,
        submittedAt: body.submittedAt,
        contentHash: hash,
        body: JSON.stringify(request.body),
        createdAt: now,
        attachments: body.attachments.map((a) => ({ attachmentId: a.id, size: a.size, sha256: a.sha256, iv: a.iv })),
      },
      now,
    );
    if (!result.created) return answerExisting(reply, result.row, kiosk.kioskId, hash);
    if (body.attachments.length > 0) rememberOpened(ctx.keys, clientId, opened);
    request.log.info({ clientId, attachments: body.attachments.length }, 'application stored');
    return reply.code(201).header('cache-control', 'no-store').send(applicationState(ctx.store, result.row));
  });

  app.get(`${PATHS.applications}/:clientId`, async (request, reply) => {
    const { kiosk } = await ctx.verifyToken(request.headers.authorization);
    const { clientId } = parseOr400(paramsSchema, request.params);
    const row = ctx.store.getApplication(clientId);
    if (!row || row.kioskId !== kiosk.kioskId) throw new HttpError(404, 'not-found', 'this kiosk sent no application with this client id');
    return reply.header('cache-control', 'no-store').send(applicationState(ctx.store, row));
  });
}
