/**
 * The kiosk's IndexedDB database (`motcua-kiosk`), through Dexie.
 *
 * What it holds (offline-first contract in design.md, items 1, 2, 7):
 *  - `outbox`: sealed applications waiting to be sent. Plaintext here is only what sync needs to route and
 *    order them (ids, procedure, times, state); the resident's answers are inside `envelope`, encrypted.
 *  - `attachments`: each attachment's AES-GCM ciphertext, keyed by `[clientId+attachmentId]`.
 *  - `receipts`: what the kiosk keeps for status lookup after the application has gone: reference,
 *    procedure, time, status. Nothing personal.
 *  - `settings`: small key-value pairs (also the sync engine's status-feed cursor, last success time and the
 *    cached catalog, see SYNC_SETTING_KEYS).
 *  - `uploads` (v2): tus upload state per attachment (the tus-js-client `urlStorage`, upload-store.ts);
 *    removed when the attachment is done and when the application is acknowledged.
 *  - `device` (v2): this kiosk's identity after enrollment (one record, id `self`): kiosk id, server
 *    address, its non-extractable ECDSA P-256 key pair as CryptoKey objects (IndexedDB structured-clones
 *    them; the private key cannot be read back out), the server's intake keys and settings.
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
import type { IntakeKey } from '../../src-shared/config/kiosk-config';
import { APPLICATION_STATUSES, type ApplicationStatus, type DevicePublicJwk, type KioskSettings } from '../../src-shared/protocol';

export const KIOSK_DB_NAME = 'motcua-kiosk';
export const KIOSK_DB_VERSION = 2;

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
  /** Plain English for ward IT (error code, field names and message keys; never the resident's data). */
  lastError?: string;
  /** v2: ISO time of the first send attempt. */
  sentAt?: string;
  /** v2: ISO time of the last send attempt. */
  lastAttemptAt?: string;
  /** v2: the machine code of why the record needs attention (e.g. `conflict`, `invalid-application`). */
  attentionReason?: string;
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

/**
 * Where an application stands, as far as the kiosk knows: on the kiosk (queued, sending, needs-attention:
 * refused for good, kept for ward IT) or, once acknowledged, the server's status from the status feed.
 */
export type ReceiptStatus = 'queued' | 'sending' | 'needs-attention' | Exclude<ApplicationStatus, 'pending-attachments'>;

export const RECEIPT_STATUSES: readonly ReceiptStatus[] = [
  'queued',
  'sending',
  ...APPLICATION_STATUSES.filter((s): s is Exclude<ApplicationStatus, 'pending-attachments'> => s !== 'pending-attachments'),
  'needs-attention',
];

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
  /** v2: the officer's words for the resident (needs-information, rejected), or the kiosk's machine code for needs-attention. */
  reason?: string;
  /** v2: ISO time of the last status change. */
  statusChangedAt?: string;
}

export const RECEIPT_FIELDS = [
  'reference',
  'clientId',
  'procedureId',
  'procedureCode',
  'catalogVersion',
  'submittedAt',
  'status',
  'reason',
  'statusChangedAt',
] as const satisfies readonly (keyof ReceiptRecord)[];

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** v2: one tus upload in progress (tus-js-client `PreviousUpload` plus its keys). */
export interface UploadRecord {
  clientId: string;
  attachmentId: string;
  fingerprint: string;
  uploadUrl: string | null;
  size: number | null;
  metadata: Record<string, string>;
  /** tus-js-client's creation time text. */
  creationTime: string;
}

/** v2: the kiosk's identity after enrollment. */
export interface DeviceRecord {
  id: 'self';
  kioskId: string;
  /** Origin of the intake server, e.g. `https://motcua.example.vn`. */
  serverUrl: string;
  /** Non-extractable ECDSA P-256 key pair (stored as CryptoKey objects). */
  keyPair: CryptoKeyPair;
  publicKeyJwk: DevicePublicJwk;
  location: string;
  wardCode: string;
  wardName: string;
  intakeKeys: IntakeKey[];
  settings: KioskSettings;
  /** ISO time. */
  enrolledAt: string;
  /** ISO time the server answered `kiosk-revoked`. */
  revokedAt?: string;
}

/** Keys of the sync engine's own entries in `settings`. */
export const SYNC_SETTING_KEYS = {
  statusCursor: 'sync.statusCursor',
  lastSuccessAt: 'sync.lastSuccessAt',
  catalog: 'sync.catalog',
} as const;

export type KioskDb = Dexie & {
  outbox: EntityTable<OutboxRecord, 'clientId'>;
  attachments: Table<StoredAttachment, [string, string]>;
  receipts: EntityTable<ReceiptRecord, 'reference'>;
  settings: EntityTable<SettingRecord, 'key'>;
  uploads: Table<UploadRecord, [string, string]>;
  device: EntityTable<DeviceRecord, 'id'>;
};

/** Version 1 of the schema: primary key first, then indexes (Dexie `stores()` syntax). */
export const SCHEMA_V1 = {
  outbox: 'clientId, queuedAt, state',
  attachments: '[clientId+attachmentId], clientId',
  receipts: 'reference, clientId, submittedAt',
  settings: 'key',
} as const;

/**
 * Version 2 (issue 4, sync): adds `uploads` and `device`. Existing records keep their shape (the new
 * outbox and receipt fields are optional and the receipt statuses a superset), so no `.upgrade()` is
 * needed: every queued application of version 1 stays queued and sendable.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  uploads: '[clientId+attachmentId], clientId, fingerprint',
  device: 'id',
} as const;

/** Where Dexie finds IndexedDB, when not on the global object (Node tests pass fake-indexeddb's). */
export interface IndexedDbProvider {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/**
 * A handle on the kiosk database (opened on first use). Tests pass a unique name; the kiosk uses the
 * default. `options.addons`/middleware can be added with `db.use()` before the first query.
 */
export function createKioskDb(name: string = KIOSK_DB_NAME, provider?: IndexedDbProvider): KioskDb {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict', ...provider }) as KioskDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(KIOSK_DB_VERSION).stores(SCHEMA_V2);
  return db;
}
