import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { clientIdSchema, PATHS } from '../../src-shared/protocol';
import { setApplicationStatus } from '../admin';
import { HttpError } from '../errors';
import { applicationState } from './application-state';
import { parseOr400, type RouteContext } from './context';

const digest = (text: string) => createHash('sha256').update(text).digest();
const paramsSchema = z.object({ clientId: clientIdSchema });

/**
 * `POST /officer/applications/:clientId/status` with the officer token of the configuration (Bearer).
 * Without a configured token the route answers 403 (the CLI works on the database directly).
 */
export function officerRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.post(`${PATHS.officerApplications}/:clientId/status`, { bodyLimit: 16 * 1024 }, async (request, reply) => {
    const expected = ctx.config.officerToken;
    if (expected === undefined) throw new HttpError(403, 'unauthorized', 'the officer API is switched off (no officerToken configured)');
    const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    if (!timingSafeEqual(digest(given), digest(expected))) throw new HttpError(401, 'unauthorized', 'the officer token is missing or wrong');
    const { clientId } = parseOr400(paramsSchema, request.params);
    const outcome = setApplicationStatus(ctx.store, clientId, (request.body ?? {}) as { status: string }, ctx.now());
    if (!outcome.ok) {
      if (outcome.reason === 'not-found') throw new HttpError(404, 'not-found', outcome.message);
      if (outcome.reason === 'not-received') throw new HttpError(409, 'conflict', outcome.message);
      throw new HttpError(400, 'bad-request', outcome.message);
    }
    request.log.info({ clientId, status: outcome.application.status }, 'status changed by an officer');
    return reply.send(applicationState(ctx.store, outcome.application));
  });
}
