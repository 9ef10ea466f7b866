/**
 * A kiosk's backlog for the sync tests and benches: real applications filed through the real submit path
 * (`submitApplication`: sealed, one strict transaction), for real procedures of assets/catalog (birth
 * registration with the hospital's birth certificate, death registration with the death notice), each
 * with 1–3 document pages of random bytes behind a JPEG header. It remembers, per attachment, the SHA-256
 * of the plaintext and of the ciphertext the kiosk will send, to check the server's copy against later.
 */
import { createHash, webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { procedureSchema, type Procedure } from '../../../src-shared/catalog';
import type { IntakeKey } from '../../../src-shared/config/kiosk-config';
import { validateContact, validateForm } from '../../../src-shared/forms';
import { submitApplication, type KioskDb, type SubmitAttachment, type SubmitCrypto } from '../../../src-renderer/storage';
import { birthAnswers, date, deathAnswers } from '../../unit/forms/helpers';
import { seededRandom } from './fault-plan';

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

const nodeCrypto = webcrypto as unknown as SubmitCrypto;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The two procedures the backlog files, with answers that need the one document slot they use. */
function procedures(catalogDir: string): { procedure: Procedure; slot: string; answers: () => Record<string, unknown> }[] {
  const load = (file: string) => procedureSchema.parse(JSON.parse(readFileSync(path.join(catalogDir, file), 'utf8')));
  return [
    { procedure: load('birth-registration.json'), slot: 'birthCertificate', answers: birthAnswers },
    { procedure: load('death-registration.json'), slot: 'deathNotice', answers: deathWithNotice },
  ];
}

/** The death registration with the hospital's death notice (the builder's own answers file a substitute). */
function deathWithNotice(): Record<string, unknown> {
  return { ...deathAnswers(), hasDeathNotice: true, deathNoticeIssuer: 'Bệnh viện Bạch Mai', deathNoticeDate: date('21', '5', '2026') };
}

function draw(random: () => number, value: number | readonly [number, number]): number {
  if (typeof value === 'number') return value;
  return value[0] + Math.floor(random() * (value[1] - value[0] + 1));
}

/** A page's bytes: a JPEG start-of-image and JFIF header, then random bytes. */
export function pageBytes(n: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(Math.max(n, 16));
  for (let offset = 0; offset < bytes.length; offset += 65_536) {
    webcrypto.getRandomValues(bytes.subarray(offset, Math.min(offset + 65_536, bytes.length)));
  }
  bytes.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
  return bytes;
}

/** Files `count` applications into the kiosk database, oldest first; throws with the reason if one fails. */
export async function fileBacklog(db: KioskDb, options: BacklogOptions): Promise<BacklogApplication[]> {
  const random = seededRandom(options.seed ?? 7);
  const kinds = procedures(options.catalogDir ?? DEFAULT_CATALOG_DIR);
  const start = (options.now ?? new Date()).getTime();
  const filed: BacklogApplication[] = [];
  const plaintext = new Map<string, string>();
  for (let i = 0; i < options.count; i++) {
    const { procedure, slot, answers } = kinds[i % kinds.length]!;
    const now = new Date(start + i);
    const form = validateForm(procedure.form, answers(), { today: now });
    if (!form.complete) throw new Error(`backlog answers for ${procedure.id} are not valid: ${form.errors.map((e) => `${e.fieldId} ${e.message.key}`).join(', ')}`);
    const contact = validateContact({ phone: '0912345678', consent: true });
    const pages: SubmitAttachment[] = Array.from({ length: draw(random, options.pages) }, (_, p) => ({
      id: `${slot}-${p + 1}`,
      bytes: pageBytes(draw(random, options.pageBytes)),
      mimeType: 'image/jpeg',
    }));
    const result = await submitApplication(db, {
      procedure: { id: procedure.id, code: procedure.code, catalogVersion: procedure.catalogVersion },
      answers: form.answers,
      attachments: pages,
      contact: contact.contact,
      serverKey: { kid: options.intakeKey.kid, publicKey: options.intakeKey.publicKeyJwk },
      now,
      randomBytes: (n) => webcrypto.getRandomValues(new Uint8Array(n)),
      crypto: nodeCrypto,
    });
    if (!result.ok) throw new Error(`submitApplication failed: ${result.reason}`);
    for (const page of pages) plaintext.set(`${result.clientId}/${page.id}`, sha256(page.bytes));
    filed.push({ clientId: result.clientId, reference: result.reference, procedureId: procedure.id, attachments: [] });
  }
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
