import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { HEALTH_SERVICE, healthNonceSchema, PATHS, PROTOCOL_VERSION, type HealthResponse } from '../../src-shared/protocol';
import { parseOr400, type RouteContext } from './context';

const querySchema = z.object({ nonce: healthNonceSchema });

/** The reachability probe: no auth, never cached, the nonce echoed (a captive portal cannot fake it). */
export function healthRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get(PATHS.health, async (request, reply) => {
    const { nonce } = parseOr400(querySchema, request.query);
    const body: HealthResponse = { service: HEALTH_SERVICE, protocol: PROTOCOL_VERSION, nonce, serverTime: ctx.now().toISOString() };
    return reply.header('cache-control', 'no-store').send(body);
  });
}
