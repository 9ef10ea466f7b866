/**
 * The hybrid envelope an application is sealed into at finalize (design.md, offline-first contract
 * item 7; the ODK Collect "encrypt at finalize" pattern). The kiosk can seal, never open.
 *
 * ## Format, version 1
 *
 * One fresh random AES-256-GCM key K per application ("content key"). K encrypts the payload and every
 * attachment, each under its own random 96-bit IV (never two equal IVs under one K). K is wrapped with
 * the intake server's RSA-OAEP public key (SHA-256, MGF1-SHA-256, modulus 2048–4096 bits, e = 65537).
 *
 *     ApplicationEnvelope (JSON; binary as unpadded base64url):
 *     {
 *       "v": 1,
 *       "alg": "RSA-OAEP-256+A256GCM",
 *       "kid": "<server key id, for rotation>",
 *       "wrappedKey": "<RSA-OAEP-256(K), 256–512 bytes>",
 *       "payload": { "iv": "<12 bytes>", "ct": "<AES-GCM ciphertext || 16-byte tag>" }
 *     }
 *
 *     EncryptedBlob (one per attachment, under the same K; kept binary for IndexedDB and upload):
 *     { "iv": "<12 bytes, base64url>", "ct": Uint8Array (ciphertext || 16-byte tag) }
 *
 * Additional authenticated data (UTF-8 of a JSON array, so the parts cannot run into each other):
 *   - payload:    ["motcua-envelope/1", "payload", alg, kid, clientId]
 *   - attachment: ["motcua-envelope/1", "attachment", clientId, attachmentId]
 * so a ciphertext cannot be moved to another application, another attachment slot, between payload and
 * attachment, or be relabelled with another key id.
 *
 * The payload plaintext is the UTF-8 JSON of `SealedPayload` below: the caller's answers plus a manifest
 * of the attachments with the SHA-256 of their PLAINTEXT (only ever inside the encryption). Outside, the
 * outbox keeps the SHA-256 of each attachment's CIPHERTEXT, which is what the server checks on upload.
 */
import { z } from 'zod';
import { base64urlDecode, BASE64URL_PATTERN } from './base64url';
import { SHA256_HEX_PATTERN } from './sha256';

export const ENVELOPE_VERSION = 1;
export const ENVELOPE_ALG = 'RSA-OAEP-256+A256GCM';
export const AAD_CONTEXT = 'motcua-envelope/1';
export const IV_BYTES = 12;
export const GCM_TAG_BYTES = 16;

/** Largest sealed payload ciphertext (answers are a few KB; this only bounds hostile input). */
export const MAX_PAYLOAD_CT_BYTES = 1024 * 1024;
/** Largest attachment ciphertext (the form limits files far below this). */
export const MAX_ATTACHMENT_CT_BYTES = 32 * 1024 * 1024 + GCM_TAG_BYTES;

/** Server key ids: short, printable, safe in a URL and a log line. */
export const kidSchema = z.string().regex(/^[A-Za-z0-9._:-]{1,64}$/, 'must be 1–64 characters A–Z a–z 0–9 . _ : -');
/** Application client ids (the idempotency key): a UUID, lower-case hex. */
export const clientIdSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'must be a lower-case UUID');
/** Attachment ids: unique within an application. */
export const attachmentIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 characters A–Z a–z 0–9 _ -');

/** base64url text that decodes to between `min` and `max` bytes. */
export function base64urlBytes(min: number, max: number) {
  const maxChars = Math.ceil((max * 4) / 3);
  return z
    .string()
    .max(maxChars)
    .regex(BASE64URL_PATTERN, 'must be base64url')
    .refine((text) => {
      const bytes = base64urlDecode(text);
      return bytes !== null && bytes.length >= min && bytes.length <= max;
    }, `must be canonical base64url of ${min === max ? `${min}` : `${min}–${max}`} bytes`);
}

const ivSchema = base64urlBytes(IV_BYTES, IV_BYTES);

export const applicationEnvelopeSchema = z.strictObject({
  v: z.literal(ENVELOPE_VERSION),
  alg: z.literal(ENVELOPE_ALG),
  kid: kidSchema,
  wrappedKey: base64urlBytes(256, 512),
  payload: z.strictObject({
    iv: ivSchema,
    ct: base64urlBytes(GCM_TAG_BYTES, MAX_PAYLOAD_CT_BYTES),
  }),
});
export type ApplicationEnvelope = z.infer<typeof applicationEnvelopeSchema>;

export const encryptedBlobSchema = z.strictObject({
  iv: ivSchema,
  ct: z
    .instanceof(Uint8Array)
    .refine((ct) => ct.length >= GCM_TAG_BYTES && ct.length <= MAX_ATTACHMENT_CT_BYTES, 'must hold a ciphertext and its tag'),
});
export interface EncryptedBlob {
  iv: string;
  ct: Uint8Array<ArrayBuffer>;
}

/** One attachment as described inside the encrypted payload. */
export const attachmentManifestEntrySchema = z.strictObject({
  id: attachmentIdSchema,
  mimeType: z.string().regex(/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/).max(100),
  size: z.number().int().min(0),
  /** SHA-256 of the PLAINTEXT, hex. Never stored outside the encryption. */
  sha256: z.string().regex(SHA256_HEX_PATTERN),
});
export type AttachmentManifestEntry = z.infer<typeof attachmentManifestEntrySchema>;

/** The plaintext inside `payload.ct`. */
export const sealedPayloadSchema = z.strictObject({
  v: z.literal(ENVELOPE_VERSION),
  clientId: clientIdSchema,
  data: z.unknown(),
  attachments: z.array(attachmentManifestEntrySchema).max(200),
});
export type SealedPayload = z.infer<typeof sealedPayloadSchema>;

/** The AAD strings (see the format above). */
export function payloadAad(kid: string, clientId: string): string {
  return JSON.stringify([AAD_CONTEXT, 'payload', ENVELOPE_ALG, kid, clientId]);
}
export function attachmentAad(clientId: string, attachmentId: string): string {
  return JSON.stringify([AAD_CONTEXT, 'attachment', clientId, attachmentId]);
}
