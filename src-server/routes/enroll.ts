import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { enrollRequestSchema, PATHS } from '../../src-shared/protocol';
import { hashEnrollmentCode } from '../auth/enrollment-code';
import { HttpError } from '../errors';
import { parseOr400, type RouteContext } from './context';
import { deviceInfo } from './device-info';
import { createFailureLimiter } from './rate-limit';

/** Failed enrollment attempts one IP may make per window. */
export const ENROLL_ATTEMPTS_PER_WINDOW = 10;
export const ENROLL_WINDOW_MS = 10 * 60_000;

/**
 * `POST /enroll`: the one-time code is the credential. A wrong, used or expired code → 401 `code-invalid`,
 * the same answer for all three (guessing learns nothing; the log says which); too many failures from one IP → 429 `rate-limited`. The code is consumed and the
 * kiosk registered in one transaction.
 */
export function enrollRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const failures = createFailureLimiter(ENROLL_ATTEMPTS_PER_WINDOW, ENROLL_WINDOW_MS);
  app.post(PATHS.enroll, { bodyLimit: 16 * 1024 }, async (request, reply) => {
    if (failures.isBlocked(request.ip)) throw new HttpError(429, 'rate-limited', 'too many wrong enrollment codes from this address; wait 10 minutes');
    const body = parseOr400(enrollRequestSchema, request.body);
    const now = ctx.now();
    const kioskId = `k_${randomBytes(12).toString('base64url')}`;
    const result = ctx.store.enrollKiosk(hashEnrollmentCode(body.code), now.toISOString(), {
      kioskId,
      publicJwk: JSON.stringify(body.publicKeyJwk),
      label: body.label ?? null,
      appVersion: body.appVersion ?? null,
      enrolledAt: now.toISOString(),
    });
    if (!result.ok) {
      failures.fail(request.ip);
      request.log.info({ reason: result.reason }, 'enrollment refused');
      throw new HttpError(401, 'code-invalid', 'this enrollment code is not valid (wrong, already used or expired): ask ward IT for a new one');
    }
    request.log.info({ kioskId }, 'kiosk enrolled');
    return reply.code(201).header('cache-control', 'no-store').send(deviceInfo(ctx, ctx.store.getKiosk(kioskId)!));
  });
}
