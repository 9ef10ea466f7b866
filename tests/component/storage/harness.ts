/** Shared fixtures for the storage tests: WebCrypto, a server key pair, unique databases, a dump. */
import { webcrypto as nodeWebcrypto } from 'node:crypto';
import { Dexie } from 'dexie';
import type { CryptoKeyLike, JsonWebKeyLike } from '../../../src-shared/crypto';
import { createKioskDb, SCHEMA_V1, type KioskDb } from '../../../src-renderer/storage/db';
import type { SubmitCrypto, SubmitInput } from '../../../src-renderer/storage/submit';

/** jsdom's window may lack SubtleCrypto; then Node's WebCrypto is used (tests only). */
const candidate = (globalThis as { crypto?: { subtle?: unknown; randomUUID?: unknown } }).crypto;
export const testCrypto: SubmitCrypto = (
  candidate !== undefined && typeof candidate.subtle === 'object' && typeof candidate.randomUUID === 'function' ? candidate : nodeWebcrypto
) as unknown as SubmitCrypto;

export const KID = 'intake-2026-01';
export const NAME = 'Nguyễn Thị Hoà';
export const CCCD = '001190012345';
export const PHONE = '0912345678';
export const SECRET_BYTES = 'JFIF-secret-bytes';

/** Version 1 of the kiosk database exactly as shipped (data written by the previous kiosk version). */
export function createKioskDbV1(name: string): KioskDb {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as KioskDb;
  db.version(1).stores(SCHEMA_V1);
  return db;
}

export interface ServerKeys {
  publicJwk: JsonWebKeyLike;
  privateKey: CryptoKeyLike;
}

export async function makeServerKeys(): Promise<ServerKeys> {
  const subtle = nodeWebcrypto.subtle;
  const pair = await subtle.generateKey(
    { name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['wrapKey', 'unwrapKey'],
  );
  const publicJwk = (await subtle.exportKey('jwk', pair.publicKey)) as JsonWebKeyLike;
  // The private key goes back in as non-extractable, as a server would hold it; it never enters the kiosk code.
  const privateJwk = await subtle.exportKey('jwk', pair.privateKey);
  const privateKey = await subtle.importKey('jwk', privateJwk, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['unwrapKey']);
  return { publicJwk, privateKey: privateKey as unknown as CryptoKeyLike };
}

let dbCounter = 0;
const opened: KioskDb[] = [];

/** A fresh database with a unique name; `closeAll` deletes them. */
export function freshDb(): KioskDb {
  dbCounter += 1;
  const db = createKioskDb(`motcua-kiosk-test-${Date.now()}-${dbCounter}`);
  opened.push(db);
  return db;
}

/** Another handle on the same database, as after a reload (closed and deleted by `deleteAll` too). */
export function reopen(db: KioskDb): KioskDb {
  const again = createKioskDb(db.name);
  opened.push(again);
  return again;
}

export async function deleteAll(): Promise<void> {
  const handles = opened.splice(0);
  for (const db of handles) db.close();
  for (const name of new Set(handles.map((db) => db.name))) await Dexie.delete(name);
}

export const PROCEDURE = { id: 'birth-registration', code: '1.001193', catalogVersion: '2026.1' };

export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
}

export function randomBytes(n: number): Uint8Array {
  return testCrypto.getRandomValues(new Uint8Array(n));
}

export function submitInput(keys: ServerKeys, overrides: Partial<SubmitInput> = {}): SubmitInput {
  return {
    procedure: PROCEDURE,
    answers: { 'applicant.fullName': NAME, 'applicant.personalId': CCCD, 'child.fullName': 'Trần Minh Khôi' },
    attachments: [
      { id: 'birth-certificate-1', bytes: utf8(`\u00ff\u00d8${SECRET_BYTES}-page-1`), mimeType: 'image/jpeg' },
      { id: 'parent-id-1', bytes: utf8(`${SECRET_BYTES}-page-2`), mimeType: 'image/jpeg' },
    ],
    contact: { phone: PHONE },
    serverKey: { kid: KID, publicKey: keys.publicJwk },
    now: new Date('2026-11-24T03:15:00.000Z'),
    randomBytes,
    crypto: testCrypto,
    ...overrides,
  };
}

/** Every stored value as searchable text: JSON, with each byte array also decoded as UTF-8 and latin1. */
export async function dumpDatabase(db: KioskDb): Promise<string> {
  // Every table of the schema (outbox, attachments, receipts, settings, uploads, device…).
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  const decoded: string[] = [];
  const json = JSON.stringify(tables, (_key, value: unknown) => {
    if (ArrayBuffer.isView(value)) {
      const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      decoded.push(new TextDecoder('utf-8').decode(bytes), new TextDecoder('latin1').decode(bytes));
      return `<${bytes.length} bytes>`;
    }
    return value;
  });
  return [json, ...decoded].join('\n');
}
