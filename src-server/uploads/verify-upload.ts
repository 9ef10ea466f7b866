/**
 * A finished tus upload is checked before it counts: the ciphertext's SHA-256 must be the one declared in
 * the PUT (hashed as the bytes streamed in and kept in memory for this check, capturing-store.ts; only an
 * upload that came in pieces is read back from its file); then it is decrypted with the application's
 * content key (the one the PUT unwrapped, applications/opened-cache.ts) and the plaintext's size and
 * SHA-256 must match the sealed manifest. Only then is the file kept by content hash at
 * `<data>/attachments/<sha256>` (fsynced — while it is being decrypted — then hard-linked: no copy, the
 * same content once — and the folder fsynced so the link survives a power cut), and the attachment marked verified; the application turns `received` with its
 * last attachment.
 */
import { createHash } from 'node:crypto';
import { link, mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { openAttachment } from '../../src-shared/crypto';
import type { ApplicationStatus, ErrorCode } from '../../src-shared/protocol';
import { nodeCrypto } from '../applications/check-submission';
import { openStored } from '../applications/opened-cache';
import { HttpError } from '../errors';
import type { KeyRing } from '../keys/server-keys';
import type { IntakeStore, UploadRow } from '../storage/store';
import type { CapturedUpload } from './capturing-store';

export interface VerifyDeps {
  store: IntakeStore;
  keys: KeyRing;
  attachmentsDir: string;
  now(): Date;
}

/** `applicationStatus`: the application's status after this upload (`received` once its last attachment is in). */
export type VerifyOutcome =
  | { ok: true; received: boolean; duplicate: boolean; applicationStatus: ApplicationStatus }
  | { ok: false; status: number; code: ErrorCode; message: string };

const fail = (status: number, code: ErrorCode, message: string): VerifyOutcome => ({ ok: false, status, code, message });

/** fsync of a file (or, on POSIX, a folder). */
async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * The new name in `attachments/` must be on disk before the attachment counts as verified: a power cut
 * after the acknowledging commit must not leave a verified row without its file. POSIX makes a link
 * durable only with an fsync of its folder (Windows cannot open a folder for that; NTFS journals it).
 */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform !== 'win32') await syncFile(folder);
}

async function linkByHash(file: string, attachmentsDir: string, sha256: string): Promise<void> {
  const target = path.join(attachmentsDir, sha256);
  const linkOnce = () =>
    link(file, target).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  // The folder is made at start; made again if someone removed it since.
  await linkOnce().catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    await mkdir(attachmentsDir, { recursive: true });
    await linkOnce();
  });
}

/** `captured`: the bytes and hash taken while they streamed to `file` (capturing-store.ts), else read back. */
export async function verifyUpload(deps: VerifyDeps, upload: UploadRow, file: string, captured?: CapturedUpload): Promise<VerifyOutcome> {
  const { store } = deps;
  const application = store.getApplication(upload.clientId);
  const attachment = store.listAttachments(upload.clientId).find((a) => a.attachmentId === upload.attachmentId);
  if (!application || !attachment) return fail(404, 'not-found', 'the application of this upload is gone');

  const bytes = captured?.bytes ?? (await readFile(file));
  const sha256 = captured?.sha256 ?? createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== attachment.sha256) {
    return fail(409, 'hash-mismatch', 'the uploaded bytes do not have the declared SHA-256; the upload was discarded: upload again');
  }
  if (attachment.verifiedAt !== null) return { ok: true, received: false, duplicate: true, applicationStatus: application.status };
  // The file goes to disk while it is decrypted and checked (awaited before it is kept and counted).
  const synced = syncFile(file);
  synced.catch(() => undefined); // a refused upload is discarded without waiting for it

  let opened;
  try {
    opened = await openStored(deps.keys, upload.clientId, application.body);
  } catch (error) {
    return fail(422, 'cannot-open', error instanceof HttpError ? error.message : 'the envelope cannot be opened');
  }
  const entry = opened.attachments.find((a) => a.id === upload.attachmentId);
  if (!entry) return fail(422, 'invalid-application', 'the sealed manifest has no such attachment');
  const ct = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const plain = await openAttachment({ crypto: nodeCrypto, key: opened.key, clientId: upload.clientId, attachmentId: upload.attachmentId, blob: { iv: attachment.iv, ct } });
  if (!plain.ok) return fail(422, 'cannot-open', `the attachment cannot be decrypted (${plain.reason})`);
  const plainSha = createHash('sha256').update(plain.bytes).digest('hex');
  if (plain.bytes.length !== entry.size || plainSha !== entry.sha256) {
    return fail(422, 'hash-mismatch', 'the decrypted attachment does not match the sealed manifest');
  }

  await synced;
  await linkByHash(file, deps.attachmentsDir, sha256);
  await syncFolder(deps.attachmentsDir);
  const { received } = store.markAttachmentVerified(upload.clientId, upload.attachmentId, deps.now().toISOString());
  const applicationStatus = received ? 'received' : (store.getApplication(upload.clientId)?.status ?? application.status);
  return { ok: true, received, duplicate: false, applicationStatus };
}
