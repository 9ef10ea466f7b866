/** Messages between the page (sync-client.ts) and the sync worker, checked with zod on both sides. */
import { z } from 'zod';
import type { SyncView } from './sync-store';

export const toWorkerSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start') }),
  z.strictObject({ type: z.literal('online') }),
  /** A new application is in the outbox. */
  z.strictObject({ type: z.literal('submitted') }),
  /** Enrollment changed the device identity. */
  z.strictObject({ type: z.literal('device-changed') }),
  z.strictObject({ type: z.literal('sync-now') }),
  z.strictObject({ type: z.literal('stop') }),
]);
export type ToWorker = z.infer<typeof toWorkerSchema>;

const isoOrNull = z.iso.datetime().nullable();

export const syncViewSchema = z.strictObject({
  waiting: z.number().int().min(0),
  sending: z.strictObject({ index: z.number().int().min(1), total: z.number().int().min(1) }).nullable(),
  needsAttention: z.number().int().min(0),
  lastSuccessAt: isoOrNull,
  connection: z.enum(['unknown', 'online', 'offline']),
  problem: z.enum(['not-enrolled', 'offline', 'captive-portal', 'server-error', 'clock', 'revoked', 'storage']).nullable(),
  nextAttemptAt: isoOrNull,
}) satisfies z.ZodType<SyncView>;

export const fromWorkerSchema = z.discriminatedUnion('type', [z.strictObject({ type: z.literal('view'), view: syncViewSchema })]);
export type FromWorker = z.infer<typeof fromWorkerSchema>;
