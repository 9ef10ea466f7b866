/**
 * The slice of WebCrypto (and of the WHATWG text codecs) this folder uses, declared structurally because
 * src-shared compiles without DOM or Node types. The real objects (`globalThis.crypto` in the kiosk
 * renderer, a Web Worker or Node ≥ 20) satisfy these types; callers pass them in.
 */

/** A WebCrypto `CryptoKey`: only the fields read here. */
export interface CryptoKeyLike {
  readonly type: string;
  readonly extractable: boolean;
  readonly algorithm: { readonly name: string };
  readonly usages: readonly string[];
}

/** RSA key algorithm details (`RsaHashedKeyAlgorithm`). */
export interface RsaHashedKeyAlgorithmLike {
  readonly name: string;
  readonly modulusLength: number;
  readonly hash: { readonly name: string };
}

/** A JSON Web Key, loosely: the fields are checked by the caller. */
export interface JsonWebKeyLike {
  kty?: string;
  alg?: string;
  n?: string;
  e?: string;
  ext?: boolean;
  use?: string;
  key_ops?: string[];
}

export interface AesGcmParamsLike {
  name: 'AES-GCM';
  iv: Uint8Array<ArrayBuffer>;
  additionalData: Uint8Array<ArrayBuffer>;
  tagLength?: number;
}

export interface SubtleCryptoLike {
  importKey(
    format: 'jwk',
    keyData: JsonWebKeyLike,
    algorithm: { name: 'RSA-OAEP'; hash: 'SHA-256' },
    extractable: boolean,
    keyUsages: ('wrapKey' | 'encrypt')[],
  ): Promise<CryptoKeyLike>;
  generateKey(
    algorithm: { name: 'AES-GCM'; length: 256 },
    extractable: boolean,
    keyUsages: ('encrypt' | 'decrypt')[],
  ): Promise<CryptoKeyLike>;
  encrypt(algorithm: AesGcmParamsLike, key: CryptoKeyLike, data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
  decrypt(algorithm: AesGcmParamsLike, key: CryptoKeyLike, data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
  wrapKey(format: 'raw', key: CryptoKeyLike, wrappingKey: CryptoKeyLike, wrapAlgorithm: { name: 'RSA-OAEP' }): Promise<ArrayBuffer>;
  unwrapKey(
    format: 'raw',
    wrappedKey: Uint8Array<ArrayBuffer>,
    unwrappingKey: CryptoKeyLike,
    unwrapAlgorithm: { name: 'RSA-OAEP' },
    unwrappedKeyAlgorithm: { name: 'AES-GCM'; length: 256 },
    extractable: boolean,
    keyUsages: 'decrypt'[],
  ): Promise<CryptoKeyLike>;
  digest(algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
}

/** `globalThis.crypto`. */
export interface CryptoLike {
  readonly subtle: SubtleCryptoLike;
  getRandomValues<T extends Uint8Array<ArrayBuffer>>(array: T): T;
}

/** The platform's WebCrypto, or null where there is none (never the case in the kiosk, a worker or Node ≥ 20). */
export function platformCrypto(): CryptoLike | null {
  const candidate = (globalThis as { crypto?: CryptoLike }).crypto;
  return candidate !== undefined && typeof candidate.subtle === 'object' ? candidate : null;
}

interface TextEncoderLike {
  encode(input: string): Uint8Array<ArrayBuffer>;
}
interface TextDecoderLike {
  decode(input: Uint8Array<ArrayBuffer>): string;
}
declare const TextEncoder: new () => TextEncoderLike;
declare const TextDecoder: new (label: 'utf-8', options: { fatal: true; ignoreBOM: true }) => TextDecoderLike;

/** UTF-8 bytes of a string (lone surrogates become U+FFFD, as in every TextEncoder). */
export function utf8Encode(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

/** The string in UTF-8 bytes, or null when they are not valid UTF-8. */
export function utf8Decode(bytes: Uint8Array<ArrayBuffer>): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
