import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATHS } from '../../src-shared/protocol';
import { buildApplication } from './helpers/application';
import { getApplicationState, putApplication } from './helpers/http';
import { enrollWithCode } from './helpers/kiosk';
import { buildServer, cliEnrollmentCode, spawnServer } from './helpers/process';

describe('the built server (npm run server)', () => {
  it('starts, answers, stops cleanly on SIGTERM, and after a crash (SIGKILL) restarts with everything it acknowledged', async () => {
    await buildServer();
    const dataDir = await mkdtemp(path.join(tmpdir(), 'intake-proc-'));
    let server = await spawnServer({ dataDir });
    try {
      const health = await fetch(`${server.url}${PATHS.health}?nonce=process-test-nonce-1`);
      expect(health.status).toBe(200);
      const kiosk = await enrollWithCode(server.url, await cliEnrollmentCode(dataDir));
      const app = await buildApplication(kiosk.device, { procedureId: 'civil-status-extract' });
      expect((await putApplication(server.url, kiosk, app.clientId, app.body)).status).toBe(201);

      expect(await server.stop('SIGKILL')).toBe(null);
      server = await spawnServer({ dataDir });
      expect((await getApplicationState(server.url, kiosk, app.clientId)).status).toBe('received');
      expect((await putApplication(server.url, kiosk, app.clientId, app.body)).status).toBe(200);

      expect(await server.stop('SIGTERM')).toBe(0);
      expect(server.stderr()).not.toMatch(/ExperimentalWarning/);
    } finally {
      await server.stop('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
