/**
 * CORS for the kiosk page (its origin is the Electron app's or the browser host's, never the server's).
 * Kiosks authenticate with bearer tokens, not cookies, so no credentials are allowed and `*` is a safe
 * default; `corsOrigins` in the configuration narrows it to a list. Preflights are answered here for every
 * route (tus included); tus adds its own CORS headers to the responses it writes.
 */
import type { FastifyInstance } from 'fastify';

export const CORS_ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'if-none-match',
  'tus-resumable',
  'upload-length',
  'upload-metadata',
  'upload-offset',
  'upload-defer-length',
  'upload-concat',
  'x-http-method-override',
  'x-requested-with',
];
export const CORS_EXPOSED_HEADERS = ['etag', 'location', 'upload-offset', 'upload-length', 'upload-expires', 'tus-resumable', 'tus-version', 'tus-max-size', 'tus-extension'];

export function installCors(app: FastifyInstance, origins: readonly string[]): void {
  const any = origins.includes('*');
  const allowed = (origin: string | undefined) => (origin === undefined ? undefined : any ? '*' : origins.includes(origin) ? origin : undefined);
  app.addHook('onRequest', async (request, reply) => {
    const allow = allowed(request.headers.origin);
    if (allow === undefined) return;
    reply.header('access-control-allow-origin', allow);
    if (!any) reply.header('vary', 'Origin');
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined) {
      return reply
        .code(204)
        .header('access-control-allow-methods', 'GET, HEAD, PUT, POST, PATCH, DELETE, OPTIONS')
        .header('access-control-allow-headers', CORS_ALLOWED_HEADERS.join(', '))
        .header('access-control-max-age', '600')
        .send();
    }
    reply.header('access-control-expose-headers', CORS_EXPOSED_HEADERS.join(', '));
  });
}
