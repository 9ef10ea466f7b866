/** A fake kiosk: a WebCrypto P-256 device key, enrolled with a one-time code, signing a fresh token per request. */
import { randomUUID, webcrypto } from 'node:crypto';
import { SignJWT } from 'jose';
import { PATHS, TOKEN_AUDIENCE, TOKEN_LIFETIME_SECONDS, type DeviceInfo, type EnrollRequest } from '../../../src-shared/protocol';
import type { TestServer } from './server';

export interface DeviceKey {
  privateKey: webcrypto.CryptoKey;
  publicJwk: { kty: 'EC'; crv: 'P-256'; x: string; y: string };
}

export async function makeDeviceKey(): Promise<DeviceKey> {
  const pair = await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  const { kty, crv, x, y } = (await webcrypto.subtle.exportKey('jwk', pair.publicKey)) as { kty: 'EC'; crv: 'P-256'; x: string; y: string };
  return { privateKey: pair.privateKey, publicJwk: { kty, crv, x, y } };
}

export interface TokenOverrides {
  kid?: string;
  iss?: string;
  sub?: string;
  aud?: string;
  /** Unix seconds. */
  iat?: number;
  exp?: number;
  jti?: string;
  /** Sign with this key instead of the kiosk's. */
  key?: webcrypto.CryptoKey;
}

export async function signKioskToken(kioskId: string, privateKey: webcrypto.CryptoKey, o: TokenOverrides = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const iat = o.iat ?? now;
  return new SignJWT({})
    .setProtectedHeader({ alg: 'ES256', kid: o.kid ?? kioskId })
    .setIssuer(o.iss ?? kioskId)
    .setSubject(o.sub ?? kioskId)
    .setAudience(o.aud ?? TOKEN_AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(o.exp ?? iat + TOKEN_LIFETIME_SECONDS)
    .setJti(o.jti ?? randomUUID())
    .sign(o.key ?? privateKey);
}

export interface FakeKiosk {
  kioskId: string;
  device: DeviceInfo;
  key: DeviceKey;
  token(overrides?: TokenOverrides): Promise<string>;
  /** `{ authorization: 'Bearer <fresh token>' }` plus `extra`. */
  headers(extra?: Record<string, string>): Promise<Record<string, string>>;
}

export async function enrollRequest(url: string, body: EnrollRequest): Promise<Response> {
  return fetch(`${url}${PATHS.enroll}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

export function kioskFor(kioskId: string, device: DeviceInfo, key: DeviceKey): FakeKiosk {
  const token = (overrides?: TokenOverrides) => signKioskToken(kioskId, key.privateKey, overrides);
  return {
    kioskId,
    device,
    key,
    token,
    headers: async (extra = {}) => ({ authorization: `Bearer ${await token()}`, ...extra }),
  };
}

/** Enrolls a new fake kiosk at `url` with a code (from the CLI or `createEnrollmentCode`). */
export async function enrollWithCode(url: string, code: string): Promise<FakeKiosk> {
  const key = await makeDeviceKey();
  const response = await enrollRequest(url, { code, publicKeyJwk: key.publicJwk, label: 'test kiosk' });
  if (response.status !== 201) throw new Error(`enrollment failed: ${response.status} ${await response.text()}`);
  const device = (await response.json()) as DeviceInfo;
  return kioskFor(device.kioskId, device, key);
}

/** Creates a code on the in-process server and enrolls a new fake kiosk with it. */
export async function enrollFakeKiosk(ts: TestServer, location = 'Nhà văn hoá TDP 5'): Promise<FakeKiosk> {
  const { code } = ts.server.createEnrollmentCode({ location, wardCode: '00103', wardName: 'Phường Tây Hồ' });
  return enrollWithCode(ts.url, code);
}
