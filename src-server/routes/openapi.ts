import type { FastifyInstance } from 'fastify';
import { PATHS } from '../../src-shared/protocol';
import { buildOpenApiDocument } from '../openapi/document';

export function openApiRoutes(app: FastifyInstance): void {
  const body = JSON.stringify(buildOpenApiDocument());
  app.get(PATHS.openapi, async (_request, reply) => reply.type('application/json; charset=utf-8').send(body));
}
