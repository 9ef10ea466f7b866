/** The kiosk's durable storage: database, submit, queue and receipts, persistence. */
export {
  createKioskDb,
  KIOSK_DB_NAME,
  KIOSK_DB_VERSION,
  RECEIPT_FIELDS,
  SCHEMA_V1,
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
export { requestPersistentStorage, type NavigatorLike, type PersistenceStatus, type StorageManagerLike } from './persistence';
