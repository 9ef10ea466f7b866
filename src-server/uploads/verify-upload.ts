/**
 * A finished tus upload is checked before it counts: the ciphertext's SHA-256 must be the one declared in
 * the PUT; then it is decrypted with the application's content key (unwrapped again from the stored
 * envelope) and the plaintext's size and SHA-256 must match the sealed manifest. Only then is the file
 * kept, by content hash, at `<data>/attachments/<sha256>` (hard link: the same content once), and the
 * attachment marked verified; the application turns `received` with its last attachment.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { link, mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { openAttachment } from '../../src-shared/crypto';
import type { ErrorCode, SubmitApplicationRequest } from '../../src-shared/protocol';
import { nodeCrypto, openEnvelope } from '../applications/check-submission';
import { HttpError } from '../errors';
import type { KeyRing } from '../keys/server-keys';
import type { IntakeStore, UploadRow } from '../storage/store';

export interface VerifyDeps {
  store: IntakeStore;
  keys: KeyRing;
  attachmentsDir: string;
  now(): Date;
}

type Opened = Awaited<ReturnType<typeof openEnvelope>>;
/** Opened envelopes of the last applications (an application's attachments arrive one after another). */
const OPENED_CACHE_SIZE = 64;
const openedCache = new WeakMap<KeyRing, Map<string, Opened>>();

async function openCached(keys: KeyRing, clientId: string, body: string): Promise<Opened> {
  let cache = openedCache.get(keys);
  if (!cache) openedCache.set(keys, (cache = new Map()));
  const hit = cache.get(clientId);
  if (hit) return hit;
  const opened = await openEnvelope(keys, clientId, (JSON.parse(body) as SubmitApplicationRequest).envelope);
  cache.set(clientId, opened);
  if (cache.size > OPENED_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return opened;
}

export type VerifyOutcome = { ok: true; received: boolean; duplicate: boolean } | { ok: false; status: number; code: ErrorCode; message: string };

const fail = (status: number, code: ErrorCode, message: string): VerifyOutcome => ({ ok: false, status, code, message });

async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function keepByHash(file: string, attachmentsDir: string, sha256: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  await mkdir(attachmentsDir, { recursive: true });
  try {
    await link(file, path.join(attachmentsDir, sha256));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

export async function verifyUpload(deps: VerifyDeps, upload: UploadRow, file: string): Promise<VerifyOutcome> {
  const { store } = deps;
  const application = store.getApplication(upload.clientId);
  const attachment = store.listAttachments(upload.clientId).find((a) => a.attachmentId === upload.attachmentId);
  if (!application || !attachment) return fail(404, 'not-found', 'the application of this upload is gone');

  const sha256 = await fileSha256(file);
  if (sha256 !== attachment.sha256) {
    return fail(409, 'hash-mismatch', 'the uploaded bytes do not have the declared SHA-256; the upload was discarded: upload again');
  }
  if (attachment.verifiedAt !== null) return { ok: true, received: false, duplicate: true };

  let opened;
  try {
    opened = await openCached(deps.keys, upload.clientId, application.body);
  } catch (error) {
    return fail(422, 'cannot-open', error instanceof HttpError ? error.message : 'the envelope cannot be opened');
  }
  const entry = opened.attachments.find((a) => a.id === upload.attachmentId);
  if (!entry) return fail(422, 'invalid-application', 'the sealed manifest has no such attachment');
  const ct = new Uint8Array(await readFile(file));
  const plain = await openAttachment({ crypto: nodeCrypto, key: opened.key, clientId: upload.clientId, attachmentId: upload.attachmentId, blob: { iv: attachment.iv, ct } });
  if (!plain.ok) return fail(422, 'cannot-open', `the attachment cannot be decrypted (${plain.reason})`);
  const plainSha = createHash('sha256').update(plain.bytes).digest('hex');
  if (plain.bytes.length !== entry.size || plainSha !== entry.sha256) {
    return fail(422, 'hash-mismatch', 'the decrypted attachment does not match the sealed manifest');
  }

  await keepByHash(file, deps.attachmentsDir, sha256);
  const { received } = store.markAttachmentVerified(upload.clientId, upload.attachmentId, deps.now().toISOString());
  return { ok: true, received, duplicate: false };
}
