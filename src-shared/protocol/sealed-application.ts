import { z } from 'zod';

/**
 * What the kiosk seals as the envelope's `data` (src-renderer/storage/submit.ts): the routing fields again
 * (so the server can check the plaintext ones were not changed), the cleaned answers, the contact and the
 * submit time. The server opens the envelope, parses this and validates `answers` with the same form
 * rules as the kiosk.
 */
export const sealedApplicationDataSchema = z.object({
  procedureId: z.string().max(64),
  procedureCode: z.string().max(40),
  catalogVersion: z.string().max(40),
  answers: z.unknown(),
  contact: z.unknown(),
  submittedAt: z.string().max(40),
});
export type SealedApplicationData = z.infer<typeof sealedApplicationDataSchema>;

/**
 * The claims of a kiosk token (JWT, ES256, protected header `{ alg: 'ES256', kid: <kioskId> }`), sent as
 * `Authorization: Bearer <jwt>`. `iss` and `sub` are the kiosk id, `aud` is TOKEN_AUDIENCE, `exp − iat` at
 * most TOKEN_MAX_LIFETIME_SECONDS, and every `jti` is accepted once (a fresh token for every request).
 */
export const kioskTokenClaimsSchema = z.object({
  iss: z.string(),
  sub: z.string(),
  aud: z.union([z.string(), z.array(z.string())]),
  iat: z.number().int(),
  exp: z.number().int(),
  jti: z.string().min(8).max(128),
});
export type KioskTokenClaims = z.infer<typeof kioskTokenClaimsSchema>;
