/** Starts a real intake server on 127.0.0.1 (port 0) with a fresh temporary data folder. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createIntakeServer, type IntakeServer } from '../../../src-server/app';
import type { ServerConfigInput } from '../../../src-server/config';

export interface TestServer {
  server: IntakeServer;
  /** `http://127.0.0.1:<port>` */
  url: string;
  dataDir: string;
  /** Stops the server; the data folder is removed unless `keepData`. */
  close(options?: { keepData?: boolean }): Promise<void>;
}

export const OFFICER_TOKEN = 'officer-token-for-tests-0123456789';

export interface StartOptions {
  config?: Partial<ServerConfigInput>;
  /** Reuse a data folder (a restart); a new temporary one otherwise. */
  dataDir?: string;
  now?: () => Date;
}

export async function startTestServer(options: StartOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'intake-test-')));
  const server = await createIntakeServer({
    config: { host: '127.0.0.1', port: 0, dataDir, logLevel: 'silent', officerToken: OFFICER_TOKEN, shutdownGraceSeconds: 2, ...options.config },
    ...(options.now && { now: options.now }),
  });
  const { url } = await server.listen();
  return {
    server,
    url,
    dataDir,
    async close({ keepData = false } = {}) {
      await server.close();
      if (!keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
