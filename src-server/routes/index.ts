import type { FastifyInstance } from 'fastify';
import type { PendingCreation, TusUploads } from '../uploads/tus-server';
import { applicationRoutes } from './applications';
import { catalogRoutes } from './catalog';
import type { RouteContext } from './context';
import { deviceRoutes } from './device';
import { enrollRoutes } from './enroll';
import { healthRoutes } from './health';
import { officerRoutes } from './officer';
import { openApiRoutes } from './openapi';
import { statusFeedRoutes } from './status-feed';
import { uploadRoutes } from './uploads';

export function registerRoutes(app: FastifyInstance, ctx: RouteContext, tus: TusUploads, creations: WeakMap<object, PendingCreation>): void {
  healthRoutes(app, ctx);
  enrollRoutes(app, ctx);
  deviceRoutes(app, ctx);
  catalogRoutes(app, ctx);
  applicationRoutes(app, ctx);
  uploadRoutes(app, ctx, tus, creations);
  statusFeedRoutes(app, ctx);
  officerRoutes(app, ctx);
  openApiRoutes(app);
}
