/**
 * What the intake server really holds, read from its data folder without going through its code: the
 * SQLite rows (node:sqlite, read-only), the attachment files stored by content hash, and the server's
 * private keys — so the test can open every stored attachment itself and compare it with the plaintext
 * the kiosk filed.
 */
import { createHash, webcrypto } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as NodeSqlite from 'node:sqlite';
import type { DatabaseSync } from 'node:sqlite';
import { openApplication, openAttachment, type CryptoKeyLike, type CryptoLike } from '../../../src-shared/crypto';
import type { BacklogApplication } from './kiosk-backlog';

const nodeCrypto = webcrypto as unknown as CryptoLike;
export const SERVER_DB_FILE = 'intake.sqlite';

export interface StoredApplicationRow {
  client_id: string;
  reference: string;
  status: string;
  body: string;
}

export interface StoredAttachmentRow {
  client_id: string;
  attachment_id: string;
  size: number;
  sha256: string;
  iv: string;
  verified_at: string | null;
}

export interface ServerHoldings {
  applications: StoredApplicationRow[];
  attachments: StoredAttachmentRow[];
}

function openReadOnly(file: string): DatabaseSync {
  const original = process.emitWarning;
  // node:sqlite warns once that it is experimental; nothing else is silenced.
  process.emitWarning = (() => undefined) as typeof process.emitWarning;
  try {
    const { DatabaseSync: Database } = createRequire(import.meta.url)('node:sqlite') as typeof NodeSqlite;
    return new Database(file, { readOnly: true });
  } finally {
    process.emitWarning = original;
  }
}

export function readServerHoldings(dataDir: string): ServerHoldings {
  const db = openReadOnly(path.join(dataDir, SERVER_DB_FILE));
  try {
    const applications = db.prepare('SELECT client_id, reference, status, body FROM applications ORDER BY created_at').all() as unknown as StoredApplicationRow[];
    const attachments = db
      .prepare('SELECT client_id, attachment_id, size, sha256, iv, verified_at FROM attachments ORDER BY client_id, attachment_id')
      .all() as unknown as StoredAttachmentRow[];
    return { applications, attachments };
  } finally {
    db.close();
  }
}

/** The server's RSA private keys by kid, from `<data>/keys/<kid>.private.jwk.json`. */
export async function serverPrivateKeys(dataDir: string): Promise<Map<string, CryptoKeyLike>> {
  const dir = path.join(dataDir, 'keys');
  const keys = new Map<string, CryptoKeyLike>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.private.jwk.json'))) {
    const file = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { kid: string; privateJwk: JsonWebKey };
    const { kty, n, e, d, p, q, dp, dq, qi } = file.privateJwk;
    const key = await webcrypto.subtle.importKey('jwk', { kty, n, e, d, p, q, dp, dq, qi }, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['unwrapKey']);
    keys.set(file.kid, key as unknown as CryptoKeyLike);
  }
  return keys;
}

export interface AttachmentCheck {
  /** Attachments whose stored file has the kiosk's ciphertext hash. */
  byteIdentical: number;
  /** Attachments that decrypt (with the server's key and the stored envelope) to the kiosk's plaintext. */
  decryptToOriginal: number;
  problems: string[];
}

/** Compares every attachment of the backlog with the server's file, byte for byte (hash) and after decryption. */
export async function checkAttachments(dataDir: string, holdings: ServerHoldings, backlog: readonly BacklogApplication[]): Promise<AttachmentCheck> {
  const keys = await serverPrivateKeys(dataDir);
  const apps = new Map(holdings.applications.map((row) => [row.client_id, row]));
  const rows = new Map(holdings.attachments.map((row) => [`${row.client_id}/${row.attachment_id}`, row]));
  const result: AttachmentCheck = { byteIdentical: 0, decryptToOriginal: 0, problems: [] };
  for (const app of backlog) {
    const row = apps.get(app.clientId);
    if (!row) {
      result.problems.push(`${app.clientId}: not on the server`);
      continue;
    }
    const envelope = (JSON.parse(row.body) as { envelope: { kid: string } }).envelope;
    const privateKey = keys.get(envelope.kid);
    const opened = privateKey ? await openApplication({ crypto: nodeCrypto, privateKey, kid: envelope.kid, envelope, clientId: app.clientId }) : null;
    if (!opened?.ok) result.problems.push(`${app.clientId}: the stored envelope does not open`);
    for (const attachment of app.attachments) {
      const name = `${app.clientId}/${attachment.id}`;
      const stored = rows.get(name);
      if (!stored) {
        result.problems.push(`${name}: no attachment row`);
        continue;
      }
      let bytes: Uint8Array<ArrayBuffer>;
      try {
        bytes = new Uint8Array(readFileSync(path.join(dataDir, 'attachments', stored.sha256)));
      } catch {
        result.problems.push(`${name}: no file attachments/${stored.sha256}`);
        continue;
      }
      const fileSha = createHash('sha256').update(bytes).digest('hex');
      if (fileSha === attachment.ciphertextSha256 && stored.sha256 === attachment.ciphertextSha256 && bytes.length === attachment.ciphertextBytes) result.byteIdentical += 1;
      else result.problems.push(`${name}: stored bytes differ from the kiosk's ciphertext`);
      if (!opened?.ok) continue;
      const plain = await openAttachment({ crypto: nodeCrypto, key: opened.key, clientId: app.clientId, attachmentId: attachment.id, blob: { iv: stored.iv, ct: bytes } });
      if (plain.ok && createHash('sha256').update(plain.bytes).digest('hex') === attachment.plaintextSha256) result.decryptToOriginal += 1;
      else result.problems.push(`${name}: does not decrypt to the filed plaintext`);
    }
  }
  return result;
}
