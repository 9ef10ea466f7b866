import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openApplication, openAttachment } from '../../../src-shared/crypto';
import { procedureSchema, type Procedure } from '../../../src-shared/catalog';
import { fileApplication, forgetSubmission } from '../../../src-renderer/journey/file-application';
import type { CapturedPage } from '../../../src-renderer/documents/types';
import { readJson } from '../../unit/catalog/load-assets';
import { birthAnswers } from '../../unit/forms/helpers';
import { deleteAll, dumpDatabase, freshDb, KID, makeServerKeys, testCrypto, utf8, type ServerKeys } from '../storage/harness';

const birth: Procedure = procedureSchema.parse(readJson('birth-registration.json'));
const NOW = new Date('2026-06-15T03:00:00Z');

function photo(id: string, secret: string): CapturedPage {
  return { id, bytes: utf8(`\u00ff\u00d8\u00ff${secret}`), mimeType: 'image/jpeg', source: 'file' };
}

let keys: ServerKeys;
beforeAll(async () => {
  keys = await makeServerKeys();
});
afterEach(async () => {
  forgetSubmission();
  await deleteAll();
});

function input(overrides: Partial<Parameters<typeof fileApplication>[0]> = {}) {
  return {
    db: freshDb(),
    procedure: birth,
    answers: birthAnswers() as never,
    documents: { birthCertificate: [photo('birthCertificate-1', 'page-one-secret'), photo('birthCertificate-2', 'page-two-secret')] },
    contact: { phone: '0912 345 678', email: '', consent: true },
    intakeKey: { kid: KID, publicKeyJwk: keys.publicJwk as never },
    sessionToken: 'session-1',
    now: NOW,
    crypto: testCrypto,
    ...overrides,
  };
}

describe('filing an application (Gửi hồ sơ)', () => {
  it('queues one sealed application with its two photos, which only the private key opens', async () => {
    const args = input();
    const result = await fileApplication(args);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [record] = await args.db.outbox.toArray();
    expect(record?.reference).toBe(result.reference);
    expect(record?.attachmentIds).toEqual(['birthCertificate-1', 'birthCertificate-2']);
    const dump = await dumpDatabase(args.db);
    for (const secret of ['Phạm Thị Lan', '001195012345', '0912345678', 'page-one-secret']) expect(dump).not.toContain(secret);

    const opened = await openApplication({ crypto: testCrypto, privateKey: keys.privateKey, kid: KID, clientId: record!.clientId, envelope: record!.envelope });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.payload).toMatchObject({
      procedureId: 'birth-registration',
      answers: { requesterName: 'Phạm Thị Lan', childBirthDate: '2026-06-01', hasFather: false },
      contact: { phone: '0912345678', consent: true },
    });
    const stored = await args.db.attachments.get([record!.clientId, 'birthCertificate-2']);
    const bytes = await openAttachment({
      crypto: testCrypto,
      key: opened.key,
      clientId: record!.clientId,
      attachmentId: 'birthCertificate-2',
      blob: { iv: stored?.iv, ct: new Uint8Array(stored?.ct ?? []) },
    });
    expect(bytes.ok && new TextDecoder().decode(bytes.bytes)).toContain('page-two-secret');
  });

  it('makes one application from a double tap on "Gửi hồ sơ"', async () => {
    const args = input();
    const [a, b] = await Promise.all([fileApplication(args), fileApplication(args)]);
    expect(a).toEqual(b);
    expect(await args.db.outbox.count()).toBe(1);
    const again = await fileApplication(args);
    expect(again).toEqual(a);
    expect(await args.db.outbox.count()).toBe(1);
  });

  it('stores nothing and names the page to fix when an answer is missing or wrong', async () => {
    const args = input({ answers: { ...birthAnswers(), requesterId: '12345' } as never });
    expect(await fileApplication(args)).toEqual({ ok: false, reason: 'incomplete', pageId: 'requester' });
    const emoji = input({ answers: { ...birthAnswers(), childName: 'Bé 😀 <b>Na</b>' } as never });
    expect(await fileApplication(emoji)).toEqual({ ok: false, reason: 'incomplete', pageId: 'child' });
    expect(await args.db.outbox.count()).toBe(0);
    expect(await emoji.db.outbox.count()).toBe(0);
  });

  it('stores nothing when a required document or the contact is missing', async () => {
    const noPhoto = input({ documents: {} });
    expect(await fileApplication(noPhoto)).toMatchObject({ ok: false, reason: 'incomplete' });
    const noContact = input({ contact: { phone: '', email: '', consent: true } });
    expect(await fileApplication(noContact)).toMatchObject({ ok: false, reason: 'incomplete' });
    expect(await noPhoto.db.outbox.count()).toBe(0);
  });

  it('says the kiosk is not set up, and stores nothing, when there is no intake key', async () => {
    const args = input({ intakeKey: undefined });
    expect(await fileApplication(args)).toEqual({ ok: false, reason: 'not-configured' });
    expect(await args.db.outbox.count()).toBe(0);
  });

  it('leaves photos of documents the answers no longer ask for out of the application', async () => {
    const args = input({
      documents: {
        birthCertificate: [photo('birthCertificate-1', 'kept')],
        birthWitness: [photo('birthWitness-1', 'dropped')],
      },
    });
    const result = await fileApplication(args);
    expect(result.ok).toBe(true);
    const [record] = await args.db.outbox.toArray();
    expect(record?.attachmentIds).toEqual(['birthCertificate-1']);
  });
});
