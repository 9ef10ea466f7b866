/**
 * The intake server's public key, as the kiosk receives it (configuration now, enrollment later):
 * a JWK `{ kty: 'RSA', alg: 'RSA-OAEP-256', n, e }`. Checked before use: RSA-OAEP with SHA-256 only,
 * modulus 2048–4096 bits, e = 65537, and never a private key (a JWK with `d`, `p`, `q`… is refused,
 * so a misconfigured kiosk cannot end up holding the key that opens the queue).
 */
import { base64urlDecode } from './base64url';
import type { CryptoKeyLike, CryptoLike, JsonWebKeyLike, RsaHashedKeyAlgorithmLike } from './webcrypto';

export const MIN_RSA_BITS = 2048;
export const MAX_RSA_BITS = 4096;

export type ServerKeyFailure =
  | 'not-a-jwk'
  | 'not-rsa'
  | 'wrong-alg'
  | 'private-key'
  | 'bad-modulus'
  | 'key-too-small'
  | 'key-too-large'
  | 'bad-exponent'
  | 'wrong-usage'
  | 'import-failed';

export type ServerKeyResult = { ok: true; key: CryptoKeyLike } | { ok: false; reason: ServerKeyFailure };

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'];

/** Bit length of a big-endian unsigned integer. */
function bitLength(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  if (i === bytes.length) return 0;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i]!));
}

/** Checks and imports the server's public JWK for wrapping content keys. Never throws. */
export async function importServerPublicKey(crypto: CryptoLike, jwk: unknown): Promise<ServerKeyResult> {
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk)) return { ok: false, reason: 'not-a-jwk' };
  const key = jwk as JsonWebKeyLike;
  if (key.kty !== 'RSA') return { ok: false, reason: 'not-rsa' };
  if (key.alg !== 'RSA-OAEP-256') return { ok: false, reason: 'wrong-alg' };
  if (PRIVATE_MEMBERS.some((name) => name in key)) return { ok: false, reason: 'private-key' };
  const n = base64urlDecode(key.n);
  if (n === null || n.length === 0 || n[0] === 0) return { ok: false, reason: 'bad-modulus' };
  const bits = bitLength(n);
  if (bits < MIN_RSA_BITS) return { ok: false, reason: 'key-too-small' };
  if (bits > MAX_RSA_BITS) return { ok: false, reason: 'key-too-large' };
  if (key.e !== 'AQAB') return { ok: false, reason: 'bad-exponent' };
  if (key.key_ops !== undefined && (!Array.isArray(key.key_ops) || !key.key_ops.includes('wrapKey'))) {
    return { ok: false, reason: 'wrong-usage' };
  }
  if (key.use !== undefined && key.use !== 'enc') return { ok: false, reason: 'wrong-usage' };
  const clean: JsonWebKeyLike = { kty: 'RSA', alg: 'RSA-OAEP-256', n: key.n as string, e: 'AQAB', ext: true };
  try {
    const imported = await crypto.subtle.importKey('jwk', clean, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['wrapKey']);
    return { ok: true, key: imported };
  } catch {
    return { ok: false, reason: 'import-failed' };
  }
}

/** Checks a CryptoKey handed in directly: an RSA-OAEP SHA-256 PUBLIC key of 2048–4096 bits that may wrap. */
export function checkServerPublicKey(key: unknown): ServerKeyResult {
  if (typeof key !== 'object' || key === null) return { ok: false, reason: 'not-a-jwk' };
  const candidate = key as Partial<CryptoKeyLike>;
  if (candidate.type === 'private' || candidate.type === 'secret') return { ok: false, reason: 'private-key' };
  const algorithm = candidate.algorithm as Partial<RsaHashedKeyAlgorithmLike> | undefined;
  if (candidate.type !== 'public' || algorithm === undefined) return { ok: false, reason: 'not-rsa' };
  if (algorithm.name !== 'RSA-OAEP' || algorithm.hash?.name !== 'SHA-256') return { ok: false, reason: 'wrong-alg' };
  const bits = algorithm.modulusLength ?? 0;
  if (bits < MIN_RSA_BITS) return { ok: false, reason: 'key-too-small' };
  if (bits > MAX_RSA_BITS) return { ok: false, reason: 'key-too-large' };
  if (!Array.isArray(candidate.usages) || !candidate.usages.includes('wrapKey')) return { ok: false, reason: 'wrong-usage' };
  return { ok: true, key: candidate as CryptoKeyLike };
}
