/**
 * The kiosk's IndexedDB database (`motcua-kiosk`), through Dexie.
 *
 * What it holds (offline-first contract in design.md, items 1, 2, 7):
 *  - `outbox`: sealed applications waiting to be sent. Plaintext here is only what sync needs to route and
 *    order them (ids, procedure, times, state); the resident's answers are inside `envelope`, encrypted.
 *  - `attachments`: each attachment's AES-GCM ciphertext, keyed by `[clientId+attachmentId]`.
 *  - `receipts`: what the kiosk keeps for status lookup after the application has gone: reference,
 *    procedure, time, status. Nothing personal.
 *  - `settings`: small key-value pairs.
 *
 * ## Durability
 * Every transaction of this database is opened with the IndexedDB durability hint `'strict'` through
 * Dexie's constructor option `chromeTransactionDurability: 'strict'` (https://dexie.org/docs/Dexie/Dexie,
 * "Options"; Dexie passes it as `{ durability }` to `IDBDatabase.transaction()` — dexie.mjs, Transaction
 * `create()`). With 'strict' the browser reports a transaction complete only after the data is flushed to
 * the storage medium (https://developer.mozilla.org/docs/Web/API/IDBTransaction/durability). Dexie has
 * no per-transaction durability argument (`'rw!'` only forces a top-level transaction), so the option is
 * set for the whole database: the kiosk writes little, and everything it writes must survive a power cut.
 *
 * ## Upgrade policy (contract item 9)
 * Version 1 is below. A later change to the schema or to a record's shape adds `this.version(n)` with the
 * full new `stores()` map and, when existing records change shape, an `.upgrade(tx => …)` that migrates
 * them in place. Declared versions are never edited or removed once shipped. Every new version comes with
 * a test that writes queued outbox records, attachments and receipts under the previous version, closes
 * the database, opens it with the new version and proves every queued application is still there and
 * still sendable (tests/component/storage/db.test.ts holds the version-1 baseline).
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { ApplicationEnvelope } from '../../src-shared/crypto';

export const KIOSK_DB_NAME = 'motcua-kiosk';
export const KIOSK_DB_VERSION = 1;

export type OutboxState = 'queued' | 'sending' | 'needs-attention';

export interface OutboxRecord {
  /** UUID v4, the application's idempotency key forever. */
  clientId: string;
  /** The provisional reference on the resident's receipt. */
  reference: string;
  procedureId: string;
  procedureCode: string;
  catalogVersion: string;
  /** ISO 8601 time of the submit. */
  queuedAt: string;
  state: OutboxState;
  /** True once the first byte has been sent (contract item 3): never edited after that. */
  frozen: boolean;
  /** The sealed application (payload encrypted). */
  envelope: ApplicationEnvelope;
  attachmentIds: string[];
  attempts: number;
  lastError?: string;
}

export interface StoredAttachment {
  clientId: string;
  attachmentId: string;
  /** base64url IV of the AES-GCM encryption. */
  iv: string;
  /** Ciphertext + tag. */
  ct: Uint8Array<ArrayBuffer>;
  ciphertextSha256: string;
  size: number;
}

/** Where an application stands, as far as the kiosk knows. More values may be added by the sync work. */
export type ReceiptStatus = 'queued' | 'sending' | 'received' | 'needs-attention';

/** Plaintext on purpose, and therefore these fields only: nothing personal. */
export interface ReceiptRecord {
  reference: string;
  clientId: string;
  procedureId: string;
  procedureCode: string;
  catalogVersion: string;
  /** ISO 8601. */
  submittedAt: string;
  status: ReceiptStatus;
}

export const RECEIPT_FIELDS = [
  'reference',
  'clientId',
  'procedureId',
  'procedureCode',
  'catalogVersion',
  'submittedAt',
  'status',
] as const satisfies readonly (keyof ReceiptRecord)[];

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type KioskDb = Dexie & {
  outbox: EntityTable<OutboxRecord, 'clientId'>;
  attachments: Table<StoredAttachment, [string, string]>;
  receipts: EntityTable<ReceiptRecord, 'reference'>;
  settings: EntityTable<SettingRecord, 'key'>;
};

/** Version 1 of the schema: primary key first, then indexes (Dexie `stores()` syntax). */
export const SCHEMA_V1 = {
  outbox: 'clientId, queuedAt, state',
  attachments: '[clientId+attachmentId], clientId',
  receipts: 'reference, clientId, submittedAt',
  settings: 'key',
} as const;

/**
 * A handle on the kiosk database (opened on first use). Tests pass a unique name; the kiosk uses the
 * default. `options.addons`/middleware can be added with `db.use()` before the first query.
 */
export function createKioskDb(name: string = KIOSK_DB_NAME): KioskDb {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as KioskDb;
  db.version(KIOSK_DB_VERSION).stores(SCHEMA_V1);
  return db;
}
