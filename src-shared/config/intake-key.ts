import { z } from 'zod';

/** Members only a private RSA JWK has: such a key must never be on a kiosk. */
const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'] as const;
const base64url = z.string().min(1).max(1024).regex(/^[A-Za-z0-9_-]+$/);

/**
 * The intake server's public key for wrapping each application's content key (RSA-OAEP-256). Checked
 * again when imported (`importServerPublicKey`: size, exponent); here only its shape, and a private key
 * is refused outright so the field is dropped and ward IT sees why.
 */
export const PublicRsaJwkSchema = z
  .looseObject({
    kty: z.literal('RSA'),
    alg: z.literal('RSA-OAEP-256'),
    n: base64url,
    e: base64url,
    use: z.literal('enc').optional(),
    key_ops: z.array(z.string().max(20)).max(8).optional(),
    ext: z.boolean().optional(),
  })
  .superRefine((jwk, ctx) => {
    if (PRIVATE_JWK_MEMBERS.some((name) => name in jwk)) {
      ctx.addIssue({ code: 'custom', message: 'private key must never be on a kiosk' });
    }
  })
  .transform(({ kty, alg, n, e, use, key_ops, ext }) => ({
    kty,
    alg,
    n,
    e,
    ...(use !== undefined && { use }),
    ...(key_ops !== undefined && { key_ops }),
    ...(ext !== undefined && { ext }),
  }));

export const IntakeKeySchema = z.strictObject({
  /** Key id written into every envelope, so the server can rotate keys. */
  kid: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/),
  publicKeyJwk: PublicRsaJwkSchema,
});
export type IntakeKey = z.infer<typeof IntakeKeySchema>;
