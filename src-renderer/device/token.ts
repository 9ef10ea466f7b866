/**
 * The kiosk's short-lived request tokens (contract item 8): a JWT signed with the device's
 * non-extractable ECDSA P-256 key (ES256), header `kid` = kiosk id, `iss` = `sub` = kiosk id, `aud` the
 * intake service, `iat` now, `exp` two minutes later, a random `jti` so the server can refuse replays.
 * A fresh one for every request.
 */
import { SignJWT } from 'jose';
import { TOKEN_AUDIENCE, TOKEN_LIFETIME_SECONDS } from '../../src-shared/protocol';
import { toHex } from '../../src-shared/crypto/sha256';
import type { DeviceRecord } from '../storage/db';

function randomJti(): string {
  return toHex(globalThis.crypto.getRandomValues(new Uint8Array(16)));
}

export async function signToken(device: Pick<DeviceRecord, 'kioskId' | 'keyPair'>, now: Date): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'ES256', typ: 'JWT', kid: device.kioskId })
    .setIssuer(device.kioskId)
    .setSubject(device.kioskId)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + TOKEN_LIFETIME_SECONDS)
    .setJti(randomJti())
    .sign(device.keyPair.privateKey);
}

/** `Authorization` header value. */
export async function bearer(device: Pick<DeviceRecord, 'kioskId' | 'keyPair'>, now: Date): Promise<string> {
  return `Bearer ${await signToken(device, now)}`;
}
