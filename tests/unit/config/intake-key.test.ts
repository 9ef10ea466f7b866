import * as fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseKioskConfig, toRendererConfig } from '../../../src-shared/config/kiosk-config';
import { importServerPublicKey, openApplication, sealApplication, type CryptoKeyLike } from '../../../src-shared/crypto';

const webcrypto = globalThis.crypto;
const KID = 'ward-00103-2026-11';
const CLIENT_ID = '0192f3a4-5b6c-7d8e-9f01-23456789abcd';

interface Pair {
  publicJwk: JsonWebKey;
  privateJwk: JsonWebKey;
  privateKey: CryptoKeyLike;
}

async function makePair(): Promise<Pair> {
  const pair = await webcrypto.subtle.generateKey(
    { name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['wrapKey', 'unwrapKey'],
  );
  return {
    publicJwk: await webcrypto.subtle.exportKey('jwk', pair.publicKey),
    privateJwk: await webcrypto.subtle.exportKey('jwk', pair.privateKey),
    privateKey: pair.privateKey,
  };
}

let server: Pair;
let stranger: Pair;
beforeAll(async () => {
  [server, stranger] = await Promise.all([makePair(), makePair()]);
});

describe('intakeKey in the kiosk configuration', () => {
  it('is undefined when the configuration has no key', () => {
    const { config, problems } = parseKioskConfig({ kioskName: 'Quầy 1' });
    expect(problems).toEqual([]);
    expect(config.intakeKey).toBeUndefined();
    expect(toRendererConfig(config).intakeKey).toBeUndefined();
  });

  it('passes a public key through to the page configuration', () => {
    const { config, problems } = parseKioskConfig({ intakeKey: { kid: KID, publicKeyJwk: server.publicJwk } });
    expect(problems).toEqual([]);
    const key = toRendererConfig(config).intakeKey;
    expect(key?.kid).toBe(KID);
    expect(key?.publicKeyJwk).toMatchObject({ kty: 'RSA', alg: 'RSA-OAEP-256', n: server.publicJwk.n, e: 'AQAB' });
    // The browser host parses the page configuration again: the result must survive a second pass.
    expect(parseKioskConfig(JSON.parse(JSON.stringify(toRendererConfig(config)))).config.intakeKey).toEqual(key);
  });

  it('refuses a private key, names the field, and keeps the rest of the configuration', () => {
    const { config, problems } = parseKioskConfig({
      kioskName: 'Quầy 2',
      intakeKey: { kid: KID, publicKeyJwk: server.privateJwk },
    });
    expect(config.intakeKey).toBeUndefined();
    expect(config.kioskName).toBe('Quầy 2');
    expect(problems).toEqual([{ path: 'intakeKey.publicKeyJwk', message: 'private key must never be on a kiosk' }]);
    expect(JSON.stringify(toRendererConfig(config))).not.toContain(server.privateJwk.d);
  });

  it.each([
    ['a kid with spaces', { kid: 'ward 1', publicKeyJwk: 'PUBLIC' }, 'intakeKey.kid'],
    ['a kid longer than 64 characters', { kid: 'k'.repeat(65), publicKeyJwk: 'PUBLIC' }, 'intakeKey.kid'],
    ['an EC key', { kid: KID, publicKeyJwk: { kty: 'EC', alg: 'RSA-OAEP-256', n: 'AQAB', e: 'AQAB' } }, 'intakeKey.publicKeyJwk.kty'],
    ['RSA-OAEP with SHA-1', { kid: KID, publicKeyJwk: { kty: 'RSA', alg: 'RSA-OAEP', n: 'AQAB', e: 'AQAB' } }, 'intakeKey.publicKeyJwk.alg'],
    ['an unknown member', { kid: KID, publicKeyJwk: 'PUBLIC', note: 'x' }, 'intakeKey'],
  ])('drops %s with a problem', (_name, input, problemPath) => {
    const intakeKey = { ...input, publicKeyJwk: input.publicKeyJwk === 'PUBLIC' ? server.publicJwk : input.publicKeyJwk };
    const { config, problems } = parseKioskConfig({ intakeKey });
    expect(config.intakeKey).toBeUndefined();
    expect(problems.map((p) => p.path)).toContain(problemPath);
  });

  it('gives a key that seals envelopes only its private key opens', async () => {
    const { config } = parseKioskConfig({ intakeKey: { kid: KID, publicKeyJwk: server.publicJwk } });
    const intakeKey = toRendererConfig(config).intakeKey!;
    const imported = await importServerPublicKey(webcrypto, intakeKey.publicKeyJwk);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    const payload = { applicant: { fullName: 'Nguyễn Thị Hoà' } };
    const sealed = await sealApplication({
      crypto: webcrypto,
      serverPublicKey: imported.key,
      kid: intakeKey.kid,
      clientId: CLIENT_ID,
      payload,
      attachments: [],
    });
    expect(sealed.ok).toBe(true);
    if (!sealed.ok) return;
    const envelope = sealed.envelope;
    expect(JSON.stringify(envelope)).not.toContain('Nguyễn');

    const opened = await openApplication({ crypto: webcrypto, privateKey: server.privateKey, kid: KID, envelope, clientId: CLIENT_ID });
    expect(opened.ok && opened.payload).toEqual(payload);
    const wrongKey = await openApplication({ crypto: webcrypto, privateKey: stranger.privateKey, kid: KID, envelope, clientId: CLIENT_ID });
    expect(wrongKey).toEqual({ ok: false, reason: 'unwrap-failed' });
  });
});

describe('the E2E fixtures', () => {
  const fixtures = path.join(__dirname, '../../e2e/fixtures');
  const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(fixtures, file), 'utf8'));

  it('give the kiosk a valid public key and keep the private half in a test-only file that opens its envelopes', async () => {
    const { config, problems } = parseKioskConfig(read('kiosk-config.json'));
    expect(problems).toEqual([]);
    expect(config.intakeKey?.kid).toBe('e2e-2026-11');
    const privateJwk = read('intake-private-key.jwk.json') as JsonWebKey & { kid: string };
    expect(privateJwk.kid).toBe('e2e-2026-11');
    expect(privateJwk.n).toBe(config.intakeKey?.publicKeyJwk.n);

    const privateKey = await webcrypto.subtle.importKey('jwk', { ...privateJwk, kid: undefined } as JsonWebKey, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['unwrapKey']);
    const sealed = await sealApplication({
      crypto: webcrypto,
      serverPublicKey: config.intakeKey!.publicKeyJwk,
      kid: config.intakeKey!.kid,
      clientId: CLIENT_ID,
      payload: { ok: 1 },
      attachments: [],
    });
    if (!sealed.ok) throw new Error(sealed.reason);
    const opened = await openApplication({ crypto: webcrypto, privateKey, kid: 'e2e-2026-11', envelope: sealed.envelope, clientId: CLIENT_ID });
    expect(opened.ok && opened.payload).toEqual({ ok: 1 });
  });
});
