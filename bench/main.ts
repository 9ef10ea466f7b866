/**
 * The bench page: the real submit path (seal with src-shared/crypto + one strict-durability Dexie
 * transaction) and the real document compressor, driven by scripts/bench.mjs through `window.bench`.
 * It returns raw samples; the Node side computes and prints the statistics.
 */
import { compressImage } from '../src-renderer/documents/compress';
import { createKioskDb } from '../src-renderer/storage/db';
import { submitApplication, type SubmitAttachment, type SubmitInput, type SubmitResult } from '../src-renderer/storage/submit';
import { drawDocumentPhoto, drawPhoto, encodeJpegWithin } from './photos';
import { benchSync } from './sync-page';

export interface SubmitRun {
  /** Milliseconds from the start of the click handler to the resolved strict-durability write. */
  samples: number[];
  photoBytes: number[];
  failures: string[];
}

/**
 * `document`: a 12 MP (4032×3024, the usual phone sensor) photo of a printed A4 form with small print,
 * paper texture and mild sensor noise, what a resident really photographs; `grainy`: the worst case,
 * heavy grain over the whole frame (the hardest content for JPEG), 4000×3000.
 */
export type BenchPhoto = 'document' | 'grainy';

export interface CompressRun {
  photo: BenchPhoto;
  inputBytes: number;
  inputWidth: number;
  inputHeight: number;
  /** Milliseconds per compressImage call, warm-up excluded. */
  samples: number[];
  warmupMs: number;
  outputBytes: number[];
  outputWidth: number;
  outputHeight: number;
}

const KB = 1024;

async function serverKeyJwk(): Promise<JsonWebKey> {
  const pair = await crypto.subtle.generateKey(
    { name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['wrapKey', 'unwrapKey'],
  );
  return crypto.subtle.exportKey('jwk', pair.publicKey);
}

/** Three document photos of ~200–250 KB each, as the compressor would hand them over. */
async function makeAttachments(): Promise<SubmitAttachment[]> {
  const pages: SubmitAttachment[] = [];
  for (let i = 0; i < 3; i++) {
    const canvas = drawPhoto({ width: 2000, height: 1500, seed: 101 + i, noise: 18 });
    const { blob } = await encodeJpegWithin(canvas, 200 * KB, 250 * KB, 0.47);
    pages.push({ id: `page-${i + 1}`, bytes: new Uint8Array(await blob.arrayBuffer()), mimeType: 'image/jpeg' });
  }
  return pages;
}

function submitInput(jwk: JsonWebKey, attachments: SubmitAttachment[]): SubmitInput {
  return {
    procedure: { id: 'dang-ky-khai-sinh', code: '1.001193', catalogVersion: '2025.1' },
    answers: {
      childFullName: 'NGUYỄN VĂN AN',
      childBirthDate: '2025-03-14',
      childSex: 'nam',
      motherFullName: 'TRẦN THỊ BÌNH',
      motherIdNumber: '001190012345',
      fatherFullName: 'NGUYỄN VĂN CƯỜNG',
      fatherIdNumber: '001088054321',
      address: 'Số 12 ngõ 34 phố Hàng Bông, phường Hoàn Kiếm, Hà Nội',
    },
    contact: { phone: '0912345678' },
    attachments,
    serverKey: { kid: 'intake-2025-01', publicKey: jwk as SubmitInput['serverKey']['publicKey'] },
    now: new Date(),
    randomBytes: (n) => crypto.getRandomValues(new Uint8Array(n)),
    crypto,
  };
}

/** One tap on the submit button; resolves with the handler's own timing of the submit call. */
function tapSubmit(button: HTMLButtonElement, run: () => Promise<SubmitResult>): Promise<{ ms: number; result: SubmitResult }> {
  return new Promise((resolve, reject) => {
    button.onclick = () => {
      const start = performance.now();
      run().then((result) => resolve({ ms: performance.now() - start, result }), reject);
    };
    button.click();
  });
}

async function runSubmit(count: number, warmup: number): Promise<SubmitRun> {
  const jwk = await serverKeyJwk();
  const attachments = await makeAttachments();
  const db = createKioskDb(`motcua-bench-${Date.now()}`);
  await db.open();
  const button = document.getElementById('submit') as HTMLButtonElement;
  const samples: number[] = [];
  const failures: string[] = [];
  try {
    for (let i = 0; i < warmup + count; i++) {
      const { ms, result } = await tapSubmit(button, () => submitApplication(db, submitInput(jwk, attachments)));
      if (!result.ok) failures.push(result.reason);
      else if (i >= warmup) samples.push(ms);
    }
  } finally {
    db.close();
    await db.delete();
  }
  return { samples, photoBytes: attachments.map((a) => a.bytes.byteLength), failures };
}

/** The 12 MP input as a camera would save it (JPEG of about 3 MB, deterministic). */
async function benchPhoto(photo: BenchPhoto): Promise<{ blob: Blob; width: number; height: number }> {
  if (photo === 'document') {
    const canvas = drawDocumentPhoto({ width: 4032, height: 3024, seed: 12_000_000, noise: 8 });
    const { blob } = await encodeJpegWithin(canvas, 2.5 * KB * KB, 6 * KB * KB, 0.92);
    return { blob, width: canvas.width, height: canvas.height };
  }
  const canvas = drawPhoto({ width: 4000, height: 3000, seed: 12_000_000, noise: 14 });
  const { blob } = await encodeJpegWithin(canvas, 3 * KB * KB, 6 * KB * KB, 0.9);
  return { blob, width: canvas.width, height: canvas.height };
}

async function runCompress(count: number, photo: BenchPhoto = 'document'): Promise<CompressRun> {
  const { blob, width, height } = await benchPhoto(photo);
  const time = async () => {
    const start = performance.now();
    const out = await compressImage(blob);
    return { ms: performance.now() - start, out };
  };
  const warm = await time();
  const samples: number[] = [];
  const outputBytes: number[] = [];
  let last = warm.out;
  for (let i = 0; i < count; i++) {
    const { ms, out } = await time();
    samples.push(ms);
    outputBytes.push(out.bytes.byteLength);
    last = out;
  }
  return {
    photo,
    inputBytes: blob.size,
    inputWidth: width,
    inputHeight: height,
    samples,
    warmupMs: warm.ms,
    outputBytes,
    outputWidth: last.width,
    outputHeight: last.height,
  };
}

declare global {
  interface Window {
    bench: { runSubmit: typeof runSubmit; runCompress: typeof runCompress; ready: true };
    benchSync: typeof benchSync;
  }
}

window.bench = { runSubmit, runCompress, ready: true };
window.benchSync = benchSync;
