/**
 * Seals one application at finalize: a fresh AES-256-GCM content key encrypts the payload and every
 * attachment, then is wrapped with the server's public key and forgotten. Needs only the public key.
 * Format: envelope-schema.ts.
 */
import { base64urlEncode } from './base64url';
import {
  attachmentAad,
  attachmentIdSchema,
  clientIdSchema,
  ENVELOPE_ALG,
  ENVELOPE_VERSION,
  IV_BYTES,
  kidSchema,
  payloadAad,
  type ApplicationEnvelope,
  type AttachmentManifestEntry,
  type EncryptedBlob,
  type SealedPayload,
} from './envelope-schema';
import { checkServerPublicKey, importServerPublicKey, type ServerKeyFailure } from './server-key';
import { sha256Hex } from './sha256';
import { utf8Encode, type CryptoKeyLike, type CryptoLike, type JsonWebKeyLike } from './webcrypto';

export interface AttachmentInput {
  /** Unique within the application (e.g. `slot-page`), 1–64 of A–Z a–z 0–9 _ -. */
  id: string;
  bytes: Uint8Array<ArrayBuffer>;
  mimeType: string;
}

export interface SealInput {
  crypto: CryptoLike;
  /** The intake server's public key: its JWK, or a CryptoKey from `importServerPublicKey`. */
  serverPublicKey: JsonWebKeyLike | CryptoKeyLike;
  /** The server key id (goes into the envelope and the AAD). */
  kid: string;
  /** The application's client id (UUID, the idempotency key). */
  clientId: string;
  /** The answers; JSON-serialisable. NFC normalisation is the caller's job. */
  payload: unknown;
  attachments: readonly AttachmentInput[];
}

export interface SealedAttachment {
  id: string;
  blob: EncryptedBlob;
  /** SHA-256 (hex) of `blob.ct`: what the server checks on upload. */
  ciphertextSha256: string;
  /** Bytes of `blob.ct` (plaintext + 16-byte tag). */
  size: number;
}

export type SealFailure =
  | ServerKeyFailure
  | 'bad-kid'
  | 'bad-client-id'
  | 'bad-attachment-id'
  | 'duplicate-attachment-id'
  | 'bad-mime-type'
  | 'payload-not-json'
  | 'encryption-failed';

export type SealResult =
  | { ok: true; envelope: ApplicationEnvelope; attachments: SealedAttachment[] }
  | { ok: false; reason: SealFailure };

const MIME_PATTERN = /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/;

function isCryptoKey(key: object): key is CryptoKeyLike {
  return 'type' in key && 'algorithm' in key && 'usages' in key;
}

function toJson(value: unknown): string | null {
  try {
    const text = JSON.stringify(value);
    return typeof text === 'string' ? text : null;
  } catch {
    return null;
  }
}

/** Random IVs, each different from every IV already drawn for this content key. */
function ivSource(crypto: CryptoLike): () => Uint8Array<ArrayBuffer> {
  const seen = new Set<string>();
  return () => {
    for (;;) {
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const text = base64urlEncode(iv);
      if (!seen.has(text)) {
        seen.add(text);
        return iv;
      }
    }
  };
}

export async function sealApplication(input: SealInput): Promise<SealResult> {
  const { crypto, kid, clientId, payload, attachments } = input;
  if (!kidSchema.safeParse(kid).success) return { ok: false, reason: 'bad-kid' };
  if (!clientIdSchema.safeParse(clientId).success) return { ok: false, reason: 'bad-client-id' };
  const ids = new Set<string>();
  for (const attachment of attachments) {
    if (!attachmentIdSchema.safeParse(attachment.id).success) return { ok: false, reason: 'bad-attachment-id' };
    if (ids.has(attachment.id)) return { ok: false, reason: 'duplicate-attachment-id' };
    ids.add(attachment.id);
    if (typeof attachment.mimeType !== 'string' || attachment.mimeType.length > 100 || !MIME_PATTERN.test(attachment.mimeType)) {
      return { ok: false, reason: 'bad-mime-type' };
    }
  }

  const serverKey =
    typeof input.serverPublicKey === 'object' && input.serverPublicKey !== null && isCryptoKey(input.serverPublicKey)
      ? checkServerPublicKey(input.serverPublicKey)
      : await importServerPublicKey(crypto, input.serverPublicKey);
  if (!serverKey.ok) return serverKey;

  try {
    const manifest: AttachmentManifestEntry[] = [];
    for (const attachment of attachments) {
      manifest.push({
        id: attachment.id,
        mimeType: attachment.mimeType,
        size: attachment.bytes.length,
        sha256: await sha256Hex(crypto, attachment.bytes),
      });
    }
    const sealed: SealedPayload = { v: ENVELOPE_VERSION, clientId, data: payload, attachments: manifest };
    const json = toJson(sealed);
    if (json === null || payload === undefined) return { ok: false, reason: 'payload-not-json' };

    // Extractable only so that wrapKey can put it inside the RSA-OAEP wrapping; never exported raw, and
    // this local is its only reference: once the call returns, only the server's private key recovers it.
    const contentKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
    const nextIv = ivSource(crypto);

    const payloadIv = nextIv();
    const payloadCt = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: payloadIv, additionalData: utf8Encode(payloadAad(kid, clientId)) },
      contentKey,
      utf8Encode(json),
    );

    const sealedAttachments: SealedAttachment[] = [];
    for (const attachment of attachments) {
      const iv = nextIv();
      const ct = new Uint8Array(
        await crypto.subtle.encrypt(
          { name: 'AES-GCM', iv, additionalData: utf8Encode(attachmentAad(clientId, attachment.id)) },
          contentKey,
          attachment.bytes,
        ),
      );
      sealedAttachments.push({
        id: attachment.id,
        blob: { iv: base64urlEncode(iv), ct },
        ciphertextSha256: await sha256Hex(crypto, ct),
        size: ct.length,
      });
    }

    const wrappedKey = await crypto.subtle.wrapKey('raw', contentKey, serverKey.key, { name: 'RSA-OAEP' });

    const envelope: ApplicationEnvelope = {
      v: ENVELOPE_VERSION,
      alg: ENVELOPE_ALG,
      kid,
      wrappedKey: base64urlEncode(new Uint8Array(wrappedKey)),
      payload: { iv: base64urlEncode(payloadIv), ct: base64urlEncode(new Uint8Array(payloadCt)) },
    };
    return { ok: true, envelope, attachments: sealedAttachments };
  } catch {
    return { ok: false, reason: 'encryption-failed' };
  }
}
