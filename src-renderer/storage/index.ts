/** The kiosk's durable storage: database, submit, queue and receipts, persistence. */
export {
  createKioskDb,
  KIOSK_DB_NAME,
  KIOSK_DB_VERSION,
  RECEIPT_FIELDS,
  RECEIPT_STATUSES,
  SCHEMA_V1,
  SCHEMA_V2,
  SYNC_SETTING_KEYS,
  type DeviceRecord,
  type IndexedDbProvider,
  type UploadRecord,
  type KioskDb,
  type OutboxRecord,
  type OutboxState,
  type ReceiptRecord,
  type ReceiptStatus,
  type SettingRecord,
  type StoredAttachment,
} from './db';
export { isQuotaError, submitApplication, type SubmitAttachment, type SubmitCrypto, type SubmitFailure, type SubmitInput, type SubmitProcedure, type SubmitResult } from './submit';
export { createSubmitOnce, type SubmitOnce } from './submit-guard';
export { countWaiting, findReceipt, listReceipts, liveWaitingCount } from './queue';
export { readStorageStatus, requestPersistentStorage, type NavigatorLike, type PersistenceStatus, type StorageManagerLike } from './persistence';
export { acknowledge, applyStatusChanges, markNeedsAttention, markSending, outboxCounts, requeue, sendableRecords, type ReceiptStatusChange, type ServerReceiptStatus } from './outbox-state';
export { createUploadStore, uploadFingerprint, type PreviousUploadLike, type UrlStorageLike } from './upload-store';
