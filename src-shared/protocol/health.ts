import { z } from 'zod';
import { HEALTH_SERVICE, PROTOCOL_VERSION } from './paths';

/** Random text the kiosk sends as `?nonce=`; the server echoes it. */
export const healthNonceSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

/**
 * The probe's body (status 200, JSON, `Cache-Control: no-store`). The kiosk counts the server reachable
 * only when the response is not a redirect, the body parses, `service` is ours and `nonce` is the one it
 * sent: a captive portal's 200 page or a cached copy never qualifies (design.md contract item 4).
 */
export const healthResponseSchema = z.strictObject({
  service: z.literal(HEALTH_SERVICE),
  protocol: z.literal(PROTOCOL_VERSION),
  nonce: healthNonceSchema,
  /** Server clock, ISO 8601: the kiosk may warn when its own is far off (tokens would fail). */
  serverTime: z.iso.datetime(),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
