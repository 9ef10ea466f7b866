import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATHS } from '../../src-shared/protocol';
import { enrollmentCodeIn, ensureServerBuilt, freePort, serverProcess } from '../integration/helpers/server-process';
import { buildApplication } from './helpers/application';
import { getApplicationState, putApplication } from './helpers/http';
import { enrollWithCode } from './helpers/kiosk';

describe('the built server (npm run server)', () => {
  it('starts, answers, stops cleanly on SIGTERM, and after a crash (SIGKILL) restarts with everything it acknowledged', async () => {
    ensureServerBuilt();
    const dataDir = await mkdtemp(path.join(tmpdir(), 'intake-proc-'));
    const server = serverProcess({ dataDir, port: await freePort() });
    try {
      await server.start();
      const health = await fetch(`${server.url}${PATHS.health}?nonce=process-test-nonce-1`);
      expect(health.status).toBe(200);
      const code = enrollmentCodeIn(server.cli(['enroll-code', '--location', 'Nhà văn hoá TDP 5', '--ward', '00103', '--ward-name', 'Phường Tây Hồ']));
      const kiosk = await enrollWithCode(server.url, code);
      const app = await buildApplication(kiosk.device, { procedureId: 'civil-status-extract' });
      expect((await putApplication(server.url, kiosk, app.clientId, app.body)).status).toBe(201);

      expect(await server.kill()).toBe(null);
      await server.start();
      expect((await getApplicationState(server.url, kiosk, app.clientId)).status).toBe('received');
      expect((await putApplication(server.url, kiosk, app.clientId, app.body)).status).toBe(200);

      expect(await server.stop()).toBe(0);
      expect(server.output.join('\n')).not.toMatch(/ExperimentalWarning/);
    } finally {
      await server.kill();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
