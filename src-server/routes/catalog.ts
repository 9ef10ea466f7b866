import type { FastifyInstance } from 'fastify';
import { PATHS } from '../../src-shared/protocol';
import type { RouteContext } from './context';

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag;
  });
}

/** `GET /catalog` (token): the current catalog with a strong ETag; 304 when the kiosk has it already. */
export function catalogRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get(PATHS.catalog, async (request, reply) => {
    await ctx.verifyToken(request.headers.authorization);
    const { etag, responseBody } = ctx.catalog;
    reply.header('etag', etag).header('cache-control', 'no-cache');
    if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(responseBody);
  });
}
