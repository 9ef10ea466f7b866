/**
 * A kiosk's backlog for the sync tests and benches: real applications filed through the real submit path
 * (backlog-filing.ts: `submitApplication`, sealed, one strict transaction). It remembers, per attachment,
 * the SHA-256 of the plaintext and of the ciphertext the kiosk will send, to check the server's copy
 * against later.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { IntakeKey } from '../../../src-shared/config/kiosk-config';
import type { KioskDb } from '../../../src-renderer/storage';
import { backlogProcedures, fileApplications } from './backlog-filing';

export { pageBytes } from './backlog-filing';

export const DEFAULT_CATALOG_DIR = path.resolve(import.meta.dirname, '../../../assets/catalog');

export interface BacklogAttachment {
  id: string;
  plaintextBytes: number;
  plaintextSha256: string;
  ciphertextBytes: number;
  ciphertextSha256: string;
}

export interface BacklogApplication {
  clientId: string;
  reference: string;
  procedureId: string;
  attachments: BacklogAttachment[];
}

export interface BacklogOptions {
  count: number;
  intakeKey: IntakeKey;
  /** Pages per application: a fixed number, or drawn from [min, max]. */
  pages: number | readonly [number, number];
  /** Bytes per page: a fixed number, or drawn from [min, max]. */
  pageBytes: number | readonly [number, number];
  seed?: number;
  catalogDir?: string;
  /** Filing time; the answers' dates are in June 2026, so any later day is fine. */
  now?: Date;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Files `count` applications into the kiosk database, oldest first; throws with the reason if one fails. */
export async function fileBacklog(db: KioskDb, options: BacklogOptions): Promise<BacklogApplication[]> {
  const catalogDir = options.catalogDir ?? DEFAULT_CATALOG_DIR;
  const procedures = backlogProcedures((file) => JSON.parse(readFileSync(path.join(catalogDir, file), 'utf8')));
  const plaintext = new Map<string, string>();
  const filed: BacklogApplication[] = [];
  const remember = (app: { clientId: string }, pages: readonly { id: string; bytes: Uint8Array }[]) => {
    for (const page of pages) plaintext.set(`${app.clientId}/${page.id}`, sha256(page.bytes));
  };
  for (const app of await fileApplications(db, { ...options, procedures }, remember)) filed.push({ ...app, attachments: [] });
  // What the kiosk will send, read back from its own database before anything is sent.
  for (const app of filed) {
    const stored = await db.attachments.where('clientId').equals(app.clientId).toArray();
    app.attachments = stored.map((a) => {
      if (sha256(a.ct) !== a.ciphertextSha256) throw new Error(`the kiosk's hash of ${a.clientId}/${a.attachmentId} does not match its bytes`);
      return {
        id: a.attachmentId,
        plaintextBytes: a.ct.length - 16,
        plaintextSha256: plaintext.get(`${a.clientId}/${a.attachmentId}`)!,
        ciphertextBytes: a.ct.length,
        ciphertextSha256: a.ciphertextSha256,
      };
    });
  }
  return filed;
}

/** Bytes a backlog puts on the wire as attachments (ciphertext). */
export function backlogAttachmentBytes(backlog: readonly BacklogApplication[]): number {
  return backlog.reduce((sum, app) => sum + app.attachments.reduce((s, a) => s + a.ciphertextBytes, 0), 0);
}
