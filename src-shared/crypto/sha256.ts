/** SHA-256 through WebCrypto's `subtle.digest`, as 64 lower-case hex characters. */
import type { CryptoLike } from './webcrypto';

export const SHA256_HEX_PATTERN = /^[0-9a-f]{64}$/;

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

export async function sha256Hex(crypto: CryptoLike, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
}
