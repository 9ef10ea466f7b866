import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import {
  applicationEnvelopeSchema,
  base64urlDecode,
  base64urlEncode,
  encryptedBlobSchema,
  importServerPublicKey,
  openApplication,
  openAttachment,
  platformCrypto,
  sealApplication,
  sha256Hex,
  type ApplicationEnvelope,
  type AttachmentInput,
  type CryptoKeyLike,
  type JsonWebKeyLike,
  type SealedAttachment,
  type SealInput,
} from '../../../src-shared/crypto';

const webcrypto = globalThis.crypto;
const KID = 'intake-2026-01';
const CLIENT_ID = '0192f3a4-5b6c-7d8e-9f01-23456789abcd';
const OTHER_CLIENT_ID = '0192f3a4-5b6c-7d8e-9f01-23456789abce';
const NAME = 'Nguyễn Thị Hoà';
const CCCD = '001190012345';
const PAYLOAD = {
  procedure: 'birth-registration',
  applicant: { fullName: NAME, personalId: CCCD, phone: '0912345678' },
  child: { fullName: 'Trần Minh Khôi', dateOfBirth: '2026-11-02' },
};

interface ServerKeys {
  publicJwk: JsonWebKeyLike;
  privateKey: CryptoKeyLike;
}

async function makeServerKeys(bits = 2048): Promise<ServerKeys> {
  const pair = await webcrypto.subtle.generateKey(
    { name: 'RSA-OAEP', modulusLength: bits, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['wrapKey', 'unwrapKey', 'encrypt', 'decrypt'],
  );
  const jwk = await webcrypto.subtle.exportKey('jwk', pair.publicKey);
  // The server would publish only these members.
  const publicJwk = { kty: jwk.kty, alg: jwk.alg, n: jwk.n, e: jwk.e };
  // Re-import the private key non-extractable, unwrap only, as the server keeps it.
  const privateJwk = await webcrypto.subtle.exportKey('jwk', pair.privateKey);
  const privateKey = await webcrypto.subtle.importKey(
    'jwk',
    { ...privateJwk, key_ops: ['unwrapKey'] },
    { name: 'RSA-OAEP', hash: 'SHA-256' },
    false,
    ['unwrapKey'],
  );
  return { publicJwk, privateKey };
}

const textBytes = (text: string) => new TextEncoder().encode(text);
/** A fake JPEG: a header and the resident's details written in, as a photo of an ID card might "contain" them. */
const photo = (label: string, size = 4096) => {
  const bytes = new Uint8Array(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  bytes.set(textBytes(`${label} ${NAME} ${CCCD}`), 16);
  return bytes;
};
const ATTACHMENTS: AttachmentInput[] = [
  { id: 'mother-id-1', bytes: photo('front'), mimeType: 'image/jpeg' },
  { id: 'birth-certificate-1', bytes: photo('paper', 9000), mimeType: 'image/jpeg' },
];

let server: ServerKeys;
let otherServer: ServerKeys;

beforeAll(async () => {
  [server, otherServer] = await Promise.all([makeServerKeys(), makeServerKeys()]);
}, 60_000);

async function seal(overrides: Partial<Parameters<typeof sealApplication>[0]> = {}) {
  const result = await sealApplication({
    crypto: webcrypto,
    serverPublicKey: server.publicJwk,
    kid: KID,
    clientId: CLIENT_ID,
    payload: PAYLOAD,
    attachments: ATTACHMENTS,
    ...overrides,
  });
  if (!result.ok) throw new Error(`seal failed: ${result.reason}`);
  return result;
}

const open = (envelope: unknown, options: { privateKey?: CryptoKeyLike; clientId?: string; kid?: string } = {}) =>
  openApplication({
    crypto: webcrypto,
    privateKey: options.privateKey ?? server.privateKey,
    kid: options.kid ?? KID,
    envelope,
    clientId: options.clientId ?? CLIENT_ID,
  });

/** The same base64url field with one bit of one byte flipped. */
function flip(text: string, index = 0): string {
  const bytes = base64urlDecode(text)!;
  const i = index < 0 ? bytes.length + index : index;
  bytes[i] = bytes[i]! ^ 0x01;
  return base64urlEncode(bytes);
}

describe('sealApplication → openApplication', () => {
  it('opens with the server private key and returns the payload and the attachment manifest', async () => {
    const sealed = await seal();
    const opened = await open(sealed.envelope);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.payload).toEqual(PAYLOAD);
    expect(opened.attachments).toEqual(
      await Promise.all(
        ATTACHMENTS.map(async (a) => ({ id: a.id, mimeType: a.mimeType, size: a.bytes.length, sha256: await sha256Hex(webcrypto, a.bytes) })),
      ),
    );
  });

  it('the envelope is plain JSON that passes its schema, and survives a JSON round trip', async () => {
    const { envelope } = await seal();
    expect(applicationEnvelopeSchema.safeParse(envelope).success).toBe(true);
    expect(Object.keys(envelope).sort()).toEqual(['alg', 'kid', 'payload', 'v', 'wrappedKey']);
    expect(envelope).toMatchObject({ v: 1, alg: 'RSA-OAEP-256+A256GCM', kid: KID });
    expect(base64urlDecode(envelope.payload.iv)).toHaveLength(12);
    expect(base64urlDecode(envelope.wrappedKey)).toHaveLength(256);
    const copy: unknown = JSON.parse(JSON.stringify(envelope));
    expect((await open(copy)).ok).toBe(true);
  });

  it('fails with another server private key', async () => {
    const { envelope } = await seal();
    expect(await open(envelope, { privateKey: otherServer.privateKey })).toEqual({ ok: false, reason: 'unwrap-failed' });
  });

  it('fails when one bit of the payload ciphertext, the tag, the IV or the wrapped key changes', async () => {
    const { envelope } = await seal();
    const cases: Array<[string, ApplicationEnvelope, string]> = [
      ['ct first byte', { ...envelope, payload: { ...envelope.payload, ct: flip(envelope.payload.ct) } }, 'decrypt-failed'],
      ['tag last byte', { ...envelope, payload: { ...envelope.payload, ct: flip(envelope.payload.ct, -1) } }, 'decrypt-failed'],
      ['iv', { ...envelope, payload: { ...envelope.payload, iv: flip(envelope.payload.iv, 5) } }, 'decrypt-failed'],
      ['wrappedKey', { ...envelope, wrappedKey: flip(envelope.wrappedKey, 100) }, 'unwrap-failed'],
    ];
    for (const [label, tampered, reason] of cases) {
      expect(await open(tampered), label).toEqual({ ok: false, reason });
    }
  });

  it('fails under another client id (AAD), and refuses an envelope for another key id', async () => {
    const { envelope } = await seal();
    expect(await open(envelope, { clientId: OTHER_CLIENT_ID })).toEqual({ ok: false, reason: 'decrypt-failed' });
    expect(await open(envelope, { kid: 'intake-2027-01' })).toEqual({ ok: false, reason: 'unknown-kid' });
    // Relabelling the envelope's kid does not help: the kid is in the AAD.
    expect(await open({ ...envelope, kid: 'intake-2027-01' }, { kid: 'intake-2027-01' })).toEqual({ ok: false, reason: 'decrypt-failed' });
  });

  it('two seals of the same application differ in key, IVs and every ciphertext', async () => {
    const [a, b] = [await seal(), await seal()];
    expect(a.envelope.wrappedKey).not.toBe(b.envelope.wrappedKey);
    expect(a.envelope.payload.iv).not.toBe(b.envelope.payload.iv);
    expect(a.envelope.payload.ct).not.toBe(b.envelope.payload.ct);
    a.attachments.forEach((attachment, i) => {
      expect(attachment.blob.iv).not.toBe(b.attachments[i]!.blob.iv);
      expect(attachment.ciphertextSha256).not.toBe(b.attachments[i]!.ciphertextSha256);
    });
    // Within one application every IV is different too.
    const ivs = [a.envelope.payload.iv, ...a.attachments.map((x) => x.blob.iv)];
    expect(new Set(ivs).size).toBe(ivs.length);
  });

  it('nothing personal is readable in the sealed output', async () => {
    const sealed = await seal();
    const json = JSON.stringify(sealed.envelope);
    const needles = [NAME, NAME.normalize('NFD'), 'Nguy', CCCD, '0912345678', 'Trần', 'birth-registration', 'image/jpeg'];
    const haystacks = [json, ...sealed.attachments.map((a) => new TextDecoder('latin1').decode(a.blob.ct))];
    const utf8 = [json, ...sealed.attachments.map((a) => new TextDecoder().decode(a.blob.ct))];
    for (const needle of needles) {
      for (const text of [...haystacks, ...utf8]) expect(text.includes(needle), needle).toBe(false);
      // Nor as base64/base64url of the plain bytes in the JSON.
      expect(json.includes(base64urlEncode(textBytes(needle)).slice(0, 12))).toBe(false);
    }
    for (const a of sealed.attachments) {
      const ct = a.blob.ct;
      const marker = textBytes(CCCD);
      const found = ct.some((_, i) => marker.every((byte, j) => ct[i + j] === byte));
      expect(found).toBe(false);
      expect([ct[0], ct[1], ct[2]]).not.toEqual([0xff, 0xd8, 0xff]);
    }
  });

  it('needs only the public key: a private JWK or a private CryptoKey given as the server key is refused', async () => {
    const pair = await webcrypto.subtle.generateKey(
      { name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
      true,
      ['wrapKey', 'unwrapKey'],
    );
    const privateJwk = await webcrypto.subtle.exportKey('jwk', pair.privateKey);
    const base = { crypto: webcrypto, kid: KID, clientId: CLIENT_ID, payload: PAYLOAD, attachments: [] };
    expect(await sealApplication({ ...base, serverPublicKey: privateJwk })).toEqual({ ok: false, reason: 'private-key' });
    expect(await sealApplication({ ...base, serverPublicKey: pair.privateKey })).toEqual({ ok: false, reason: 'private-key' });
    // The public CryptoKey alone is enough, and the seal input has no place for a private key.
    const sealed = await sealApplication({ ...base, serverPublicKey: pair.publicKey });
    expect(sealed.ok).toBe(true);
    if (!sealed.ok) return;
    const opened = await openApplication({ crypto: webcrypto, privateKey: pair.privateKey, kid: KID, envelope: sealed.envelope, clientId: CLIENT_ID });
    expect(opened).toMatchObject({ ok: true, payload: PAYLOAD, attachments: [] });
  });

  it('the seal input has no place for a private key, and the platform crypto is found from globalThis', () => {
    expectTypeOf<SealInput>().not.toHaveProperty('privateKey');
    expect(Object.keys({ crypto: 1, serverPublicKey: 1, kid: 1, clientId: 1, payload: 1, attachments: 1 } satisfies Record<keyof SealInput, number>)).toHaveLength(6);
    expect(platformCrypto()).toBe(globalThis.crypto);
  });

  it('gives the server a non-extractable content key', async () => {
    const opened = await open((await seal()).envelope);
    expect(opened.ok && opened.key.extractable).toBe(false);
    expect(opened.ok && opened.key.usages).toEqual(['decrypt']);
  });

  it('refuses an envelope built with a 128-bit content key', async () => {
    const weak = await webcrypto.subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['encrypt']);
    const publicKey = await webcrypto.subtle.importKey('jwk', server.publicJwk, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['wrapKey']);
    const iv = webcrypto.getRandomValues(new Uint8Array(12));
    const aad = textBytes(JSON.stringify(['motcua-envelope/1', 'payload', 'RSA-OAEP-256+A256GCM', KID, CLIENT_ID]));
    const plain = textBytes(JSON.stringify({ v: 1, clientId: CLIENT_ID, data: PAYLOAD, attachments: [] }));
    const ct = new Uint8Array(await webcrypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, weak, plain));
    const wrapped = new Uint8Array(await webcrypto.subtle.wrapKey('raw', weak, publicKey, { name: 'RSA-OAEP' }));
    const envelope = { v: 1, alg: 'RSA-OAEP-256+A256GCM', kid: KID, wrappedKey: base64urlEncode(wrapped), payload: { iv: base64urlEncode(iv), ct: base64urlEncode(ct) } };
    expect(await open(envelope)).toEqual({ ok: false, reason: 'unwrap-failed' });
    // The same construction with a 256-bit key opens: the AAD above is the documented one.
    const strong = await webcrypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
    const ct256 = new Uint8Array(await webcrypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, strong, plain));
    const wrapped256 = new Uint8Array(await webcrypto.subtle.wrapKey('raw', strong, publicKey, { name: 'RSA-OAEP' }));
    const good = { ...envelope, wrappedKey: base64urlEncode(wrapped256), payload: { iv: envelope.payload.iv, ct: base64urlEncode(ct256) } };
    expect(await open(good)).toMatchObject({ ok: true, payload: PAYLOAD });
  });

  it('never throws on junk keys or crypto failures while opening', async () => {
    const { envelope } = await seal();
    const junkKey = { type: 'private', extractable: false, algorithm: { name: 'RSA-OAEP' }, usages: ['unwrapKey'] };
    expect(await open(envelope, { privateKey: junkKey })).toEqual({ ok: false, reason: 'unwrap-failed' });
    const sealed = await seal();
    expect(await openAttachment({ crypto: webcrypto, key: junkKey, clientId: CLIENT_ID, attachmentId: sealed.attachments[0]!.id, blob: sealed.attachments[0]!.blob })).toEqual({
      ok: false,
      reason: 'decrypt-failed',
    });
  });

  it('refuses bad seal input without throwing', async () => {
    expect(await sealApplication({ crypto: webcrypto, serverPublicKey: server.publicJwk, kid: 'bad kid', clientId: CLIENT_ID, payload: {}, attachments: [] })).toEqual({ ok: false, reason: 'bad-kid' });
    expect(await sealApplication({ crypto: webcrypto, serverPublicKey: server.publicJwk, kid: KID, clientId: 'not-a-uuid', payload: {}, attachments: [] })).toEqual({ ok: false, reason: 'bad-client-id' });
    const dup = [ATTACHMENTS[0]!, ATTACHMENTS[0]!];
    expect((await sealApplication({ crypto: webcrypto, serverPublicKey: server.publicJwk, kid: KID, clientId: CLIENT_ID, payload: {}, attachments: dup })).ok).toBe(false);
    const badId = [{ ...ATTACHMENTS[0]!, id: '../etc' }];
    expect(await sealApplication({ crypto: webcrypto, serverPublicKey: server.publicJwk, kid: KID, clientId: CLIENT_ID, payload: {}, attachments: badId })).toEqual({ ok: false, reason: 'bad-attachment-id' });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(await sealApplication({ crypto: webcrypto, serverPublicKey: server.publicJwk, kid: KID, clientId: CLIENT_ID, payload: cyclic, attachments: [] })).toEqual({ ok: false, reason: 'payload-not-json' });
    expect(await sealApplication({ crypto: webcrypto, serverPublicKey: server.publicJwk, kid: KID, clientId: CLIENT_ID, payload: 10n, attachments: [] })).toEqual({ ok: false, reason: 'payload-not-json' });
  });
});

describe('attachments', () => {
  async function openedKey(envelope: ApplicationEnvelope) {
    const opened = await open(envelope);
    if (!opened.ok) throw new Error(opened.reason);
    return opened;
  }
  const openBlob = (key: CryptoKeyLike, attachment: SealedAttachment, attachmentId = attachment.id, clientId = CLIENT_ID, blob: unknown = attachment.blob) =>
    openAttachment({ crypto: webcrypto, key, clientId, attachmentId, blob });

  it('open under their application key and slot, and match the plaintext hashes inside the payload', async () => {
    const sealed = await seal();
    const opened = await openedKey(sealed.envelope);
    for (const [i, attachment] of sealed.attachments.entries()) {
      const result = await openBlob(opened.key, attachment);
      expect(result).toEqual({ ok: true, bytes: ATTACHMENTS[i]!.bytes });
      if (result.ok) expect(await sha256Hex(webcrypto, result.bytes)).toBe(opened.attachments[i]!.sha256);
      expect(attachment.size).toBe(ATTACHMENTS[i]!.bytes.length + 16);
      expect(encryptedBlobSchema.safeParse(attachment.blob).success).toBe(true);
    }
  });

  it('do not open in another slot, under another client id, or with another application key', async () => {
    const [a, b] = [await seal(), await seal({ clientId: OTHER_CLIENT_ID })];
    const keyA = (await openedKey(a.envelope)).key;
    const [first, second] = a.attachments;
    expect(await openBlob(keyA, first!, second!.id)).toEqual({ ok: false, reason: 'decrypt-failed' });
    expect(await openBlob(keyA, first!, first!.id, OTHER_CLIENT_ID)).toEqual({ ok: false, reason: 'decrypt-failed' });
    // b's attachment under a's key (swapped between applications).
    expect(await openBlob(keyA, b.attachments[0]!, b.attachments[0]!.id)).toEqual({ ok: false, reason: 'decrypt-failed' });
    // b's attachment under b's key but claimed for a's client id.
    const bOpened = await openApplication({ crypto: webcrypto, privateKey: server.privateKey, kid: KID, envelope: b.envelope, clientId: OTHER_CLIENT_ID });
    expect(bOpened.ok).toBe(true);
    if (bOpened.ok) expect(await openBlob(bOpened.key, b.attachments[0]!, b.attachments[0]!.id, CLIENT_ID)).toEqual({ ok: false, reason: 'decrypt-failed' });
  });

  it('fail when one bit of the ciphertext or IV changes, and refuse malformed blobs', async () => {
    const sealed = await seal();
    const { key } = await openedKey(sealed.envelope);
    const attachment = sealed.attachments[0]!;
    const ct = new Uint8Array(attachment.blob.ct);
    ct[10] = ct[10]! ^ 0x80;
    expect(await openBlob(key, attachment, attachment.id, CLIENT_ID, { iv: attachment.blob.iv, ct })).toEqual({ ok: false, reason: 'decrypt-failed' });
    expect(await openBlob(key, attachment, attachment.id, CLIENT_ID, { iv: flip(attachment.blob.iv), ct: attachment.blob.ct })).toEqual({ ok: false, reason: 'decrypt-failed' });
    for (const blob of [null, {}, { iv: attachment.blob.iv }, { iv: 'AA', ct: attachment.blob.ct }, { iv: attachment.blob.iv, ct: 'text' }, { iv: attachment.blob.iv, ct: new Uint8Array(3) }]) {
      expect(await openBlob(key, attachment, attachment.id, CLIENT_ID, blob)).toEqual({ ok: false, reason: 'malformed-blob' });
    }
  });

  it('a 1 MB attachment round-trips and its ciphertextSha256 is the SHA-256 of blob.ct', async () => {
    const big = new Uint8Array(1024 * 1024);
    for (let offset = 0; offset < big.length; offset += 65536) webcrypto.getRandomValues(big.subarray(offset, offset + 65536));
    const sealed = await seal({ attachments: [{ id: 'scan-1', bytes: big, mimeType: 'application/pdf' }] });
    const attachment = sealed.attachments[0]!;
    expect(attachment.size).toBe(big.length + 16);
    expect(attachment.ciphertextSha256).toBe(await sha256Hex(webcrypto, attachment.blob.ct));
    const nodeHash = (await import('node:crypto')).createHash('sha256').update(attachment.blob.ct).digest('hex');
    expect(attachment.ciphertextSha256).toBe(nodeHash);
    const { key, attachments } = await openedKey(sealed.envelope);
    const result = await openBlob(key, attachment);
    expect(result.ok && result.bytes.length === big.length && Buffer.from(result.bytes).equals(Buffer.from(big))).toBe(true);
    expect(attachments[0]!.sha256).toBe(await sha256Hex(webcrypto, big));
    expect(attachments[0]!.sha256).not.toBe(attachment.ciphertextSha256);
  });
});

describe('envelope schema', () => {
  it('rejects missing fields, wrong v/alg, bad base64url, wrong sizes, extra fields and huge strings', async () => {
    const { envelope } = await seal();
    const bad: unknown[] = [
      null,
      'envelope',
      {},
      { ...envelope, v: 2 },
      { ...envelope, v: '1' },
      { ...envelope, alg: 'RSA-OAEP+A128GCM' },
      { ...envelope, kid: '' },
      { ...envelope, kid: 'k'.repeat(65) },
      { ...envelope, kid: 'key id with spaces' },
      { ...envelope, wrappedKey: undefined },
      { ...envelope, wrappedKey: `${envelope.wrappedKey}==` },
      { ...envelope, wrappedKey: envelope.wrappedKey.replace(/.$/, '+') },
      { ...envelope, wrappedKey: 'AAAA' },
      { ...envelope, wrappedKey: 'A'.repeat(5_000_000) },
      { ...envelope, payload: undefined },
      { ...envelope, payload: { iv: envelope.payload.iv } },
      { ...envelope, payload: { ...envelope.payload, iv: 'A'.repeat(15) /* 11 bytes */ } },
      { ...envelope, payload: { ...envelope.payload, iv: base64urlEncode(new Uint8Array(16)) } },
      { ...envelope, payload: { ...envelope.payload, ct: 'not base64url!' } },
      { ...envelope, payload: { ...envelope.payload, ct: '' } },
      { ...envelope, payload: { ...envelope.payload, ct: 'A'.repeat(3_000_000) } },
      { ...envelope, payload: { ...envelope.payload, extra: 'x' } },
      { ...envelope, clientId: CLIENT_ID },
    ];
    for (const candidate of bad) {
      expect(applicationEnvelopeSchema.safeParse(candidate).success, JSON.stringify(candidate)?.slice(0, 120)).toBe(false);
      expect(await open(candidate)).toEqual({ ok: false, reason: 'malformed-envelope' });
    }
  });
});

describe('importServerPublicKey', () => {
  it('imports the server public JWK for wrapping only', async () => {
    const result = await importServerPublicKey(webcrypto, server.publicJwk);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.key.type).toBe('public');
      expect(result.key.usages).toEqual(['wrapKey']);
    }
  });

  it('refuses keys under 2048 bits, other algorithms, private keys and junk', async () => {
    const small = await webcrypto.subtle.generateKey(
      { name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
      true,
      ['wrapKey', 'unwrapKey'],
    );
    const smallJwk = await webcrypto.subtle.exportKey('jwk', small.publicKey);
    const sha1 = await webcrypto.subtle.generateKey(
      { name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-1' },
      true,
      ['wrapKey', 'unwrapKey'],
    );
    const ec = await webcrypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveKey']);
    const cases: Array<[unknown, string]> = [
      [smallJwk, 'key-too-small'],
      [{ ...server.publicJwk, alg: 'RSA-OAEP' }, 'wrong-alg'],
      [await webcrypto.subtle.exportKey('jwk', sha1.publicKey), 'wrong-alg'],
      [{ ...server.publicJwk, alg: 'RS256' }, 'wrong-alg'],
      [await webcrypto.subtle.exportKey('jwk', ec.publicKey), 'not-rsa'],
      [{ ...server.publicJwk, d: 'AAAA' }, 'private-key'],
      [{ ...server.publicJwk, e: 'Aw' }, 'bad-exponent'],
      [{ ...server.publicJwk, n: 'not base64url' }, 'bad-modulus'],
      [{ ...server.publicJwk, n: base64urlEncode(new Uint8Array(1024).fill(255)) }, 'key-too-large'],
      [{ ...server.publicJwk, key_ops: ['verify'] }, 'wrong-usage'],
      [{ ...server.publicJwk, use: 'sig' }, 'wrong-usage'],
      [null, 'not-a-jwk'],
      ['{"kty":"RSA"}', 'not-a-jwk'],
      [[], 'not-a-jwk'],
    ];
    for (const [jwk, reason] of cases) {
      expect(await importServerPublicKey(webcrypto, jwk), reason).toEqual({ ok: false, reason });
      const sealed = await sealApplication({ crypto: webcrypto, serverPublicKey: jwk as JsonWebKeyLike, kid: KID, clientId: CLIENT_ID, payload: {}, attachments: [] });
      expect(sealed).toEqual({ ok: false, reason });
    }
    // CryptoKeys are checked the same way.
    const base = { crypto: webcrypto, kid: KID, clientId: CLIENT_ID, payload: {}, attachments: [] };
    expect(await sealApplication({ ...base, serverPublicKey: small.publicKey })).toEqual({ ok: false, reason: 'key-too-small' });
    expect(await sealApplication({ ...base, serverPublicKey: sha1.publicKey })).toEqual({ ok: false, reason: 'wrong-alg' });
  }, 30_000);
});
