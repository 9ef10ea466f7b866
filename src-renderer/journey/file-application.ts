/**
 * "Gửi hồ sơ": validate everything once more, seal, write to the outbox (storage/submit.ts). A double tap
 * gets the same promise (createSubmitOnce, keyed by the journey's session token), so it never makes two
 * applications. Nothing is shown as sent until the strict-durability transaction has resolved.
 */
import type { Procedure } from '../../src-shared/catalog';
import type { RendererConfig } from '../../src-shared/config/kiosk-config';
import { slotError } from '../../src-shared/files';
import { isShown, validateContact, validateForm, type Answers } from '../../src-shared/forms';
import type { SlotPages } from '../documents/types';
import type { ContactAnswers } from '../state/journey-store';
import { currentIntakeKey } from '../device';
import { requestSync } from '../sync';
import { createSubmitOnce, submitApplication, type KioskDb, type SubmitAttachment, type SubmitCrypto, type SubmitResult } from '../storage';

export type FileFailure = 'incomplete' | 'not-configured' | 'seal-failed' | 'storage-full' | 'storage-failed';

export type FileResult = { ok: true; reference: string; submittedAt: string } | { ok: false; reason: FileFailure; pageId?: string };

export interface FileApplicationInput {
  db: KioskDb;
  procedure: Procedure;
  answers: Answers;
  documents: SlotPages;
  contact: ContactAnswers;
  intakeKey: RendererConfig['intakeKey'];
  sessionToken: string;
  now?: Date;
  /** WebCrypto with randomUUID; the page's `crypto` unless given (tests). */
  crypto?: SubmitCrypto;
}

const submitOnce = createSubmitOnce(submitApplication);

/** The pages of every document the answers ask for, in catalog order. */
export function attachmentsFor(procedure: Procedure, answers: Answers, documents: SlotPages): SubmitAttachment[] {
  return procedure.attach
    .filter((slot) => isShown(slot, answers))
    .flatMap((slot) => (documents[slot.id] ?? []).map((page) => ({ id: page.id, bytes: page.bytes, mimeType: page.mimeType })));
}

export async function fileApplication(input: FileApplicationInput): Promise<FileResult> {
  const { procedure } = input;
  const now = input.now ?? new Date();
  const form = validateForm(procedure.form, input.answers, { today: now });
  if (!form.complete) return { ok: false, reason: 'incomplete', pageId: form.pages.find((p) => p.errors.length > 0)?.pageId };
  const badSlot = procedure.attach.find((slot) => isShown(slot, input.answers) && slotError(slot, input.documents[slot.id]?.length ?? 0));
  if (badSlot) return { ok: false, reason: 'incomplete' };
  const contact = validateContact(input.contact);
  if (!contact.contact) return { ok: false, reason: 'incomplete' };
  // The key the enrolled server gave this kiosk, else the one in the configuration.
  const intakeKey = await currentIntakeKey(input.db, { intakeKey: input.intakeKey });
  if (!intakeKey) return { ok: false, reason: 'not-configured' };
  const webcrypto = input.crypto ?? (globalThis.crypto as unknown as SubmitCrypto);

  const result: SubmitResult = await submitOnce(input.sessionToken, input.db, {
    procedure: { id: procedure.id, code: procedure.code, catalogVersion: procedure.catalogVersion },
    answers: form.answers,
    attachments: attachmentsFor(procedure, input.answers, input.documents),
    contact: contact.contact,
    serverKey: { kid: intakeKey.kid, publicKey: intakeKey.publicKeyJwk },
    now,
    randomBytes: (n) => webcrypto.getRandomValues(new Uint8Array(n)),
    crypto: webcrypto,
  });
  if (!result.ok) return { ok: false, reason: result.reason };
  requestSync(); // send it now if the server is reachable; it is safe in the outbox either way
  return { ok: true, reference: result.reference, submittedAt: result.submittedAt };
}

/** Forget the double-submit memory of a session (on wipe). */
export function forgetSubmission(sessionToken?: string): void {
  submitOnce.reset(sessionToken);
}
