/**
 * Kiosk tokens: a JWT (ES256) per request, signed with the kiosk's device key, header `kid` = kiosk id.
 * Checked: signature with the kiosk's stored public key, `aud`, `iss` = `sub` = kiosk id, `iat`, `exp`,
 * `jti`, a lifetime of at most TOKEN_MAX_LIFETIME_SECONDS, clock skew TOKEN_CLOCK_SKEW_SECONDS, each jti
 * once, and the kiosk not revoked — read from the store on every request (no cache), so a revoke from the
 * CLI locks a kiosk out at once. Any failure is a 401.
 */
import { decodeProtectedHeader, importJWK, jwtVerify, type CryptoKey as JoseKey } from 'jose';
import {
  kioskIdSchema,
  kioskTokenClaimsSchema,
  TOKEN_AUDIENCE,
  TOKEN_CLOCK_SKEW_SECONDS,
  TOKEN_MAX_LIFETIME_SECONDS,
} from '../../src-shared/protocol';
import { HttpError } from '../errors';
import type { IntakeStore, KioskRow } from '../storage/store';

export interface KioskAuth {
  kiosk: KioskRow;
}

const unauthorized = (message: string) => new HttpError(401, 'unauthorized', message);

export function createTokenVerifier(store: IntakeStore, now: () => Date = () => new Date()) {
  // Imported public keys only (the revocation flag is read from the store on every request).
  const keys = new Map<string, { jwk: string; key: JoseKey | Uint8Array }>();

  async function keyFor(kiosk: KioskRow) {
    const cached = keys.get(kiosk.kioskId);
    if (cached && cached.jwk === kiosk.publicJwk) return cached.key;
    const key = await importJWK(JSON.parse(kiosk.publicJwk) as Record<string, string>, 'ES256');
    keys.set(kiosk.kioskId, { jwk: kiosk.publicJwk, key });
    return key;
  }

  return async function verify(authorization: string | undefined): Promise<KioskAuth> {
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(authorization ?? '');
    if (!match) throw unauthorized('a kiosk token is needed: Authorization: Bearer <jwt>');
    const token = match[1]!;
    let kid: unknown;
    try {
      const header = decodeProtectedHeader(token);
      if (header.alg !== 'ES256') throw unauthorized('the token must be signed with ES256');
      kid = header.kid;
    } catch (error) {
      throw error instanceof HttpError ? error : unauthorized('the token cannot be read');
    }
    if (!kioskIdSchema.safeParse(kid).success) throw unauthorized('the token header needs the kiosk id as kid');
    const kiosk = store.getKiosk(kid as string);
    if (kiosk === undefined) throw unauthorized('no kiosk is enrolled under this id');

    const current = now();
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, await keyFor(kiosk), {
        algorithms: ['ES256'],
        audience: TOKEN_AUDIENCE,
        issuer: kiosk.kioskId,
        subject: kiosk.kioskId,
        clockTolerance: TOKEN_CLOCK_SKEW_SECONDS,
        requiredClaims: ['iat', 'exp', 'jti'],
        currentDate: current,
      }));
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ERR_JWT_EXPIRED') throw unauthorized('the token has expired');
      if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') throw unauthorized('the token signature does not match this kiosk');
      throw unauthorized(`the token was refused (${code ?? 'invalid'})`);
    }
    const claims = kioskTokenClaimsSchema.safeParse(payload);
    if (!claims.success) throw unauthorized('the token claims have the wrong shape');
    const { iat, exp, jti } = claims.data;
    const nowSeconds = Math.floor(current.getTime() / 1000);
    if (exp - iat > TOKEN_MAX_LIFETIME_SECONDS) throw unauthorized(`the token may live at most ${TOKEN_MAX_LIFETIME_SECONDS} s`);
    if (iat > nowSeconds + TOKEN_CLOCK_SKEW_SECONDS) throw unauthorized('the token was issued in the future: check the kiosk clock');
    if (kiosk.revokedAt !== null) throw new HttpError(401, 'kiosk-revoked', 'this kiosk has been revoked; enroll it again');
    if (!store.useTokenId(kiosk.kioskId, jti, exp + TOKEN_CLOCK_SKEW_SECONDS)) throw unauthorized('the token was already used (replay)');
    return { kiosk };
  };
}

export type TokenVerifier = ReturnType<typeof createTokenVerifier>;
