/**
 * The server's submission keys (RSA-OAEP-256): kiosks seal each application's content key to the current
 * public key; the server keeps every older private key so envelopes sealed before a rotation still open.
 * Stored as `<data>/keys/<kid>.private.jwk.json` (mode 0600): `{ kid, createdAt, privateJwk }`. A key file
 * named in the configuration is used too, and is current. The first start creates a key.
 */
import { randomBytes, webcrypto } from 'node:crypto';
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { IntakeKey } from '../../src-shared/config/kiosk-config';

export interface ServerKey {
  kid: string;
  createdAt: string;
  privateKey: webcrypto.CryptoKey;
  publicJwk: IntakeKey['publicKeyJwk'];
}

export interface KeyRing {
  /** Newest first: the first is the key new applications are sealed to. */
  keys: ServerKey[];
  byKid(kid: string): ServerKey | undefined;
  /** For DeviceInfo.intakeKeys (current first, at most 8). */
  intakeKeys(): IntakeKey[];
}

const keyFileSchema = z.object({
  kid: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/),
  createdAt: z.iso.datetime(),
  privateJwk: z.looseObject({ kty: z.literal('RSA'), n: z.string(), e: z.string(), d: z.string() }),
});
type KeyFile = z.infer<typeof keyFileSchema>;

const KEY_SUFFIX = '.private.jwk.json';

export function newKid(now: Date): string {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  return `intake-${day}-${randomBytes(2).toString('hex')}`;
}

export async function generateKeyFile(now: Date, modulusLength: number): Promise<KeyFile> {
  const pair = await webcrypto.subtle.generateKey(
    { name: 'RSA-OAEP', modulusLength, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['wrapKey', 'unwrapKey'],
  );
  const privateJwk = (await webcrypto.subtle.exportKey('jwk', pair.privateKey)) as KeyFile['privateJwk'];
  return { kid: newKid(now), createdAt: now.toISOString(), privateJwk };
}

async function importKeyFile(file: KeyFile): Promise<ServerKey> {
  const { kty, n, e, d, p, q, dp, dq, qi } = file.privateJwk as Record<string, string>;
  const privateKey = await webcrypto.subtle.importKey(
    'jwk',
    { kty, n, e, d, p, q, dp, dq, qi, alg: 'RSA-OAEP-256', ext: false },
    { name: 'RSA-OAEP', hash: 'SHA-256' },
    false,
    ['unwrapKey'],
  );
  return { kid: file.kid, createdAt: file.createdAt, privateKey, publicJwk: { kty: 'RSA', alg: 'RSA-OAEP-256', n: n!, e: e! } };
}

async function readKeyFile(file: string): Promise<KeyFile> {
  const parsed = keyFileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: not a server key file (${parsed.error.issues[0]?.message ?? 'bad shape'})`);
  return parsed.data;
}

export async function writeKeyFile(dir: string, file: KeyFile): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const target = path.join(dir, `${file.kid}${KEY_SUFFIX}`);
  await writeFile(target, JSON.stringify(file) + '\n', { mode: 0o600, flag: 'wx' });
  await chmod(target, 0o600);
  return target;
}

export interface LoadKeysOptions {
  keysDir: string;
  /** An extra key file (configuration `keyFile`); it becomes the current key. */
  keyFile?: string;
  modulusLength: number;
  now: Date;
}

export async function loadKeyRing(options: LoadKeysOptions): Promise<KeyRing> {
  const { keysDir } = options;
  await mkdir(keysDir, { recursive: true, mode: 0o700 });
  const names = (await readdir(keysDir)).filter((name) => name.endsWith(KEY_SUFFIX));
  const files: KeyFile[] = [];
  for (const name of names) files.push(await readKeyFile(path.join(keysDir, name)));
  files.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  if (options.keyFile !== undefined) {
    const extra = await readKeyFile(options.keyFile);
    const rest = files.filter((f) => f.kid !== extra.kid);
    files.splice(0, files.length, extra, ...rest);
  }
  if (files.length === 0) {
    const created = await generateKeyFile(options.now, options.modulusLength);
    await writeKeyFile(keysDir, created);
    files.push(created);
  }
  const keys = await Promise.all(files.map(importKeyFile));
  const byKid = new Map(keys.map((k) => [k.kid, k]));
  return {
    keys,
    byKid: (kid) => byKid.get(kid),
    intakeKeys: () => keys.slice(0, 8).map((k) => ({ kid: k.kid, publicKeyJwk: k.publicJwk })),
  };
}
