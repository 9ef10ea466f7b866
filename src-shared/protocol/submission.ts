import { z } from 'zod';
import { applicationEnvelopeSchema, attachmentIdSchema, clientIdSchema, IV_BYTES, base64urlBytes, MAX_ATTACHMENT_CT_BYTES } from '../crypto/envelope-schema';
import { SHA256_HEX_PATTERN } from '../crypto/sha256';
import { referenceSchema } from './reference-schema';

export { clientIdSchema, attachmentIdSchema };

/** Largest JSON body of `PUT /applications/:clientId` (the sealed answers are a few KB). */
export const MAX_APPLICATION_BODY_BYTES = 1536 * 1024;
/** Most attachments one application may carry. */
export const MAX_ATTACHMENTS = 60;

/** One attachment as the outbox knows it: what the server checks each upload against. */
export const attachmentDescriptorSchema = z.strictObject({
  id: attachmentIdSchema,
  /** Bytes of the ciphertext (plaintext + 16-byte tag): the tus Upload-Length. */
  size: z.number().int().min(16).max(MAX_ATTACHMENT_CT_BYTES),
  /** SHA-256 of the ciphertext, hex. */
  sha256: z.string().regex(SHA256_HEX_PATTERN),
  /** IV of the attachment's AES-GCM encryption (base64url, 12 bytes). */
  iv: base64urlBytes(IV_BYTES, IV_BYTES),
});
export type AttachmentDescriptor = z.infer<typeof attachmentDescriptorSchema>;

/**
 * `PUT /applications/:clientId`. The plaintext fields are the routing data the kiosk keeps anyway
 * (receipt record); everything personal is inside `envelope`. The server opens the envelope and checks
 * that the sealed procedure and catalog version agree with these.
 */
export const submitApplicationRequestSchema = z.strictObject({
  reference: referenceSchema,
  procedureId: z.string().regex(/^[a-z0-9-]{1,64}$/),
  procedureCode: z.string().min(1).max(40),
  catalogVersion: z.string().min(1).max(40),
  /** ISO 8601 time of the submit on the kiosk. */
  submittedAt: z.iso.datetime({ offset: true }),
  envelope: applicationEnvelopeSchema,
  attachments: z
    .array(attachmentDescriptorSchema)
    .max(MAX_ATTACHMENTS)
    .refine((list) => new Set(list.map((a) => a.id)).size === list.length, 'attachment ids must be unique'),
});
export type SubmitApplicationRequest = z.infer<typeof submitApplicationRequestSchema>;

/** Where an application stands on the server. `pending-attachments` is the only not-yet-received state. */
export const APPLICATION_STATUSES = [
  'pending-attachments',
  'received',
  'processing',
  'needs-information',
  'ready-for-collection',
  'collected',
  'rejected',
] as const;
export const applicationStatusSchema = z.enum(APPLICATION_STATUSES);
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

/** Statuses an officer may set (the server sets `pending-attachments` and `received` itself). */
export const OFFICER_STATUSES = ['processing', 'needs-information', 'ready-for-collection', 'collected', 'rejected'] as const;
/** These need a reason the resident can read. */
export const STATUSES_WITH_REASON = ['needs-information', 'rejected'] as const satisfies readonly ApplicationStatus[];

/**
 * 201 (created), 200 (identical replay) from PUT, and 200 from `GET /applications/:clientId`.
 * The kiosk may delete its ciphertext only when `status` is anything but `pending-attachments`.
 */
export const applicationStateSchema = z.strictObject({
  clientId: clientIdSchema,
  reference: referenceSchema,
  status: applicationStatusSchema,
  /** Attachments not yet uploaded and verified; empty once received. */
  missingAttachments: z.array(attachmentIdSchema),
  receivedAt: z.iso.datetime().optional(),
});
export type ApplicationState = z.infer<typeof applicationStateSchema>;
