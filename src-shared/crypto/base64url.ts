/**
 * base64url without padding (RFC 4648 §5), pure: no Buffer, no atob. Decoding is strict: only the
 * 64 URL-safe characters, no padding, no whitespace, and canonical trailing bits, so every byte string
 * has exactly one encoding (nothing can be smuggled in the unused bits).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/** Matches any canonical-alphabet base64url text (length and trailing bits are checked by decode). */
export const BASE64URL_PATTERN = /^[A-Za-z0-9_-]*$/;

export function base64urlEncode(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}

/** The bytes, or null for anything that is not canonical unpadded base64url. */
export function base64urlDecode(text: unknown): Uint8Array<ArrayBuffer> | null {
  if (typeof text !== 'string') return null;
  const len = text.length;
  if (len % 4 === 1) return null;
  const values = new Uint8Array(len);
  for (let i = 0; i < len; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? LOOKUP[code]! : -1;
    if (v < 0) return null;
    values[i] = v;
  }
  const out = new Uint8Array((len * 3) >> 2);
  let o = 0;
  let i = 0;
  for (; i + 3 < len; i += 4) {
    const n = (values[i]! << 18) | (values[i + 1]! << 12) | (values[i + 2]! << 6) | values[i + 3]!;
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  const rest = len - i;
  if (rest === 2) {
    if ((values[i + 1]! & 15) !== 0) return null; // non-canonical trailing bits
    out[o] = (values[i]! << 2) | (values[i + 1]! >> 4);
  } else if (rest === 3) {
    if ((values[i + 2]! & 3) !== 0) return null;
    const n = (values[i]! << 12) | (values[i + 1]! << 6) | values[i + 2]!;
    out[o] = n >> 10;
    out[o + 1] = (n >> 2) & 255;
  }
  return out;
}
