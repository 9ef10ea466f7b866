import { decodeJwt, decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentIntakeKey, loadDevice } from '../../../src-renderer/device/device-record';
import { useDeviceStore } from '../../../src-renderer/device/device-store';
import { enrollKiosk, normalizeServerUrl } from '../../../src-renderer/device/enroll';
import { signToken } from '../../../src-renderer/device/token';
import { TOKEN_AUDIENCE, TOKEN_LIFETIME_SECONDS } from '../../../src-shared/protocol';
import { deleteAll, dumpDatabase, freshDb } from '../storage/harness';
import { FakeIntakeServer, GOOD_CODE, KIOSK_ID, ORIGIN } from '../sync/fake-server';
import { serverKeys } from '../sync/sync-harness';

afterEach(deleteAll);
beforeEach(() => useDeviceStore.setState(useDeviceStore.getInitialState(), true));

async function server(): Promise<FakeIntakeServer> {
  const keys = await serverKeys();
  return new FakeIntakeServer({ kid: 'intake-2026-02', publicKeyJwk: keys.publicJwk as never });
}

describe('enrollment', () => {
  it('stores the kiosk id, intake keys, settings and a key pair whose private half cannot be read out', async () => {
    const fake = await server();
    const db = freshDb();
    const result = await enrollKiosk(db, { serverUrl: `${ORIGIN}/`, code: 'abcd efgh jklm', fetch: fake.fetch });
    expect(result).toMatchObject({ ok: true, device: { kioskId: KIOSK_ID, serverUrl: ORIGIN, wardName: 'Phường Tây Hồ', revoked: false } });
    const device = await loadDevice(db);
    expect(device?.intakeKeys[0]?.kid).toBe('intake-2026-02');
    expect(device?.settings).toEqual({ syncIntervalSeconds: 60, statusPollSeconds: 120 });
    const { privateKey, publicKey } = device!.keyPair;
    expect(privateKey.extractable).toBe(false);
    expect(privateKey.algorithm).toMatchObject({ name: 'ECDSA', namedCurve: 'P-256' });
    await expect(globalThis.crypto.subtle.exportKey('jwk', privateKey)).rejects.toThrow();
    expect(publicKey.type).toBe('public');
    // Nothing stored holds a private JWK member.
    const dump = await dumpDatabase(db);
    expect(dump).not.toMatch(/"d":/);
    expect(device?.publicKeyJwk).toEqual({ kty: 'EC', crv: 'P-256', x: expect.any(String), y: expect.any(String) });
  });

  it('signs short-lived ES256 tokens the server can check with the registered public key', async () => {
    const fake = await server();
    const db = freshDb();
    await enrollKiosk(db, { serverUrl: ORIGIN, code: GOOD_CODE, fetch: fake.fetch });
    const device = (await loadDevice(db))!;
    const now = new Date('2026-11-24T03:00:00Z');
    const token = await signToken(device, now);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', typ: 'JWT', kid: KIOSK_ID });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ iss: KIOSK_ID, sub: KIOSK_ID, aud: TOKEN_AUDIENCE, iat: now.getTime() / 1000 });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(TOKEN_LIFETIME_SECONDS);
    expect(claims.jti).toMatch(/^[0-9a-f]{32}$/);
    expect(decodeJwt(await signToken(device, now)).jti).not.toBe(claims.jti);
    const key = await importJWK(device.publicKeyJwk, 'ES256');
    await expect(jwtVerify(token, key, { audience: TOKEN_AUDIENCE, currentDate: now })).resolves.toBeDefined();
  });

  it.each([
    ['not an address', 'intake server'],
    ['another scheme', 'ftp://intake.test'],
    ['a user name', 'https://admin@intake.test'],
    ['a query', 'https://intake.test/?x=1'],
  ])('refuses %s as a bad address and stores nothing', async (_name, address) => {
    const db = freshDb();
    expect(await enrollKiosk(db, { serverUrl: address, code: GOOD_CODE, fetch: () => Promise.reject(new Error('no call expected')) })).toEqual({ ok: false, reason: 'bad-address' });
    expect(await db.device.count()).toBe(0);
  });

  it('says code-invalid for a malformed code without asking, and for a code the server refuses', async () => {
    const fake = await server();
    const db = freshDb();
    expect(await enrollKiosk(db, { serverUrl: ORIGIN, code: 'ABC', fetch: fake.fetch })).toEqual({ ok: false, reason: 'code-invalid' });
    expect(fake.log).toEqual([]);
    expect(await enrollKiosk(db, { serverUrl: ORIGIN, code: 'ZZZZ-ZZZZ-ZZZZ'.replace(/Z/g, 'X'), fetch: fake.fetch })).toEqual({ ok: false, reason: 'code-invalid' });
    expect(await db.device.count()).toBe(0);
  });

  it.each([
    ['no answer', () => Promise.reject(new TypeError('fetch failed')), 'unreachable'],
    ["a portal's page", () => Promise.resolve(new Response('<html/>', { status: 200, headers: { 'content-type': 'text/html' } })), 'unreachable'],
    ['a 500', () => Promise.resolve(new Response('down', { status: 500 })), 'server-error'],
    ['a body that is not device info', () => Promise.resolve(new Response('{"kioskId":"x"}', { status: 201, headers: { 'content-type': 'application/json' } })), 'server-error'],
  ] as const)('reports %s and stores nothing', async (_name, fetchFn, reason) => {
    const db = freshDb();
    expect(await enrollKiosk(db, { serverUrl: ORIGIN, code: GOOD_CODE, fetch: fetchFn })).toEqual({ ok: false, reason });
    expect(await db.device.count()).toBe(0);
  });

  it('normalises addresses to the origin without a trailing slash', () => {
    expect(normalizeServerUrl(' https://Intake.Test:8443/ ')).toBe('https://intake.test:8443');
    expect(normalizeServerUrl('http://127.0.0.1:3000')).toBe('http://127.0.0.1:3000');
  });
});

describe('the key new applications are sealed to', () => {
  it("is the enrolled device's first intake key, else the configured one", async () => {
    const fake = await server();
    const keys = await serverKeys();
    const configured = { intakeKey: { kid: 'from-config', publicKeyJwk: keys.publicJwk as never } };
    const db = freshDb();
    expect((await currentIntakeKey(db, configured))?.kid).toBe('from-config');
    expect(await currentIntakeKey(db, {})).toBeUndefined();
    await enrollKiosk(db, { serverUrl: ORIGIN, code: GOOD_CODE, fetch: fake.fetch });
    expect((await currentIntakeKey(db, configured))?.kid).toBe('intake-2026-02');
  });
});

describe('device store', () => {
  it('loads "not enrolled", then shows the enrolled device without any key', async () => {
    const fake = await server();
    const db = freshDb();
    await useDeviceStore.getState().load(db);
    expect(useDeviceStore.getState()).toMatchObject({ device: null, loaded: true });
    await enrollKiosk(db, { serverUrl: ORIGIN, code: GOOD_CODE, fetch: fake.fetch });
    await useDeviceStore.getState().load(db);
    const device = useDeviceStore.getState().device;
    expect(device).toMatchObject({ kioskId: KIOSK_ID, location: 'Tầng 1, UBND phường Tây Hồ' });
    expect(Object.keys(device ?? {}).sort()).toEqual(['enrolledAt', 'kioskId', 'location', 'revoked', 'serverUrl', 'wardCode', 'wardName']);
  });

  it('enroll() answers like enrollKiosk and refuses a bad address', async () => {
    const db = freshDb();
    expect(await useDeviceStore.getState().enroll(db, 'nope', GOOD_CODE)).toEqual({ ok: false, reason: 'bad-address' });
    expect(useDeviceStore.getState().device).toBeNull();
  });
});
