/**
 * The intake server's storage, behind a small interface so a Postgres adapter can follow the SQLite one
 * (sqlite-store.ts). Every "insert if absent" is atomic in the adapter (one statement or one transaction),
 * never check-then-insert. Times are ISO 8601 strings; token expiries are Unix seconds.
 */
import type { ApplicationStatus } from '../../src-shared/protocol';

export interface EnrollmentCodeRow {
  codeHash: string;
  location: string;
  wardCode: string;
  wardName: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  kioskId: string | null;
}

export interface KioskRow {
  kioskId: string;
  location: string;
  wardCode: string;
  wardName: string;
  /** The device's ECDSA P-256 public JWK, as JSON text. */
  publicJwk: string;
  label: string | null;
  appVersion: string | null;
  enrolledAt: string;
  revokedAt: string | null;
}

export interface AttachmentRow {
  clientId: string;
  attachmentId: string;
  /** Ciphertext bytes (the tus Upload-Length). */
  size: number;
  /** SHA-256 of the ciphertext, hex: also its file name under `<data>/attachments/`. */
  sha256: string;
  iv: string;
  verifiedAt: string | null;
}

export interface ApplicationRow {
  clientId: string;
  kioskId: string;
  reference: string;
  procedureId: string;
  procedureCode: string;
  catalogVersion: string;
  submittedAt: string;
  /** SHA-256 of the canonical JSON of the PUT body: same id + other hash = 409. */
  contentHash: string;
  /** The PUT body as received (the envelope stays encrypted), JSON text. */
  body: string;
  status: ApplicationStatus;
  reason: string | null;
  createdAt: string;
  receivedAt: string | null;
  updatedAt: string;
}

export type NewApplication = Omit<ApplicationRow, 'status' | 'reason' | 'receivedAt' | 'updatedAt'> & {
  attachments: Array<Omit<AttachmentRow, 'clientId' | 'verifiedAt'>>;
};

export interface UploadRow {
  uploadId: string;
  clientId: string;
  attachmentId: string;
  kioskId: string;
  createdAt: string;
}

export interface StatusChangeRow {
  seq: number;
  clientId: string;
  reference: string;
  status: ApplicationStatus;
  reason: string | null;
  changedAt: string;
}

export type EnrollResult = { ok: true; code: EnrollmentCodeRow } | { ok: false; reason: 'unknown' | 'used' | 'expired' };

export type InsertResult = { created: true; row: ApplicationRow } | { created: false; row: ApplicationRow };

export type SetStatusResult =
  | { ok: true; row: ApplicationRow; changed: boolean }
  | { ok: false; reason: 'not-found' | 'not-received' };

export interface IntakeStore {
  // Enrollment codes and kiosks
  addEnrollmentCode(row: Omit<EnrollmentCodeRow, 'usedAt' | 'kioskId'>): void;
  /** Consumes the code and registers the kiosk in one transaction; a code works once. */
  enrollKiosk(codeHash: string, now: string, kiosk: Omit<KioskRow, 'location' | 'wardCode' | 'wardName' | 'revokedAt'>): EnrollResult;
  getKiosk(kioskId: string): KioskRow | undefined;
  listKiosks(): KioskRow[];
  /** True when the kiosk existed and was not yet revoked. */
  revokeKiosk(kioskId: string, now: string): boolean;
  // Token ids
  /** Records a token id; false when it was seen before (a replay). */
  useTokenId(kioskId: string, jti: string, exp: number): boolean;
  purgeTokenIds(nowSeconds: number): number;
  // Catalog versions ever loaded
  saveProcedureVersion(procedureId: string, catalogVersion: string, json: string, now: string): void;
  getProcedureVersion(procedureId: string, catalogVersion: string): string | undefined;
  hasProcedure(procedureId: string): boolean;
  // Applications
  getApplication(clientId: string): ApplicationRow | undefined;
  findByReference(reference: string): ApplicationRow[];
  listApplications(limit: number): ApplicationRow[];
  countApplications(): number;
  /** Inserts the application and its attachment rows unless the client id exists (atomic). */
  insertApplicationIfAbsent(app: NewApplication, now: string): InsertResult;
  listAttachments(clientId: string): AttachmentRow[];
  /** Marks one attachment verified; the application turns `received` when it was the last one. */
  markAttachmentVerified(clientId: string, attachmentId: string, now: string): { received: boolean };
  setStatus(clientId: string, status: ApplicationStatus, reason: string | null, now: string): SetStatusResult;
  statusFeed(kioskId: string, afterSeq: number, limit: number): StatusChangeRow[];
  // tus uploads
  addUpload(row: UploadRow): void;
  getUpload(uploadId: string): UploadRow | undefined;
  deleteUpload(uploadId: string): void;
  close(): void;
}
