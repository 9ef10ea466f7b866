import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openApplication, openAttachment } from '../../../src-shared/crypto';
import { generateReference, isValidReference } from '../../../src-shared/reference';
import { RECEIPT_FIELDS } from '../../../src-renderer/storage/db';
import { submitApplication } from '../../../src-renderer/storage/submit';
import {
  CCCD,
  deleteAll,
  dumpDatabase,
  freshDb,
  KID,
  makeServerKeys,
  NAME,
  PHONE,
  PROCEDURE,
  SECRET_BYTES,
  submitInput,
  testCrypto,
  type ServerKeys,
} from './harness';

let keys: ServerKeys;
beforeAll(async () => {
  keys = await makeServerKeys();
});
afterEach(deleteAll);

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('submitApplication', () => {
  it('has WebCrypto available in the jsdom project', () => {
    expect(typeof testCrypto.subtle.encrypt).toBe('function');
  });

  it('writes one outbox record, its two attachments and one receipt', async () => {
    const db = freshDb();
    const result = await submitApplication(db, submitInput(keys));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.clientId).toMatch(UUID_V4);
    expect(isValidReference(result.reference)).toBe(true);
    expect(result.submittedAt).toBe('2026-11-24T03:15:00.000Z');

    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      clientId: result.clientId,
      reference: result.reference,
      procedureId: PROCEDURE.id,
      procedureCode: PROCEDURE.code,
      catalogVersion: PROCEDURE.catalogVersion,
      queuedAt: result.submittedAt,
      state: 'queued',
      frozen: false,
      attachmentIds: ['birth-certificate-1', 'parent-id-1'],
      attempts: 0,
    });
    expect(outbox[0]?.lastError).toBeUndefined();
    expect(await db.attachments.where('clientId').equals(result.clientId).count()).toBe(2);
    expect(await db.attachments.count()).toBe(2);
    expect(await db.receipts.count()).toBe(1);
  });

  it('stores an envelope that opens with the private key and yields the answers and attachments', async () => {
    const db = freshDb();
    const input = submitInput(keys);
    const result = await submitApplication(db, input);
    if (!result.ok) throw new Error(result.reason);
    const record = await db.outbox.get(result.clientId);
    const opened = await openApplication({
      crypto: testCrypto,
      privateKey: keys.privateKey,
      kid: KID,
      envelope: record?.envelope,
      clientId: result.clientId,
    });
    if (!opened.ok) throw new Error(opened.reason);
    expect(opened.payload).toEqual({
      procedureId: PROCEDURE.id,
      procedureCode: PROCEDURE.code,
      catalogVersion: PROCEDURE.catalogVersion,
      answers: input.answers,
      contact: { phone: PHONE },
      submittedAt: result.submittedAt,
    });
    for (const [index, original] of input.attachments.entries()) {
      const stored = await db.attachments.get([result.clientId, original.id]);
      expect(stored?.size).toBe(stored?.ct.length);
      const plain = await openAttachment({
        crypto: testCrypto,
        key: opened.key,
        clientId: result.clientId,
        attachmentId: original.id,
        // Copied into this realm: in jsdom, structured clones (and so fake-indexeddb reads) come back as
        // Node-realm typed arrays, which fail the schema's `instanceof Uint8Array`. A browser has one realm.
        blob: { iv: stored?.iv, ct: new Uint8Array(stored?.ct ?? []) },
      });
      if (!plain.ok) throw new Error(plain.reason);
      expect(Array.from(plain.bytes)).toEqual(Array.from(original.bytes));
      expect(opened.attachments[index]?.id).toBe(original.id);
    }
  });

  it('keeps nothing personal in plaintext in any table', async () => {
    const db = freshDb();
    const result = await submitApplication(db, submitInput(keys));
    expect(result.ok).toBe(true);
    const dump = await dumpDatabase(db);
    expect(dump.length).toBeGreaterThan(1000);
    for (const secret of [NAME, NAME.normalize('NFD'), 'Nguy', CCCD, PHONE, SECRET_BYTES, 'Trần Minh Khôi']) {
      expect(dump).not.toContain(secret);
    }
  });

  it('keeps only the allowed plaintext fields on the receipt', async () => {
    const db = freshDb();
    const result = await submitApplication(db, submitInput(keys));
    if (!result.ok) throw new Error(result.reason);
    const receipt = await db.receipts.get(result.reference);
    // Only allowed fields (the officer's reason arrives later, from the status feed).
    expect([...RECEIPT_FIELDS]).toEqual(expect.arrayContaining(Object.keys(receipt ?? {})));
    expect(receipt).toEqual({
      reference: result.reference,
      clientId: result.clientId,
      procedureId: PROCEDURE.id,
      procedureCode: PROCEDURE.code,
      catalogVersion: PROCEDURE.catalogVersion,
      submittedAt: result.submittedAt,
      status: 'queued',
    });
  });

  it('draws a new reference when the first one is already on a receipt', async () => {
    const A = [0, 1, 2, 3, 4, 5, 6, 7];
    const B = [8, 9, 10, 11, 12, 13, 14, 15];
    /** Returns the given byte blocks in turn, the last one forever. */
    const stream = (...blocks: number[][]) => {
      let calls = 0;
      const next = (n: number) => new Uint8Array(blocks[Math.min(calls++, blocks.length - 1)]!.slice(0, n));
      return Object.assign(next, { calls: () => calls });
    };
    const expectedFirst = generateReference(stream(A));
    const expectedSecond = generateReference(stream(B));
    expect(expectedFirst).not.toBe(expectedSecond);

    const db = freshDb();
    const first = await submitApplication(db, submitInput(keys, { randomBytes: stream(A) }));
    if (!first.ok) throw new Error(first.reason);
    expect(first.reference).toBe(expectedFirst);

    const colliding = stream(A, B);
    const second = await submitApplication(db, submitInput(keys, { randomBytes: colliding }));
    if (!second.ok) throw new Error(second.reason);
    expect(colliding.calls()).toBe(2);
    expect(second.reference).toBe(expectedSecond);
    expect(await db.receipts.count()).toBe(2);
    expect((await db.receipts.get(expectedFirst))?.clientId).toBe(first.clientId);
    expect((await db.receipts.get(expectedSecond))?.clientId).toBe(second.clientId);
  });

  it('refuses to seal with a bad key and writes nothing', async () => {
    const db = freshDb();
    const result = await submitApplication(db, submitInput(keys, { serverKey: { kid: KID, publicKey: { kty: 'EC' } } }));
    expect(result).toEqual({ ok: false, reason: 'seal-failed' });
    expect(await db.outbox.count()).toBe(0);
    expect(await db.attachments.count()).toBe(0);
    expect(await db.receipts.count()).toBe(0);
  });
});
