import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateKeyFile, writeKeyFile } from '../../src-server/keys/server-keys';
import { deviceInfoSchema, PATHS } from '../../src-shared/protocol';
import { CATALOG_DIR } from '../unit/catalog/load-assets';
import { buildApplication } from './helpers/application';
import { getWithToken, putApplication } from './helpers/http';
import { enrollFakeKiosk } from './helpers/kiosk';
import { startTestServer } from './helpers/server';

describe('key rotation', () => {
  it('a new key becomes current; applications sealed to the old key are still accepted', async () => {
    const first = await startTestServer();
    const oldKid = first.server.keys.keys[0]!.kid;
    const kiosk = await enrollFakeKiosk(first);
    const queued = await buildApplication(kiosk.device); // sealed before the rotation
    await first.close({ keepData: true });

    const later = new Date(Date.now() + 60_000);
    await writeKeyFile(path.join(first.dataDir, 'keys'), await generateKeyFile(later, 2048));
    const second = await startTestServer({ dataDir: first.dataDir });
    try {
      const info = deviceInfoSchema.parse(await (await getWithToken(second.url, kiosk, PATHS.device)).json());
      expect(info.intakeKeys.map((k) => k.kid)).toEqual([second.server.keys.keys[0]!.kid, oldKid]);
      expect(info.intakeKeys[0]!.kid).not.toBe(oldKid);
      expect((await putApplication(second.url, kiosk, queued.clientId, queued.body)).status).toBe(201);
      const fresh = await buildApplication(info);
      expect(fresh.body.envelope.kid).toBe(info.intakeKeys[0]!.kid);
      expect((await putApplication(second.url, kiosk, fresh.clientId, fresh.body)).status).toBe(201);
    } finally {
      await second.close();
    }
  });
});

describe('catalog updates', () => {
  it('after the catalog moves to a new version, applications queued under the old one are still accepted', async () => {
    const first = await startTestServer();
    const kiosk = await enrollFakeKiosk(first);
    const queued = await buildApplication(kiosk.device, { procedureId: 'civil-status-extract' });
    await first.close({ keepData: true });

    // A newer catalog: version 2026.2 of civil-status-extract.
    const newer = await mkdtemp(path.join(tmpdir(), 'intake-catalog-'));
    await cp(CATALOG_DIR, newer, { recursive: true });
    const indexPath = path.join(newer, 'catalog.json');
    const index = JSON.parse(await readFile(indexPath, 'utf8')) as { catalogVersion: string };
    await writeFile(indexPath, JSON.stringify({ ...index, catalogVersion: '2026.2' }));
    const procPath = path.join(newer, 'civil-status-extract.json');
    const proc = JSON.parse(await readFile(procPath, 'utf8')) as { catalogVersion: string };
    await writeFile(procPath, JSON.stringify({ ...proc, catalogVersion: '2026.2' }));

    const second = await startTestServer({ dataDir: first.dataDir, config: { catalogDir: newer } });
    try {
      const catalog = (await (await getWithToken(second.url, kiosk, PATHS.catalog)).json()) as { version: string };
      expect(catalog.version).toBe('2026.2');
      expect(queued.body.catalogVersion).toBe('2026.1');
      expect((await putApplication(second.url, kiosk, queued.clientId, queued.body)).status).toBe(201);
    } finally {
      await second.close();
      await rm(newer, { recursive: true, force: true });
    }
  });
});
