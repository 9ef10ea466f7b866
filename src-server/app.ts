/**
 * The intake server, programmatically: `createIntakeServer(options)` opens the data folder (SQLite,
 * keys, uploads, attachments), loads the catalog and builds the Fastify app; `listen()` starts it and
 * `close()` stops it gracefully (in-flight requests finish within the grace period, then the DB closes).
 * Used by main.ts (`serve`), the tests and the lead's `npm start` script.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { createEnrollmentCode, findApplication, setApplicationStatus, type CreatedEnrollmentCode, type EnrollmentCodeInput, type SetStatusOutcome } from './admin';
import { createTokenVerifier } from './auth/kiosk-token';
import { loadServerCatalog } from './catalog/server-catalog';
import { parseConfig, resolvePaths, type ServerConfig, type ServerConfigInput } from './config';
import { installCors } from './cors';
import { frameworkErrors, installErrorHandlers } from './errors';
import { loadKeyRing, type KeyRing } from './keys/server-keys';
import { registerRoutes } from './routes';
import type { RouteContext } from './routes/context';
import { createSqliteStore } from './storage/sqlite-store';
import type { IntakeStore } from './storage/store';
import { createTusServer, type PendingCreation } from './uploads/tus-server';

export interface IntakeServerOptions {
  /** Configuration (already loaded by loadConfig, or partial: the rest takes defaults). */
  config?: ServerConfigInput | ServerConfig;
  /** The clock (tests). */
  now?: () => Date;
}

export interface IntakeServer {
  app: FastifyInstance;
  store: IntakeStore;
  keys: KeyRing;
  config: ServerConfig;
  /** Absolute data folder. */
  dataDir: string;
  listen(): Promise<{ url: string }>;
  close(): Promise<void>;
  createEnrollmentCode(input: EnrollmentCodeInput): CreatedEnrollmentCode;
  /** By client id or reference; officer statuses only, after `received`. */
  setStatus(target: string, status: string, reason?: string): SetStatusOutcome;
  revokeKiosk(kioskId: string): boolean;
}

export const DB_FILE = 'intake.sqlite';

export async function createIntakeServer(options: IntakeServerOptions = {}): Promise<IntakeServer> {
  const config = parseConfig(options.config ?? {});
  const now = options.now ?? (() => new Date());
  const { dataDir, catalogDir } = resolvePaths(config);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const uploadsDir = path.join(dataDir, 'uploads');
  const attachmentsDir = path.join(dataDir, 'attachments');
  await mkdir(uploadsDir, { recursive: true });
  await mkdir(attachmentsDir, { recursive: true });

  const store = createSqliteStore(path.join(dataDir, DB_FILE));
  let keys: KeyRing;
  let catalog;
  try {
    keys = await loadKeyRing({ keysDir: path.join(dataDir, 'keys'), keyFile: config.keyFile, modulusLength: config.keyBits, now: now() });
    catalog = await loadServerCatalog(catalogDir, store, now());
  } catch (error) {
    store.close();
    throw error;
  }

  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    frameworkErrors,
  });
  installErrorHandlers(app);
  installCors(app, config.corsOrigins);
  const ctx: RouteContext = { store, keys, catalog, config, verifyToken: createTokenVerifier(store, now), dataDir, now };
  const creations = new WeakMap<object, PendingCreation>();
  const tus = createTusServer({
    store,
    keys,
    attachmentsDir,
    uploadsDir,
    now,
    creations,
    expiryMs: config.uploadExpiryHours * 3_600_000,
    log: app.log,
    ...(!config.corsOrigins.includes('*') && { allowedOrigins: config.corsOrigins }),
  });
  registerRoutes(app, ctx, tus, creations);

  const timers = [
    setInterval(() => store.purgeTokenIds(Math.floor(now().getTime() / 1000)), 60_000),
    setInterval(() => void tus.server.cleanUpExpiredUploads().catch(() => undefined), 3_600_000),
  ];
  for (const timer of timers) timer.unref();

  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= (async () => {
      for (const timer of timers) clearInterval(timer);
      const force = setTimeout(() => app.server.closeAllConnections?.(), config.shutdownGraceSeconds * 1000);
      force.unref();
      try {
        await app.close();
      } finally {
        clearTimeout(force);
        store.close();
      }
    })());

  return {
    app,
    store,
    keys,
    config,
    dataDir,
    async listen() {
      const address = await app.listen({ host: config.host, port: config.port });
      const actual = app.server.address();
      const port = typeof actual === 'object' && actual !== null ? actual.port : config.port;
      const host = config.host.includes(':') ? `[${config.host}]` : config.host;
      return { url: port ? `http://${host}:${port}` : address };
    },
    close,
    createEnrollmentCode: (input) => createEnrollmentCode(store, input, now()),
    setStatus: (target, status, reason) =>
      setApplicationStatus(store, findApplication(store, target).clientId, { status, ...(reason !== undefined && { reason }) }, now()),
    revokeKiosk: (kioskId) => store.revokeKiosk(kioskId, now().toISOString()),
  };
}
