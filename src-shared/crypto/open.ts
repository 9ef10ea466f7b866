/**
 * Opens a sealed application (server side, and tests): unwraps the content key with the server's
 * private key, decrypts and checks the payload, then each attachment under the same key.
 * Bad input never throws: every failure is `{ ok: false, reason }`.
 */
import { base64urlDecode } from './base64url';
import {
  applicationEnvelopeSchema,
  attachmentAad,
  encryptedBlobSchema,
  payloadAad,
  sealedPayloadSchema,
  type AttachmentManifestEntry,
} from './envelope-schema';
import { utf8Decode, utf8Encode, type CryptoKeyLike, type CryptoLike } from './webcrypto';

export type OpenFailure =
  | 'malformed-envelope'
  | 'unknown-kid'
  | 'unwrap-failed'
  | 'decrypt-failed'
  | 'malformed-payload'
  | 'client-id-mismatch'
  | 'malformed-blob';

export type OpenApplicationResult =
  | {
      ok: true;
      /** The caller's answers, as sealed. */
      payload: unknown;
      /** Each attachment's id, MIME type, plaintext size and plaintext SHA-256. */
      attachments: AttachmentManifestEntry[];
      /** The content key (non-extractable), for `openAttachment`. */
      key: CryptoKeyLike;
    }
  | { ok: false; reason: OpenFailure };

export type OpenAttachmentResult = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; reason: OpenFailure };

export interface OpenApplicationInput {
  crypto: CryptoLike;
  /** The server's RSA-OAEP (SHA-256) private key with the `unwrapKey` usage. */
  privateKey: CryptoKeyLike;
  /** The id of that private key; an envelope sealed for another kid is refused before any decryption. */
  kid: string;
  envelope: unknown;
  /** The client id the application arrived under (its idempotency key). */
  clientId: string;
}

export async function openApplication(input: OpenApplicationInput): Promise<OpenApplicationResult> {
  const { crypto, privateKey, kid, clientId } = input;
  const parsed = applicationEnvelopeSchema.safeParse(input.envelope);
  if (!parsed.success) return { ok: false, reason: 'malformed-envelope' };
  const envelope = parsed.data;
  if (envelope.kid !== kid) return { ok: false, reason: 'unknown-kid' };
  // The schema has checked these decode.
  const wrapped = base64urlDecode(envelope.wrappedKey)!;
  const iv = base64urlDecode(envelope.payload.iv)!;
  const ct = base64urlDecode(envelope.payload.ct)!;

  let key: CryptoKeyLike;
  try {
    key = await crypto.subtle.unwrapKey('raw', wrapped, privateKey, { name: 'RSA-OAEP' }, { name: 'AES-GCM', length: 256 }, false, [
      'decrypt',
    ]);
  } catch {
    return { ok: false, reason: 'unwrap-failed' };
  }
  // Raw AES import takes its length from the data: a 128- or 192-bit key is not this format.
  if ((key.algorithm as { length?: unknown }).length !== 256) return { ok: false, reason: 'unwrap-failed' };

  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: utf8Encode(payloadAad(envelope.kid, String(clientId))) },
      key,
      ct,
    );
  } catch {
    return { ok: false, reason: 'decrypt-failed' };
  }

  const text = utf8Decode(new Uint8Array(plain));
  if (text === null) return { ok: false, reason: 'malformed-payload' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'malformed-payload' };
  }
  const sealed = sealedPayloadSchema.safeParse(json);
  if (!sealed.success) return { ok: false, reason: 'malformed-payload' };
  if (sealed.data.clientId !== clientId) return { ok: false, reason: 'client-id-mismatch' };
  return { ok: true, payload: sealed.data.data, attachments: sealed.data.attachments, key };
}

export interface OpenAttachmentInput {
  crypto: CryptoLike;
  /** The content key from `openApplication`. */
  key: CryptoKeyLike;
  clientId: string;
  attachmentId: string;
  blob: unknown;
}

export async function openAttachment(input: OpenAttachmentInput): Promise<OpenAttachmentResult> {
  const { crypto, key, clientId, attachmentId } = input;
  const parsed = encryptedBlobSchema.safeParse(input.blob);
  if (!parsed.success) return { ok: false, reason: 'malformed-blob' };
  const iv = base64urlDecode(parsed.data.iv)!;
  // A fresh copy: the caller's bytes may be a view on a larger or shared buffer.
  const ct = new Uint8Array(parsed.data.ct);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: utf8Encode(attachmentAad(String(clientId), String(attachmentId))) },
      key,
      ct,
    );
    return { ok: true, bytes: new Uint8Array(plain) };
  } catch {
    return { ok: false, reason: 'decrypt-failed' };
  }
}
