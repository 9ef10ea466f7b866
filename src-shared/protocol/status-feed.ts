import { z } from 'zod';
import { clientIdSchema } from '../crypto/envelope-schema';
import { referenceSchema } from './reference-schema';
import { applicationStatusSchema, OFFICER_STATUSES, STATUSES_WITH_REASON } from './submission';

/** Opaque to the kiosk: it sends back the last cursor it got. */
export const statusCursorSchema = z.string().regex(/^[0-9]{1,18}$/);

/** A reason written for the resident, in Vietnamese (the officer's words; shown as given). */
export const statusReasonSchema = z
  .string()
  .transform((s) => s.normalize('NFC').trim())
  .pipe(z.string().min(1).max(500));

export const statusChangeSchema = z.strictObject({
  clientId: clientIdSchema,
  reference: referenceSchema,
  status: applicationStatusSchema,
  reason: z.string().max(500).optional(),
  changedAt: z.iso.datetime(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

export const STATUS_FEED_PAGE = 200;

/** `GET /status-feed?since=<cursor>`: changes in order, at most a page; ask again with `cursor` while `more`. */
export const statusFeedResponseSchema = z.strictObject({
  changes: z.array(statusChangeSchema).max(STATUS_FEED_PAGE),
  cursor: statusCursorSchema,
  more: z.boolean(),
});
export type StatusFeedResponse = z.infer<typeof statusFeedResponseSchema>;

/** `POST /officer/applications/:clientId/status` (officer token). */
export const setStatusRequestSchema = z
  .strictObject({
    status: z.enum(OFFICER_STATUSES),
    reason: statusReasonSchema.optional(),
  })
  .refine(
    (body) => !(STATUSES_WITH_REASON as readonly string[]).includes(body.status) || body.reason !== undefined,
    { message: 'this status needs a reason for the resident', path: ['reason'] },
  );
export type SetStatusRequest = z.infer<typeof setStatusRequestSchema>;
