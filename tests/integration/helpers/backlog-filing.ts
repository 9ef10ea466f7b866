/**
 * Filing a kiosk backlog through the real submit path, with nothing but web APIs (no file access, no
 * node:crypto): the same code files the Node tests' backlog (kiosk-backlog.ts) and the bench page's,
 * in Chromium. Two real procedures — birth registration with the hospital's birth certificate, death
 * registration with the death notice — each with document pages of random bytes behind a JPEG header.
 */
import { procedureSchema, type Procedure } from '../../../src-shared/catalog';
import type { IntakeKey } from '../../../src-shared/config/kiosk-config';
import { validateContact, validateForm } from '../../../src-shared/forms';
import { submitApplication, type KioskDb, type SubmitAttachment, type SubmitCrypto } from '../../../src-renderer/storage';
import { seededRandom } from '../../../bench/photos';
import { birthAnswers, date, deathAnswers } from '../../unit/forms/answers';

export interface BacklogProcedure {
  procedure: Procedure;
  /** The one document slot the answers need. */
  slot: string;
  answers: () => Record<string, unknown>;
}

/** The death registration with the hospital's death notice (the builder's own answers file a substitute). */
function deathWithNotice(): Record<string, unknown> {
  return { ...deathAnswers(), hasDeathNotice: true, deathNoticeIssuer: 'Bệnh viện Bạch Mai', deathNoticeDate: date('21', '5', '2026') };
}

/** The backlog's procedures; `load(file)` gives the parsed JSON of an assets/catalog file. */
export function backlogProcedures(load: (file: string) => unknown): BacklogProcedure[] {
  const parse = (file: string) => procedureSchema.parse(load(file));
  return [
    { procedure: parse('birth-registration.json'), slot: 'birthCertificate', answers: birthAnswers },
    { procedure: parse('death-registration.json'), slot: 'deathNotice', answers: deathWithNotice },
  ];
}

/** A page's bytes: a JPEG start-of-image and JFIF header, then random bytes. */
export function pageBytes(n: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(Math.max(n, 16));
  for (let offset = 0; offset < bytes.length; offset += 65_536) {
    globalThis.crypto.getRandomValues(bytes.subarray(offset, Math.min(offset + 65_536, bytes.length)));
  }
  bytes.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
  return bytes;
}

export interface FilingOptions {
  count: number;
  intakeKey: IntakeKey;
  procedures: readonly BacklogProcedure[];
  /** Pages per application: a fixed number, or drawn from [min, max]. */
  pages: number | readonly [number, number];
  /** Bytes per page: a fixed number, or drawn from [min, max]. */
  pageBytes: number | readonly [number, number];
  seed?: number;
  /** Filing time; the answers' dates are in June 2026, so any later day is fine. */
  now?: Date;
}

export interface FiledApplication {
  clientId: string;
  reference: string;
  procedureId: string;
}

function draw(random: () => number, value: number | readonly [number, number]): number {
  if (typeof value === 'number') return value;
  return value[0] + Math.floor(random() * (value[1] - value[0] + 1));
}

/**
 * Files `count` applications into the kiosk database, oldest first; throws with the reason if one fails.
 * `onPages` sees each application's document pages (plaintext) as it is filed; they are not kept.
 */
export async function fileApplications(db: KioskDb, options: FilingOptions, onPages?: (app: FiledApplication, pages: readonly SubmitAttachment[]) => void): Promise<FiledApplication[]> {
  const random = seededRandom(options.seed ?? 7);
  const start = (options.now ?? new Date()).getTime();
  const filed: FiledApplication[] = [];
  for (let i = 0; i < options.count; i++) {
    const { procedure, slot, answers } = options.procedures[i % options.procedures.length]!;
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
      randomBytes: (n) => globalThis.crypto.getRandomValues(new Uint8Array(n)),
      crypto: globalThis.crypto as unknown as SubmitCrypto,
    });
    if (!result.ok) throw new Error(`submitApplication failed: ${result.reason}`);
    const app = { clientId: result.clientId, reference: result.reference, procedureId: procedure.id };
    onPages?.(app, pages);
    filed.push(app);
  }
  return filed;
}
