/**
 * Submit (offline-first contract items 1, 2, 7): seal the application, then write the outbox record,
 * every encrypted attachment and the plaintext receipt in ONE read-write transaction (strict durability,
 * see db.ts). Either all of it is stored or none of it; only after the promise resolves `ok` may the
 * confirmation be shown. The answers and attachment bytes never reach IndexedDB in plaintext.
 */
import { Dexie } from 'dexie';
import { sealApplication, type CryptoLike, type JsonWebKeyLike, type CryptoKeyLike } from '../../src-shared/crypto';
import { generateReference } from '../../src-shared/reference';
import type { KioskDb, OutboxRecord, ReceiptRecord, StoredAttachment } from './db';

/** WebCrypto plus `randomUUID` (the kiosk's `globalThis.crypto`). */
export type SubmitCrypto = CryptoLike & { randomUUID(): string };

export interface SubmitProcedure {
  id: string;
  code: string;
  catalogVersion: string;
}

export interface SubmitAttachment {
  id: string;
  bytes: Uint8Array<ArrayBuffer>;
  mimeType: string;
}

export interface SubmitInput {
  procedure: SubmitProcedure;
  /** Answers already validated and cleaned by `validateForm`. */
  answers: unknown;
  attachments: readonly SubmitAttachment[];
  /** Where the result notice goes (phone and/or email); sealed with the answers. */
  contact?: unknown;
  serverKey: { kid: string; publicKey: JsonWebKeyLike | CryptoKeyLike };
  now: Date;
  /** n uniformly random bytes, for the reference. */
  randomBytes: (n: number) => Uint8Array;
  crypto: SubmitCrypto;
}

export type SubmitFailure = 'seal-failed' | 'storage-full' | 'storage-failed';

export type SubmitResult =
  | { ok: true; reference: string; clientId: string; submittedAt: string }
  | { ok: false; reason: SubmitFailure };

/** True when the error, or an error it wraps (Dexie `inner`, `cause`), is a quota error. */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const named = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (named.name === 'QuotaExceededError' || named.name === Dexie.errnames.QuotaExceeded) return true;
    current = named.inner ?? named.cause;
  }
  return false;
}

export async function submitApplication(db: KioskDb, input: SubmitInput): Promise<SubmitResult> {
  const { procedure, now } = input;
  const submittedAt = now.toISOString();
  const clientId = input.crypto.randomUUID();

  let sealed: Awaited<ReturnType<typeof sealApplication>>;
  try {
    sealed = await sealApplication({
      crypto: input.crypto,
      serverPublicKey: input.serverKey.publicKey,
      kid: input.serverKey.kid,
      clientId,
      payload: {
        procedureId: procedure.id,
        procedureCode: procedure.code,
        catalogVersion: procedure.catalogVersion,
        answers: input.answers,
        contact: input.contact,
        submittedAt,
      },
      attachments: input.attachments,
    });
  } catch {
    return { ok: false, reason: 'seal-failed' };
  }
  if (!sealed.ok) return { ok: false, reason: 'seal-failed' };

  const attachments: StoredAttachment[] = sealed.attachments.map((a) => ({
    clientId,
    attachmentId: a.id,
    iv: a.blob.iv,
    ct: a.blob.ct,
    ciphertextSha256: a.ciphertextSha256,
    size: a.size,
  }));

  try {
    const reference = await db.transaction('rw', db.outbox, db.attachments, db.receipts, async () => {
      // Drawn inside the transaction so that two submits can never both take the same free reference.
      let candidate = generateReference(input.randomBytes);
      while ((await db.receipts.get(candidate)) !== undefined) candidate = generateReference(input.randomBytes);

      const record: OutboxRecord = {
        clientId,
        reference: candidate,
        procedureId: procedure.id,
        procedureCode: procedure.code,
        catalogVersion: procedure.catalogVersion,
        queuedAt: submittedAt,
        state: 'queued',
        frozen: false,
        envelope: sealed.envelope,
        attachmentIds: attachments.map((a) => a.attachmentId),
        attempts: 0,
      };
      const receipt: ReceiptRecord = {
        reference: candidate,
        clientId,
        procedureId: procedure.id,
        procedureCode: procedure.code,
        catalogVersion: procedure.catalogVersion,
        submittedAt,
        status: 'queued',
      };
      await db.outbox.add(record);
      if (attachments.length > 0) await db.attachments.bulkAdd(attachments);
      await db.receipts.add(receipt);
      return candidate;
    });
    return { ok: true, reference, clientId, submittedAt };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'storage-full' : 'storage-failed' };
  }
}
