import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createKioskDb, KIOSK_DB_NAME, type OutboxRecord } from '../../../src-renderer/storage/db';
import { createKioskDbV1, deleteAll, freshDb } from './harness';

afterEach(deleteAll);

const RECORD: OutboxRecord = {
  clientId: '3b2c1a8e-4d5f-4a6b-9c7d-8e9f0a1b2c3d',
  reference: 'ABCDEFGH',
  procedureId: 'birth-registration',
  procedureCode: '1.001193',
  catalogVersion: '2026.1',
  queuedAt: '2026-11-24T03:15:00.000Z',
  state: 'queued',
  frozen: false,
  envelope: {
    v: 1,
    alg: 'RSA-OAEP-256+A256GCM',
    kid: 'intake-2026-01',
    wrappedKey: 'AAAA',
    payload: { iv: 'AAAAAAAAAAAAAAAA', ct: 'AAAA' },
  } as unknown as OutboxRecord['envelope'],
  attachmentIds: ['photo-1'],
  attempts: 0,
};

describe('kiosk database, version 1', () => {
  it('is named motcua-kiosk by default', () => {
    const db = createKioskDb();
    expect(db.name).toBe(KIOSK_DB_NAME);
    db.close();
  });

  it('opens on a fresh database with the four tables, their keys and indexes', async () => {
    // Version 1 as shipped (version 2 adds two tables: migration.test.ts).
    const db = createKioskDbV1(`${freshDb().name}-v1`);
    await db.open();
    expect(db.verno).toBe(1);
    const schema = Object.fromEntries(
      db.tables.map((t) => [t.name, { key: t.schema.primKey.keyPath, indexes: t.schema.indexes.map((i) => i.keyPath).sort() }]),
    );
    expect(schema).toEqual({
      outbox: { key: 'clientId', indexes: ['queuedAt', 'state'] },
      attachments: { key: ['clientId', 'attachmentId'], indexes: ['clientId'] },
      receipts: { key: 'reference', indexes: ['clientId', 'submittedAt'] },
      settings: { key: 'key', indexes: [] },
    });
    db.close();
    await Dexie.delete(db.name);
  });

  it('opens every transaction with strict durability', async () => {
    const db = freshDb();
    const durability = await db.transaction('rw', db.outbox, db.attachments, db.receipts, () => Dexie.currentTransaction.idbtrans.durability);
    expect(durability).toBe('strict');
  });

  it('keeps queued data across closing and reopening (a reload)', async () => {
    const db = freshDb();
    await db.transaction('rw', db.outbox, db.attachments, db.receipts, async () => {
      await db.outbox.add(RECORD);
      await db.attachments.add({
        clientId: RECORD.clientId,
        attachmentId: 'photo-1',
        iv: 'AAAAAAAAAAAAAAAA',
        ct: new Uint8Array([1, 2, 3, 250]),
        ciphertextSha256: 'ab'.repeat(32),
        size: 4,
      });
      await db.receipts.add({
        reference: RECORD.reference,
        clientId: RECORD.clientId,
        procedureId: RECORD.procedureId,
        procedureCode: RECORD.procedureCode,
        catalogVersion: RECORD.catalogVersion,
        submittedAt: RECORD.queuedAt,
        status: 'queued',
      });
    });
    await db.settings.put({ key: 'language', value: 'vi' });
    db.close();

    const reopened = createKioskDb(db.name);
    try {
      expect(await reopened.outbox.get(RECORD.clientId)).toEqual(RECORD);
      const attachment = await reopened.attachments.get([RECORD.clientId, 'photo-1']);
      expect(Array.from(attachment?.ct ?? [])).toEqual([1, 2, 3, 250]);
      expect(await reopened.attachments.where('clientId').equals(RECORD.clientId).count()).toBe(1);
      expect((await reopened.receipts.get(RECORD.reference))?.status).toBe('queued');
      expect((await reopened.settings.get('language'))?.value).toBe('vi');
      expect(await reopened.outbox.where('state').equals('queued').count()).toBe(1);
    } finally {
      reopened.close();
    }
  });
});
