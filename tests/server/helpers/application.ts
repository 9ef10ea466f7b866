/**
 * Builds sealed applications the way the kiosk does (src-renderer/storage/submit.ts): answers that pass
 * `validateForm` for a real procedure of assets/catalog, cleaned, sealed with `sealApplication` to the
 * server's current key from DeviceInfo, with encrypted attachments ready to upload.
 */
import { randomBytes, randomUUID, webcrypto } from 'node:crypto';
import { parseCatalog, type Procedure } from '../../../src-shared/catalog';
import { sealApplication, type CryptoLike } from '../../../src-shared/crypto';
import { validateForm } from '../../../src-shared/forms';
import type { DeviceInfo, SubmitApplicationRequest } from '../../../src-shared/protocol';
import { generateReference } from '../../../src-shared/reference';
import { indexFile, procedureFiles } from '../../unit/catalog/load-assets';
import { TODAY, VALID_ANSWERS } from '../../unit/forms/helpers';

export const testCrypto = webcrypto as unknown as CryptoLike;

export { VALID_ANSWERS };

export const CONTACT = { phone: '0912345678', email: '', consent: true };

let catalog: Procedure[] | undefined;
export function shippedProcedure(id: string): Procedure {
  if (!catalog) {
    const parsed = parseCatalog(indexFile(), procedureFiles());
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    catalog = parsed.catalog.procedures;
  }
  const found = catalog.find((p) => p.id === id);
  if (!found) throw new Error(`no procedure ${id}`);
  return found;
}

export interface TestAttachment {
  id: string;
  /** The ciphertext to upload. */
  ct: Uint8Array<ArrayBuffer>;
  sha256: string;
  size: number;
  /** The plaintext (to compare after decryption). */
  plain: Uint8Array<ArrayBuffer>;
}

export interface BuiltApplication {
  clientId: string;
  body: SubmitApplicationRequest;
  attachments: TestAttachment[];
}

export interface BuildOptions {
  procedureId?: string;
  /** Raw answers (default: the valid set of the procedure); cleaned with validateForm like the kiosk. */
  answers?: Record<string, unknown>;
  contact?: unknown;
  /** Attachments: a count of random JPEG-ish files of `attachmentBytes` each, or explicit ones. */
  attachments?: number | Array<{ id: string; bytes: Uint8Array<ArrayBuffer>; mimeType: string }>;
  attachmentBytes?: number;
  submittedAt?: string;
  clientId?: string;
  /** Change the sealed data after cleaning (to build inconsistent applications on purpose). */
  sealedOverrides?: Record<string, unknown>;
  /** Seal to this key instead of the device's current one. */
  intakeKey?: DeviceInfo['intakeKeys'][number];
}

function randomAttachment(i: number, size: number) {
  const bytes = new Uint8Array(randomBytes(size));
  bytes.set([0xff, 0xd8, 0xff], 0);
  return { id: `doc-${i + 1}`, bytes, mimeType: 'image/jpeg' };
}

export async function buildApplication(device: DeviceInfo, options: BuildOptions = {}): Promise<BuiltApplication> {
  const procedure = shippedProcedure(options.procedureId ?? 'marriage-registration');
  const submittedAt = options.submittedAt ?? TODAY.toISOString();
  const raw = options.answers ?? VALID_ANSWERS[procedure.id]!();
  const answers = validateForm(procedure.form, raw, { today: new Date(submittedAt) }).answers;
  const clientId = options.clientId ?? randomUUID();
  const inputs =
    typeof options.attachments === 'number' || options.attachments === undefined
      ? Array.from({ length: options.attachments ?? 0 }, (_, i) => randomAttachment(i, options.attachmentBytes ?? 2048))
      : options.attachments;
  const key = options.intakeKey ?? device.intakeKeys[0]!;
  const sealed = await sealApplication({
    crypto: testCrypto,
    serverPublicKey: key.publicKeyJwk,
    kid: key.kid,
    clientId,
    payload: {
      procedureId: procedure.id,
      procedureCode: procedure.code,
      catalogVersion: procedure.catalogVersion,
      answers: options.answers === undefined ? answers : raw,
      contact: options.contact ?? CONTACT,
      submittedAt,
      ...options.sealedOverrides,
    },
    attachments: inputs,
  });
  if (!sealed.ok) throw new Error(`seal failed: ${sealed.reason}`);
  const body: SubmitApplicationRequest = {
    reference: generateReference((n) => new Uint8Array(randomBytes(n))),
    procedureId: procedure.id,
    procedureCode: procedure.code,
    catalogVersion: procedure.catalogVersion,
    submittedAt,
    envelope: sealed.envelope,
    attachments: sealed.attachments.map((a) => ({ id: a.id, size: a.size, sha256: a.ciphertextSha256, iv: a.blob.iv })),
  };
  const attachments = sealed.attachments.map((a, i) => ({ id: a.id, ct: a.blob.ct, sha256: a.ciphertextSha256, size: a.size, plain: inputs[i]!.bytes }));
  return { clientId, body, attachments };
}
