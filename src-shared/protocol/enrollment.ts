import { z } from 'zod';
import { kidSchema } from '../crypto/envelope-schema';
import { IntakeKeySchema } from '../config/intake-key';

/** One-time enrollment codes: 12 characters of the reference alphabet, shown grouped as XXXX-XXXX-XXXX. */
export const ENROLLMENT_CODE_ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXY23456789';
export const enrollmentCodeSchema = z
  .string()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[ABCDEFGHJKLMNPRSTUVWXY2-9]{12}$/, 'must be 12 characters of the code alphabet'));

/** Kiosk ids the server hands out. */
export const kioskIdSchema = z.string().regex(/^k_[A-Za-z0-9_-]{8,40}$/);

/** The kiosk's device public key: an ECDSA P-256 public JWK (no private part). */
export const devicePublicJwkSchema = z
  .looseObject({
    kty: z.literal('EC'),
    crv: z.literal('P-256'),
    x: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
    y: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  })
  .refine((jwk) => !('d' in jwk), 'must be a public key')
  .transform(({ kty, crv, x, y }) => ({ kty, crv, x, y }));
export type DevicePublicJwk = z.infer<typeof devicePublicJwkSchema>;

export const enrollRequestSchema = z.strictObject({
  code: enrollmentCodeSchema,
  publicKeyJwk: devicePublicJwkSchema,
  /** What the kiosk calls itself locally (for ward IT's list); optional. */
  label: z.string().max(80).optional(),
  appVersion: z.string().max(40).optional(),
});
export type EnrollRequest = z.input<typeof enrollRequestSchema>;

/** Settings the server sends to its kiosks (on enrollment and from `GET /device`). */
export const kioskSettingsSchema = z.strictObject({
  /** Seconds between sync attempts when nothing else triggers one. */
  syncIntervalSeconds: z.number().int().min(10).max(3600),
  /** Seconds between status-feed polls. */
  statusPollSeconds: z.number().int().min(10).max(3600),
});
export type KioskSettings = z.infer<typeof kioskSettingsSchema>;

export const deviceInfoSchema = z.strictObject({
  kioskId: kioskIdSchema,
  location: z.string().min(1).max(120),
  wardCode: z.string().regex(/^\d{5}$/),
  wardName: z.string().min(1).max(80),
  /** Keys to seal new applications to; the first is current. Older ones stay while applications use them. */
  intakeKeys: z.array(IntakeKeySchema).min(1).max(8),
  settings: kioskSettingsSchema,
  serverTime: z.iso.datetime(),
});
export type DeviceInfo = z.infer<typeof deviceInfoSchema>;

export const enrollResponseSchema = deviceInfoSchema;
export type EnrollResponse = DeviceInfo;

export { kidSchema };
