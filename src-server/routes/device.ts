import type { FastifyInstance } from 'fastify';
import { PATHS } from '../../src-shared/protocol';
import type { RouteContext } from './context';
import { deviceInfo } from './device-info';

/** `GET /device` (token): this kiosk's location, the current submission keys and its settings. */
export function deviceRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get(PATHS.device, async (request, reply) => {
    const { kiosk } = await ctx.verifyToken(request.headers.authorization);
    return reply.header('cache-control', 'no-store').send(deviceInfo(ctx, kiosk));
  });
}
