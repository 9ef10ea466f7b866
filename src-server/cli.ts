/**
 * The command line (dist/server/main.mjs):
 *
 *   serve (default)                      start the server
 *   enroll-code --location "…" --ward 00103 --ward-name "…" [--expires-hours 24]
 *   kiosks                               list enrolled kiosks
 *   revoke <kioskId>                     lock a kiosk out at once
 *   set-status <clientId|reference> <status> [--reason "…"]
 *   applications                         list applications (newest first)
 *
 * Common options: --config <file>, --data-dir <dir>, --catalog <dir>, --host, --port.
 * Every command but `serve` works on the data folder directly (SQLite in WAL mode, safe next to a running
 * server, which reads revocations and statuses from the database on every request).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AdminError, createEnrollmentCode, findApplication, setApplicationStatus } from './admin';
import { createIntakeServer, DB_FILE } from './app';
import { loadConfig, resolvePaths, type ServerConfig } from './config';
import { createSqliteStore } from './storage/sqlite-store';
import type { IntakeStore } from './storage/store';

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  env: Record<string, string | undefined>;
  /** `serve` resolves when this signal fires (main.ts wires SIGTERM/SIGINT). */
  onStop?: (stop: () => void) => void;
}

export const USAGE = `usage: main.mjs [command] [options]
  serve (default)                        start the intake server
  enroll-code --location <text> --ward <5 digits> --ward-name <text> [--expires-hours 24]
  kiosks                                 list enrolled kiosks
  revoke <kioskId>                       lock a kiosk out at once
  set-status <clientId|reference> <status> [--reason <text>]
                                         status: processing, needs-information, ready-for-collection, collected, rejected
  applications                           list applications, newest first
options: --config <file> --data-dir <dir> --catalog <dir> --host <host> --port <port>`;

const OPTIONS = {
  config: { type: 'string' },
  'data-dir': { type: 'string' },
  catalog: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  location: { type: 'string' },
  ward: { type: 'string' },
  'ward-name': { type: 'string' },
  'expires-hours': { type: 'string' },
  reason: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function withStore<T>(config: ServerConfig, fn: (store: IntakeStore) => T): T {
  const store = createSqliteStore(path.join(resolvePaths(config).dataDir, DB_FILE));
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) return void io.stdout(USAGE), 0;
  const [command = 'serve', ...args] = positionals;
  try {
    const config = loadConfig({
      configFile: values.config,
      env: io.env,
      overrides: { dataDir: values['data-dir'], catalogDir: values.catalog, host: values.host, port: values.port as never },
    });
    switch (command) {
      case 'serve':
        return await serve(config, io);
      case 'enroll-code': {
        const created = withStore(config, (store) =>
          createEnrollmentCode(store, {
            location: values.location ?? '',
            wardCode: values.ward ?? '',
            wardName: values['ward-name'] ?? '',
            ...(values['expires-hours'] !== undefined && { expiresHours: Number(values['expires-hours']) }),
          }),
        );
        io.stdout(`enrollment code: ${created.code}`);
        io.stdout(`expires: ${created.expiresAt}`);
        return 0;
      }
      case 'kiosks':
        withStore(config, (store) => {
          const kiosks = store.listKiosks();
          if (kiosks.length === 0) io.stdout('no kiosks enrolled');
          for (const k of kiosks) {
            io.stdout(`${k.kioskId}\t${k.revokedAt ? `REVOKED ${k.revokedAt}` : 'active'}\t${k.wardCode} ${k.wardName}\t${k.location}\tenrolled ${k.enrolledAt}${k.label ? `\t${k.label}` : ''}`);
          }
        });
        return 0;
      case 'revoke': {
        const kioskId = args[0];
        if (!kioskId) throw new AdminError('revoke needs a kiosk id (see `kiosks`)');
        const done = withStore(config, (store) => {
          if (!store.getKiosk(kioskId)) throw new AdminError(`no kiosk ${kioskId}`);
          return store.revokeKiosk(kioskId, new Date().toISOString());
        });
        io.stdout(done ? `revoked ${kioskId}` : `${kioskId} was already revoked`);
        return 0;
      }
      case 'set-status': {
        const [target, status] = args;
        if (!target || !status) throw new AdminError('set-status needs <clientId|reference> <status>');
        const outcome = withStore(config, (store) =>
          setApplicationStatus(store, findApplication(store, target).clientId, { status, ...(values.reason !== undefined && { reason: values.reason }) }),
        );
        if (!outcome.ok) throw new AdminError(outcome.message);
        io.stdout(`${outcome.application.reference} (${outcome.application.clientId}): ${outcome.application.status}${outcome.changed ? '' : ' (unchanged)'}`);
        return 0;
      }
      case 'applications':
        withStore(config, (store) => {
          const rows = store.listApplications(1000);
          io.stdout(`${store.countApplications()} application(s)`);
          for (const a of rows) io.stdout(`${a.reference}\t${a.clientId}\t${a.status}\t${a.procedureId}@${a.catalogVersion}\t${a.receivedAt ?? 'not received'}`);
        });
        return 0;
      default:
        io.stderr(`unknown command "${command}"\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    io.stderr(`error: ${(error as Error).message}`);
    return 1;
  }
}

async function serve(config: ServerConfig, io: CliIo): Promise<number> {
  const server = await createIntakeServer({ config });
  const { url } = await server.listen();
  io.stdout(`intake server listening on ${url} (data: ${server.dataDir}, key ${server.keys.keys[0]!.kid})`);
  await new Promise<void>((resolve) => io.onStop?.(resolve));
  await server.close();
  return 0;
}
