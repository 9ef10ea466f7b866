/**
 * The SQLite adapter of IntakeStore (node:sqlite, WAL, prepared statements). Atomicity: inserts that
 * must happen once use `INSERT … ON CONFLICT DO NOTHING` and read the winner back in the same IMMEDIATE
 * transaction; state changes that depend on the current state are single conditional UPDATEs.
 */
import type { ApplicationStatus } from '../../src-shared/protocol';
import { openDatabase, transaction, type Database } from './open-sqlite';
import type {
  ApplicationRow,
  AttachmentRow,
  EnrollmentCodeRow,
  EnrollResult,
  InsertResult,
  IntakeStore,
  KioskRow,
  NewApplication,
  SetStatusResult,
  StatusChangeRow,
  UploadRow,
} from './store';

const APP_COLUMNS = `client_id AS clientId, kiosk_id AS kioskId, reference, procedure_id AS procedureId,
  procedure_code AS procedureCode, catalog_version AS catalogVersion, submitted_at AS submittedAt,
  content_hash AS contentHash, body, status, reason, created_at AS createdAt, received_at AS receivedAt,
  updated_at AS updatedAt`;
const KIOSK_COLUMNS = `kiosk_id AS kioskId, location, ward_code AS wardCode, ward_name AS wardName,
  public_jwk AS publicJwk, label, app_version AS appVersion, enrolled_at AS enrolledAt, revoked_at AS revokedAt`;
const CODE_COLUMNS = `code_hash AS codeHash, location, ward_code AS wardCode, ward_name AS wardName,
  created_at AS createdAt, expires_at AS expiresAt, used_at AS usedAt, kiosk_id AS kioskId`;
const ATTACHMENT_COLUMNS = `client_id AS clientId, attachment_id AS attachmentId, size, sha256, iv, verified_at AS verifiedAt`;

type Row = Record<string, unknown>;
const as = <T>(row: unknown): T => ({ ...(row as Row) }) as T;

export function createSqliteStore(file: string): IntakeStore {
  const db: Database = openDatabase(file);
  const light: Database = openDatabase(file, true);
  const q = (sql: string) => db.prepare(sql);
  const ql = (sql: string) => light.prepare(sql);
  const s = {
    addCode: q(`INSERT INTO enrollment_codes (code_hash, location, ward_code, ward_name, created_at, expires_at)
      VALUES (?, ?, ?, ?, ?, ?)`),
    consumeCode: q(`UPDATE enrollment_codes SET used_at = ?, kiosk_id = ?
      WHERE code_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING ${CODE_COLUMNS}`),
    getCode: q(`SELECT ${CODE_COLUMNS} FROM enrollment_codes WHERE code_hash = ?`),
    addKiosk: q(`INSERT INTO kiosks (kiosk_id, location, ward_code, ward_name, public_jwk, label, app_version, enrolled_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    getKiosk: q(`SELECT ${KIOSK_COLUMNS} FROM kiosks WHERE kiosk_id = ?`),
    listKiosks: q(`SELECT ${KIOSK_COLUMNS} FROM kiosks ORDER BY enrolled_at`),
    revoke: q(`UPDATE kiosks SET revoked_at = ? WHERE kiosk_id = ? AND revoked_at IS NULL`),
    useJti: ql(`INSERT INTO token_ids (kiosk_id, jti, exp) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`),
    purgeJti: ql(`DELETE FROM token_ids WHERE exp < ?`),
    saveProcedure: q(`INSERT INTO procedure_versions (procedure_id, catalog_version, json, first_seen) VALUES (?, ?, ?, ?)
      ON CONFLICT (procedure_id, catalog_version) DO UPDATE SET json = excluded.json`),
    getProcedure: q(`SELECT json FROM procedure_versions WHERE procedure_id = ? AND catalog_version = ?`),
    hasProcedure: q(`SELECT 1 AS one FROM procedure_versions WHERE procedure_id = ? LIMIT 1`),
    getApp: q(`SELECT ${APP_COLUMNS} FROM applications WHERE client_id = ?`),
    byReference: q(`SELECT ${APP_COLUMNS} FROM applications WHERE reference = ?`),
    listApps: q(`SELECT ${APP_COLUMNS} FROM applications ORDER BY created_at DESC LIMIT ?`),
    countApps: q(`SELECT COUNT(*) AS n FROM applications`),
    insertApp: q(`INSERT INTO applications (client_id, kiosk_id, reference, procedure_id, procedure_code, catalog_version,
      submitted_at, content_hash, body, status, created_at, received_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (client_id) DO NOTHING`),
    insertAttachment: q(`INSERT INTO attachments (client_id, attachment_id, size, sha256, iv) VALUES (?, ?, ?, ?, ?)`),
    listAttachments: q(`SELECT ${ATTACHMENT_COLUMNS} FROM attachments WHERE client_id = ? ORDER BY rowid`),
    verify: q(`UPDATE attachments SET verified_at = ? WHERE client_id = ? AND attachment_id = ? AND verified_at IS NULL`),
    verifyLight: ql(`UPDATE attachments SET verified_at = ? WHERE client_id = ? AND attachment_id = ? AND verified_at IS NULL`),
    othersUnverified: q(`SELECT COUNT(*) AS n FROM attachments WHERE client_id = ? AND attachment_id <> ? AND verified_at IS NULL`),
    receive: q(`UPDATE applications SET status = 'received', received_at = ?, updated_at = ?
      WHERE client_id = ? AND status = 'pending-attachments'
      AND NOT EXISTS (SELECT 1 FROM attachments WHERE client_id = ? AND verified_at IS NULL)`),
    setStatus: q(`UPDATE applications SET status = ?, reason = ?, updated_at = ? WHERE client_id = ?`),
    addChange: q(`INSERT INTO status_changes (client_id, kiosk_id, status, reason, changed_at) VALUES (?, ?, ?, ?, ?)`),
    feed: q(`SELECT c.seq AS seq, c.client_id AS clientId, a.reference AS reference, c.status AS status,
      c.reason AS reason, c.changed_at AS changedAt
      FROM status_changes c JOIN applications a ON a.client_id = c.client_id
      WHERE c.kiosk_id = ? AND c.seq > ? ORDER BY c.seq LIMIT ?`),
    addUpload: ql(`INSERT INTO uploads (upload_id, client_id, attachment_id, kiosk_id, created_at) VALUES (?, ?, ?, ?, ?)`),
    getUpload: ql(`SELECT upload_id AS uploadId, client_id AS clientId, attachment_id AS attachmentId, kiosk_id AS kioskId,
      created_at AS createdAt FROM uploads WHERE upload_id = ?`),
    deleteUpload: ql(`DELETE FROM uploads WHERE upload_id = ?`),
  };

  const getApp = (clientId: string) => {
    const row = s.getApp.get(clientId);
    return row === undefined ? undefined : as<ApplicationRow>(row);
  };

  return {
    addEnrollmentCode(row) {
      s.addCode.run(row.codeHash, row.location, row.wardCode, row.wardName, row.createdAt, row.expiresAt);
    },
    enrollKiosk(codeHash, now, kiosk): EnrollResult {
      return transaction(db, () => {
        const consumed = s.consumeCode.get(now, kiosk.kioskId, codeHash, now);
        if (consumed === undefined) {
          const existing = s.getCode.get(codeHash) as EnrollmentCodeRow | undefined;
          if (existing === undefined) return { ok: false, reason: 'unknown' };
          return { ok: false, reason: existing.usedAt !== null ? 'used' : 'expired' };
        }
        const code = as<EnrollmentCodeRow>(consumed);
        s.addKiosk.run(kiosk.kioskId, code.location, code.wardCode, code.wardName, kiosk.publicJwk, kiosk.label, kiosk.appVersion, kiosk.enrolledAt);
        return { ok: true, code };
      });
    },
    getKiosk(kioskId) {
      const row = s.getKiosk.get(kioskId);
      return row === undefined ? undefined : as<KioskRow>(row);
    },
    listKiosks: () => s.listKiosks.all().map((row) => as<KioskRow>(row)),
    revokeKiosk: (kioskId, now) => Number(s.revoke.run(now, kioskId).changes) === 1,
    useTokenId: (kioskId, jti, exp) => Number(s.useJti.run(kioskId, jti, exp).changes) === 1,
    purgeTokenIds: (nowSeconds) => Number(s.purgeJti.run(nowSeconds).changes),
    saveProcedureVersion(procedureId, catalogVersion, json, now) {
      s.saveProcedure.run(procedureId, catalogVersion, json, now);
    },
    getProcedureVersion: (procedureId, catalogVersion) =>
      (s.getProcedure.get(procedureId, catalogVersion) as { json: string } | undefined)?.json,
    hasProcedure: (procedureId) => s.hasProcedure.get(procedureId) !== undefined,
    getApplication: getApp,
    findByReference: (reference) => s.byReference.all(reference).map((row) => as<ApplicationRow>(row)),
    listApplications: (limit) => s.listApps.all(limit).map((row) => as<ApplicationRow>(row)),
    countApplications: () => Number((s.countApps.get() as { n: number }).n),
    insertApplicationIfAbsent(app: NewApplication, now: string): InsertResult {
      return transaction(db, () => {
        const received = app.attachments.length === 0;
        const status: ApplicationStatus = received ? 'received' : 'pending-attachments';
        const inserted = s.insertApp.run(app.clientId, app.kioskId, app.reference, app.procedureId, app.procedureCode,
          app.catalogVersion, app.submittedAt, app.contentHash, app.body, status, now, received ? now : null, now);
        if (Number(inserted.changes) === 0) return { created: false, row: getApp(app.clientId)! };
        for (const a of app.attachments) s.insertAttachment.run(app.clientId, a.attachmentId, a.size, a.sha256, a.iv);
        if (received) s.addChange.run(app.clientId, app.kioskId, 'received', null, now);
        return { created: true, row: getApp(app.clientId)! };
      });
    },
    listAttachments: (clientId) => s.listAttachments.all(clientId).map((row) => as<AttachmentRow>(row)),
    markAttachmentVerified(clientId, attachmentId, now) {
      // Only the attachment that completes the application acknowledges it, so only its write must reach
      // the disk before the answer (synchronous=FULL; that WAL sync also carries the earlier, lighter
      // writes). An earlier one is written without waiting for the disk: lost in a power cut, it is
      // simply missing again, and the kiosk, which still holds it, sends it again. (node:sqlite is
      // synchronous: nothing runs between the count and the write.)
      if (Number((s.othersUnverified.get(clientId, attachmentId) as { n: number }).n) > 0) {
        s.verifyLight.run(now, clientId, attachmentId);
        return { received: false };
      }
      return transaction(db, () => {
        s.verify.run(now, clientId, attachmentId);
        const changed = Number(s.receive.run(now, now, clientId, clientId).changes) === 1;
        if (changed) s.addChange.run(clientId, getApp(clientId)!.kioskId, 'received', null, now);
        return { received: changed };
      });
    },
    setStatus(clientId, status, reason, now): SetStatusResult {
      return transaction(db, () => {
        const row = getApp(clientId);
        if (row === undefined) return { ok: false, reason: 'not-found' };
        if (row.status === 'pending-attachments') return { ok: false, reason: 'not-received' };
        if (row.status === status && row.reason === reason) return { ok: true, row, changed: false };
        s.setStatus.run(status, reason, now, clientId);
        s.addChange.run(clientId, row.kioskId, status, reason, now);
        return { ok: true, row: getApp(clientId)!, changed: true };
      });
    },
    statusFeed: (kioskId, afterSeq, limit) => s.feed.all(kioskId, afterSeq, limit).map((row) => as<StatusChangeRow>(row)),
    addUpload(row: UploadRow) {
      s.addUpload.run(row.uploadId, row.clientId, row.attachmentId, row.kioskId, row.createdAt);
    },
    getUpload(uploadId) {
      const row = s.getUpload.get(uploadId);
      return row === undefined ? undefined : as<UploadRow>(row);
    },
    deleteUpload(uploadId) {
      s.deleteUpload.run(uploadId);
    },
    close: () => {
      light.close();
      db.close();
    },
  };
}
