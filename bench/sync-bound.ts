/**
 * For scale beside the loopback ratio to the discarding sink: the work the intake server MUST do
 * for one application before it may acknowledge it (issue 4, items 3 and 5: verify, decrypt with its
 * private key, check each attachment's hash, store durably), timed alone — one thread, node:crypto's
 * synchronous calls, no HTTP, no framework, no database engine, nothing else:
 *
 *  - 3 × ES256 token signature checks (the PUT and the two uploads);
 *  - 1 × RSA-OAEP-256 (2048-bit, the server's default) unwrap of the content key;
 *  - AES-256-GCM decryption of both attachments and SHA-256 of each one's ciphertext and plaintext;
 *  - both files written and fsynced, their folder fsynced, and one 4 KB append fdatasynced (the
 *    acknowledging commit).
 *
 * Sent one application at a time with this work after its bytes, an application takes at least the
 * sink's time plus this; a server that overlapped it all with the transfer (hashing, decrypting and
 * writing as the bytes stream, on both cores) could come closer, an fsync per file still after the last byte.
 */
import { createCipheriv, createDecipheriv, createHash, generateKeyPairSync, privateDecrypt, publicEncrypt, randomBytes, sign, verify, constants } from 'node:crypto';
import { closeSync, fdatasyncSync, fsyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface MandatedWork {
  /** Milliseconds per application, median of the runs. */
  msPerApplication: number;
  runs: number;
}

export function timeMandatedWork(attachmentBytes: readonly number[], runs = 200): MandatedWork {
  const dir = mkdtempSync(path.join(tmpdir(), 'motcua-bench-bound-'));
  try {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const token = Buffer.from('eyJhbGciOiJFUzI1NiJ9.' + 'x'.repeat(300));
    const signature = sign('sha256', token, { key: ec.privateKey, dsaEncoding: 'ieee-p1363' });
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const contentKey = randomBytes(32);
    const wrapped = publicEncrypt({ key: rsa.publicKey, oaepHash: 'sha256', padding: constants.RSA_PKCS1_OAEP_PADDING }, contentKey);
    const iv = randomBytes(12);
    const sealed = attachmentBytes.map((size) => {
      const cipher = createCipheriv('aes-256-gcm', contentKey, iv);
      const ct = Buffer.concat([cipher.update(randomBytes(size)), cipher.final()]);
      return { ct, tag: cipher.getAuthTag() };
    });
    const commit = openSync(path.join(dir, 'wal'), 'a');
    const page = Buffer.alloc(4096, 1);
    const samples: number[] = [];
    for (let run = 0; run < runs + 10; run++) {
      const started = performance.now();
      for (let t = 0; t < 3; t++) if (!verify('sha256', token, { key: ec.publicKey, dsaEncoding: 'ieee-p1363' }, signature)) throw new Error('bad signature');
      const key = privateDecrypt({ key: rsa.privateKey, oaepHash: 'sha256', padding: constants.RSA_PKCS1_OAEP_PADDING }, wrapped);
      sealed.forEach(({ ct, tag }, i) => {
        createHash('sha256').update(ct).digest();
        const decipher = createDecipheriv('aes-256-gcm', key, iv);
        decipher.setAuthTag(tag);
        const plain = Buffer.concat([decipher.update(ct), decipher.final()]);
        createHash('sha256').update(plain).digest();
        const fd = openSync(path.join(dir, `a${i}`), 'w');
        writeSync(fd, ct);
        fsyncSync(fd);
        closeSync(fd);
      });
      if (process.platform !== 'win32') {
        const folder = openSync(dir, 'r');
        fsyncSync(folder);
        closeSync(folder);
      }
      writeSync(commit, page);
      fdatasyncSync(commit);
      if (run >= 10) samples.push(performance.now() - started);
    }
    closeSync(commit);
    samples.sort((a, b) => a - b);
    return { msPerApplication: samples[Math.floor(samples.length / 2)]!, runs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
