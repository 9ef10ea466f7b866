/**
 * What ward IT and officers do: create enrollment codes, revoke kiosks, change an application's status.
 * Used by the CLI (on the data folder directly, next to a running server) and the programmatic API.
 */
import { z } from 'zod';
import { clientIdSchema, OFFICER_STATUSES, referenceSchema, setStatusRequestSchema, type ApplicationStatus } from '../src-shared/protocol';
import { formatEnrollmentCode, generateEnrollmentCode, hashEnrollmentCode } from './auth/enrollment-code';
import { describeZodIssues } from './errors';
import type { ApplicationRow, IntakeStore } from './storage/store';

export const enrollmentCodeInputSchema = z.strictObject({
  location: z.string().transform((s) => s.normalize('NFC').trim()).pipe(z.string().min(1).max(120)),
  wardCode: z.string().regex(/^\d{5}$/, 'must be a 5-digit ward code like 00103'),
  wardName: z.string().transform((s) => s.normalize('NFC').trim()).pipe(z.string().min(1).max(80)),
  expiresHours: z.number().positive().max(24 * 30).default(24),
});
export type EnrollmentCodeInput = z.input<typeof enrollmentCodeInputSchema>;

export interface CreatedEnrollmentCode {
  /** As typed on the kiosk: XXXX-XXXX-XXXX. */
  code: string;
  expiresAt: string;
}

export class AdminError extends Error {}

export function createEnrollmentCode(store: IntakeStore, input: EnrollmentCodeInput, now = new Date()): CreatedEnrollmentCode {
  const parsed = enrollmentCodeInputSchema.safeParse(input);
  if (!parsed.success) throw new AdminError(describeZodIssues(parsed.error.issues));
  const { location, wardCode, wardName, expiresHours } = parsed.data;
  const code = generateEnrollmentCode();
  const expiresAt = new Date(now.getTime() + expiresHours * 3_600_000).toISOString();
  store.addEnrollmentCode({ codeHash: hashEnrollmentCode(code), location, wardCode, wardName, createdAt: now.toISOString(), expiresAt });
  return { code: formatEnrollmentCode(code), expiresAt };
}

/** The application named by its client id or its receipt reference. */
export function findApplication(store: IntakeStore, target: string): ApplicationRow {
  if (clientIdSchema.safeParse(target).success) {
    const row = store.getApplication(target);
    if (row) return row;
    throw new AdminError(`no application has the client id ${target}`);
  }
  const reference = target.toUpperCase();
  if (!referenceSchema.safeParse(reference).success) throw new AdminError(`"${target}" is neither a client id nor a reference`);
  const rows = store.findByReference(reference);
  if (rows.length === 1) return rows[0]!;
  if (rows.length === 0) throw new AdminError(`no application has the reference ${reference}`);
  throw new AdminError(`${rows.length} applications share the reference ${reference}: use the client id`);
}

export interface SetStatusInput {
  status: string;
  reason?: string;
}

export type SetStatusOutcome =
  | { ok: true; application: ApplicationRow; changed: boolean }
  | { ok: false; reason: 'not-found' | 'not-received' | 'invalid'; message: string };

/** Officer statuses only, a reason where the status needs one, and only after the application is received. */
export function setApplicationStatus(store: IntakeStore, clientId: string, input: SetStatusInput, now = new Date()): SetStatusOutcome {
  const parsed = setStatusRequestSchema.safeParse(input);
  if (!parsed.success) {
    const message = parsed.error.issues.some((i) => i.path[0] === 'status')
      ? `status must be one of: ${OFFICER_STATUSES.join(', ')}`
      : describeZodIssues(parsed.error.issues);
    return { ok: false, reason: 'invalid', message };
  }
  const status: ApplicationStatus = parsed.data.status;
  const result = store.setStatus(clientId, status, parsed.data.reason ?? null, now.toISOString());
  if (result.ok) return { ok: true, application: result.row, changed: result.changed };
  if (result.reason === 'not-found') return { ok: false, reason: 'not-found', message: `no application has the client id ${clientId}` };
  return { ok: false, reason: 'not-received', message: 'the application is not received yet (attachments missing): its status cannot change' };
}
