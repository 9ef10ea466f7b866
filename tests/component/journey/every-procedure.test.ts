import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openApplication } from '../../../src-shared/crypto';
import { isShown } from '../../../src-shared/forms';
import { fileApplication, forgetSubmission } from '../../../src-renderer/journey/file-application';
import { loadShippedCatalog } from '../../../src-renderer/journey/catalog';
import type { CapturedPage } from '../../../src-renderer/documents/types';
import { VALID_ANSWERS as ANSWERS } from '../../unit/forms/helpers';
import { deleteAll, freshDb, KID, makeServerKeys, testCrypto, utf8, type ServerKeys } from '../storage/harness';


let keys: ServerKeys;
beforeAll(async () => {
  keys = await makeServerKeys();
});
afterEach(async () => {
  forgetSubmission();
  await deleteAll();
});

describe('every procedure of the shipped catalog can be filed', () => {
  const loaded = loadShippedCatalog();
  it('loads the seven procedures of the catalog', () => {
    expect(loaded.ok && loaded.catalog.procedures.map((p) => p.id).sort()).toEqual(Object.keys(ANSWERS).sort());
  });

  for (const id of Object.keys(ANSWERS)) {
    it(`files ${id} with a photo of each document it asks for`, async () => {
      if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
      const procedure = loaded.catalog.procedures.find((p) => p.id === id)!;
      const answers = ANSWERS[id]!();
      const documents: Record<string, CapturedPage[]> = {};
      for (const slot of procedure.attach) {
        if (!isShown(slot, answers)) continue;
        documents[slot.id] = [{ id: `${slot.id}-1`, bytes: utf8('\u00ff\u00d8\u00ffphoto'), mimeType: 'image/jpeg', source: 'camera' }];
      }
      const db = freshDb();
      const result = await fileApplication({
        db,
        procedure,
        answers: answers as never,
        documents,
        contact: { phone: '', email: 'dan@example.vn', consent: true },
        intakeKey: { kid: KID, publicKeyJwk: keys.publicJwk as never },
        sessionToken: `token-${id}`,
        now: new Date('2026-06-15T03:00:00Z'),
        crypto: testCrypto,
      });
      expect(result).toMatchObject({ ok: true });
      const [record] = await db.outbox.toArray();
      expect(record?.procedureCode).toBe(procedure.code);
      const opened = await openApplication({ crypto: testCrypto, privateKey: keys.privateKey, kid: KID, clientId: record!.clientId, envelope: record!.envelope });
      expect(opened.ok).toBe(true);
    });
  }
});
