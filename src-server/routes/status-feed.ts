import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { PATHS, STATUS_FEED_PAGE, statusCursorSchema, type StatusChange, type StatusFeedResponse } from '../../src-shared/protocol';
import { parseOr400, type RouteContext } from './context';

const querySchema = z.strictObject({ since: statusCursorSchema.optional() });

/** `GET /status-feed?since=<cursor>` (token): this kiosk's status changes in order, a page at a time. */
export function statusFeedRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get(PATHS.statusFeed, async (request, reply) => {
    const { kiosk } = await ctx.verifyToken(request.headers.authorization);
    const { since } = parseOr400(querySchema, request.query, 'query');
    const after = since === undefined ? 0 : Number(since);
    const rows = ctx.store.statusFeed(kiosk.kioskId, after, STATUS_FEED_PAGE + 1);
    const page = rows.slice(0, STATUS_FEED_PAGE);
    const changes: StatusChange[] = page.map((row) => ({
      clientId: row.clientId,
      reference: row.reference,
      status: row.status,
      ...(row.reason !== null && { reason: row.reason }),
      changedAt: row.changedAt,
    }));
    const body: StatusFeedResponse = {
      changes,
      cursor: String(page.length > 0 ? page[page.length - 1]!.seq : after),
      more: rows.length > STATUS_FEED_PAGE,
    };
    return reply.header('cache-control', 'no-store').send(body);
  });
}
