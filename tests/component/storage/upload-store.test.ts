import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { acknowledge } from '../../../src-renderer/storage/outbox-state';
import { submitApplication } from '../../../src-renderer/storage/submit';
import { createUploadStore, uploadFingerprint } from '../../../src-renderer/storage/upload-store';
import { deleteAll, freshDb, makeServerKeys, submitInput, type ServerKeys } from './harness';

let keys: ServerKeys;
beforeAll(async () => {
  keys = await makeServerKeys();
});
afterEach(deleteAll);

describe('tus upload state in Dexie', () => {
  it('finds an upload by its fingerprint after a reload, and forgets it when removed', async () => {
    const db = freshDb();
    const result = await submitApplication(db, submitInput(keys));
    if (!result.ok) throw new Error(result.reason);
    const store = createUploadStore(db);
    const fingerprint = uploadFingerprint(result.clientId, 'birth-certificate-1', 'ab'.repeat(32));
    const key = await store.addUpload(fingerprint, {
      size: 40,
      metadata: { clientId: result.clientId, attachmentId: 'birth-certificate-1' },
      creationTime: 'Tue Nov 24 2026',
      uploadUrl: 'https://intake.test/api/v1/uploads/u1',
      parallelUploadUrls: null,
    });
    const again = createUploadStore(db);
    const found = await again.findUploadsByFingerprint(fingerprint);
    expect(found).toEqual([expect.objectContaining({ uploadUrl: 'https://intake.test/api/v1/uploads/u1', size: 40, urlStorageKey: key })]);
    expect(await again.findUploadsByFingerprint(uploadFingerprint(result.clientId, 'parent-id-1', 'ab'.repeat(32)))).toEqual([]);
    expect(await again.findAllUploads()).toHaveLength(1);
    await again.removeUpload(key);
    expect(await db.uploads.count()).toBe(0);
  });

  it('leaves nothing behind once the application is acknowledged, and stores nothing for an application already gone', async () => {
    const db = freshDb();
    const result = await submitApplication(db, submitInput(keys));
    if (!result.ok) throw new Error(result.reason);
    const store = createUploadStore(db);
    const upload = { size: 40, metadata: {}, creationTime: 'now', uploadUrl: 'https://intake.test/api/v1/uploads/u9', parallelUploadUrls: null };
    await store.addUpload(uploadFingerprint(result.clientId, 'parent-id-1', 'cd'.repeat(32)), upload);
    await acknowledge(db, result.clientId, 'received', new Date('2026-11-24T04:00:00Z'));
    expect(await db.outbox.count()).toBe(0);
    expect(await db.attachments.count()).toBe(0);
    expect(await db.uploads.count()).toBe(0);
    expect(await db.receipts.get(result.reference)).toMatchObject({ status: 'received', statusChangedAt: '2026-11-24T04:00:00.000Z' });
    // A late tus callback after the acknowledgement writes nothing.
    await store.addUpload(uploadFingerprint(result.clientId, 'parent-id-1', 'cd'.repeat(32)), upload);
    expect(await db.uploads.count()).toBe(0);
  });

  it('refuses a fingerprint that is not one of the kiosk attachments', async () => {
    const store = createUploadStore(freshDb());
    await expect(store.addUpload('tus-br-photo.jpg-image/jpeg', { size: 1, metadata: {}, creationTime: 'x', uploadUrl: null, parallelUploadUrls: null })).rejects.toThrow(/fingerprint/);
  });
});
