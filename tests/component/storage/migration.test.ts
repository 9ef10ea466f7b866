import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createKioskDb, KIOSK_DB_VERSION, type KioskDb } from '../../../src-renderer/storage/db';
import { sendableRecords } from '../../../src-renderer/storage/outbox-state';
import { submitApplication } from '../../../src-renderer/storage/submit';
import { createKioskDbV1, deleteAll, makeServerKeys, submitInput, type ServerKeys } from './harness';

let keys: ServerKeys;
beforeAll(async () => {
  keys = await makeServerKeys();
});

const handles: KioskDb[] = [];
afterEach(async () => {
  for (const db of handles.splice(0)) db.close();
  await deleteAll();
});

let counter = 0;
const uniqueName = () => `motcua-kiosk-migration-${Date.now()}-${++counter}`;

describe('kiosk database, version 1 → 2', () => {
  it('keeps every queued application, attachment and receipt, still sendable, and adds uploads and device', async () => {
    const name = uniqueName();
    const v1 = createKioskDbV1(name);
    handles.push(v1);
    const submitted = [];
    for (let i = 0; i < 3; i++) {
      const result = await submitApplication(v1, submitInput(keys, { now: new Date(Date.parse('2026-11-24T03:00:00Z') + i * 1000) }));
      if (!result.ok) throw new Error(result.reason);
      submitted.push(result);
    }
    await v1.outbox.update(submitted[2]!.clientId, { state: 'needs-attention', lastError: 'refused' });
    const before = { outbox: await v1.outbox.toArray(), receipts: await v1.receipts.toArray(), attachments: await v1.attachments.count() };
    expect(v1.verno).toBe(1);
    v1.close();

    const v2 = createKioskDb(name);
    handles.push(v2);
    await v2.open();
    expect(v2.verno).toBe(KIOSK_DB_VERSION);
    expect(KIOSK_DB_VERSION).toBe(2);
    expect(await v2.outbox.toArray()).toEqual(before.outbox);
    expect(await v2.receipts.toArray()).toEqual(before.receipts);
    expect(await v2.attachments.count()).toBe(before.attachments);
    for (const s of submitted) {
      const ids = (await v2.outbox.get(s.clientId))?.attachmentIds ?? [];
      const stored = await v2.attachments.where('clientId').equals(s.clientId).toArray();
      expect(stored.map((a) => a.attachmentId).sort()).toEqual([...ids].sort());
    }
    // Sendable: the two queued ones, oldest first; the refused one stays aside.
    expect((await sendableRecords(v2)).map((r) => r.clientId)).toEqual([submitted[0]!.clientId, submitted[1]!.clientId]);
    expect(await v2.uploads.count()).toBe(0);
    expect(await v2.device.count()).toBe(0);
    await v2.uploads.put({ clientId: submitted[0]!.clientId, attachmentId: 'a', fingerprint: 'f', uploadUrl: null, size: 16, metadata: {}, creationTime: 'now' });
    expect(await v2.uploads.where('clientId').equals(submitted[0]!.clientId).count()).toBe(1);
  });

  it('opens a fresh database at version 2 with the new tables and indexes', async () => {
    const db = createKioskDb(uniqueName());
    handles.push(db);
    await db.open();
    const schema = Object.fromEntries(db.tables.map((t) => [t.name, { key: t.schema.primKey.keyPath, indexes: t.schema.indexes.map((i) => i.keyPath).sort() }]));
    expect(schema.uploads).toEqual({ key: ['clientId', 'attachmentId'], indexes: ['clientId', 'fingerprint'] });
    expect(schema.device).toEqual({ key: 'id', indexes: [] });
  });
});
