/**
 * tus-js-client's `urlStorage` on Dexie (contract item 6): where a resumable upload of an attachment
 * lives on the server, kept next to its outbox record so a restart resumes instead of starting over.
 * The fingerprint names the attachment (client id, attachment id, ciphertext hash): nothing personal, and
 * the row goes when the attachment is done (`removeFingerprintOnSuccess`) or its application acknowledged.
 */
import type { KioskDb, UploadRecord } from './db';

/** Structural copy of tus-js-client's `PreviousUpload`. */
export interface PreviousUploadLike {
  size: number | null;
  metadata: { [key: string]: string };
  creationTime: string;
  urlStorageKey: string;
  uploadUrl: string | null;
  parallelUploadUrls: string[] | null;
}

/** Structural copy of tus-js-client's `UrlStorage`. */
export interface UrlStorageLike {
  findAllUploads(): Promise<PreviousUploadLike[]>;
  findUploadsByFingerprint(fingerprint: string): Promise<PreviousUploadLike[]>;
  removeUpload(urlStorageKey: string): Promise<void>;
  addUpload(fingerprint: string, upload: Omit<PreviousUploadLike, 'urlStorageKey'>): Promise<string>;
}

const PREFIX = 'motcua-upload';

/** The fingerprint of one attachment's upload. */
export function uploadFingerprint(clientId: string, attachmentId: string, ciphertextSha256: string): string {
  return [PREFIX, clientId, attachmentId, ciphertextSha256].join(':');
}

function parseFingerprint(fingerprint: string): { clientId: string; attachmentId: string } | null {
  const [prefix, clientId, attachmentId, hash, ...rest] = fingerprint.split(':');
  if (prefix !== PREFIX || !clientId || !attachmentId || hash === undefined || rest.length > 0) return null;
  return { clientId, attachmentId };
}

function storageKey(row: Pick<UploadRecord, 'clientId' | 'attachmentId'>): string {
  return JSON.stringify([row.clientId, row.attachmentId]);
}

function parseStorageKey(key: string): [string, string] | null {
  try {
    const value: unknown = JSON.parse(key);
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') return [value[0], value[1]];
  } catch {
    // Not one of ours.
  }
  return null;
}

function toPrevious(row: UploadRecord): PreviousUploadLike {
  return {
    size: row.size,
    metadata: { ...row.metadata },
    creationTime: row.creationTime,
    urlStorageKey: storageKey(row),
    uploadUrl: row.uploadUrl,
    parallelUploadUrls: null,
  };
}

export function createUploadStore(db: KioskDb): UrlStorageLike {
  return {
    async findAllUploads() {
      return (await db.uploads.toArray()).map(toPrevious);
    },
    async findUploadsByFingerprint(fingerprint) {
      return (await db.uploads.where('fingerprint').equals(fingerprint).toArray()).map(toPrevious);
    },
    async removeUpload(urlStorageKey) {
      const key = parseStorageKey(urlStorageKey);
      if (key) await db.uploads.delete(key);
    },
    async addUpload(fingerprint, upload) {
      const ids = parseFingerprint(fingerprint);
      if (!ids) throw new Error('upload fingerprint is not a kiosk attachment fingerprint');
      const row: UploadRecord = {
        ...ids,
        fingerprint,
        uploadUrl: upload.uploadUrl,
        size: upload.size,
        metadata: { ...upload.metadata },
        creationTime: upload.creationTime,
      };
      // Only while the application is still in the outbox: a late callback must not leave a row behind.
      return db.transaction('rw', db.outbox, db.uploads, async () => {
        if ((await db.outbox.get(ids.clientId)) === undefined) return storageKey(row);
        await db.uploads.put(row);
        return storageKey(row);
      });
    },
  };
}
