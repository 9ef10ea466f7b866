/** The hybrid envelope (RSA-OAEP-256 + AES-256-GCM) applications are sealed into at finalize. */
export { base64urlDecode, base64urlEncode } from './base64url';
export {
  ENVELOPE_ALG,
  ENVELOPE_VERSION,
  applicationEnvelopeSchema,
  attachmentManifestEntrySchema,
  encryptedBlobSchema,
  sealedPayloadSchema,
  type ApplicationEnvelope,
  type AttachmentManifestEntry,
  type EncryptedBlob,
  type SealedPayload,
} from './envelope-schema';
export { openApplication, openAttachment, type OpenApplicationResult, type OpenAttachmentResult, type OpenFailure } from './open';
export { sealApplication, type AttachmentInput, type SealedAttachment, type SealFailure, type SealInput, type SealResult } from './seal';
export { checkServerPublicKey, importServerPublicKey, type ServerKeyFailure, type ServerKeyResult } from './server-key';
export { sha256Hex } from './sha256';
export { platformCrypto, type CryptoKeyLike, type CryptoLike, type JsonWebKeyLike } from './webcrypto';
