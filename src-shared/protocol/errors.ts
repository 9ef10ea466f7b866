import { z } from 'zod';

/** Machine-readable reasons in error bodies; `message` is plain English for logs and ward IT. */
export const ERROR_CODES = [
  'bad-request',
  'unauthorized',
  'kiosk-revoked',
  'not-found',
  'conflict',
  'too-large',
  'invalid-application',
  'unknown-catalog-version',
  'unknown-procedure',
  'unknown-key',
  'cannot-open',
  'hash-mismatch',
  'code-invalid',
  'rate-limited',
  'internal',
] as const;
export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const fieldErrorSchema = z.strictObject({
  /** The form field (or `attachments[i]`, `contact`…) the problem is in. */
  field: z.string().max(200),
  /** The shared validation message key (src-shared/forms messages), e.g. `form.required`. */
  key: z.string().max(100),
  message: z.string().max(500).optional(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const errorBodySchema = z.strictObject({
  error: errorCodeSchema,
  message: z.string().max(2000),
  /** 422: what is wrong, field by field. */
  fields: z.array(fieldErrorSchema).max(200).optional(),
  /** 413: the limit in bytes. */
  limit: z.number().int().positive().optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
