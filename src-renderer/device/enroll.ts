/**
 * Enrollment (contract item 8): with the server address and a one-time code from ward IT, the kiosk
 * makes a NON-extractable ECDSA P-256 key pair, sends only its public JWK, and stores what the server
 * answers (kiosk id, intake keys, settings) with the key pair in IndexedDB. The private key can sign
 * tokens but can never be read out, not even by the kiosk's own code.
 */
import { devicePublicJwkSchema, enrollmentCodeSchema, enrollResponseSchema, errorBodySchema, PATHS } from '../../src-shared/protocol';
import { SYNC_SETTING_KEYS, type DeviceRecord, type KioskDb } from '../storage/db';
import { joinUrl, requestJson, type FetchLike } from '../sync/http';
import { summarize, type DeviceSummary } from './device-record';

export type EnrollFailure = 'bad-address' | 'unreachable' | 'code-invalid' | 'server-error';
export type EnrollResult = { ok: true; device: DeviceSummary } | { ok: false; reason: EnrollFailure };

export interface EnrollOptions {
  serverUrl: string;
  code: string;
  fetch?: FetchLike;
  now?: () => Date;
  label?: string;
  appVersion?: string;
}

/** `https://intake.example.vn/` → `https://intake.example.vn`; null when it is not a plain http(s) address. */
export function normalizeServerUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export async function createDeviceKeyPair(): Promise<CryptoKeyPair> {
  return globalThis.crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
}

export async function enrollKiosk(db: KioskDb, options: EnrollOptions): Promise<EnrollResult> {
  const serverUrl = normalizeServerUrl(options.serverUrl);
  if (serverUrl === null) return { ok: false, reason: 'bad-address' };
  const code = enrollmentCodeSchema.safeParse(options.code);
  if (!code.success) return { ok: false, reason: 'code-invalid' };

  const keyPair = await createDeviceKeyPair();
  const publicKeyJwk = devicePublicJwkSchema.parse(await globalThis.crypto.subtle.exportKey('jwk', keyPair.publicKey));
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const outcome = await requestJson(fetchFn, joinUrl(serverUrl, PATHS.enroll), {
    method: 'POST',
    body: { code: code.data, publicKeyJwk, label: options.label, appVersion: options.appVersion },
  });
  if (outcome.kind !== 'ours') return { ok: false, reason: 'unreachable' };
  if (outcome.status >= 500) return { ok: false, reason: 'server-error' };
  if (outcome.status !== 200 && outcome.status !== 201) {
    const error = errorBodySchema.safeParse(outcome.body);
    const refused = error.success && (error.data.error === 'code-invalid' || error.data.error === 'bad-request');
    return { ok: false, reason: refused || outcome.status === 401 || outcome.status === 403 || outcome.status === 404 ? 'code-invalid' : 'server-error' };
  }
  const info = enrollResponseSchema.safeParse(outcome.body);
  if (!info.success) return { ok: false, reason: 'server-error' };

  const record: DeviceRecord = {
    id: 'self',
    kioskId: info.data.kioskId,
    serverUrl,
    keyPair,
    publicKeyJwk,
    location: info.data.location,
    wardCode: info.data.wardCode,
    wardName: info.data.wardName,
    intakeKeys: info.data.intakeKeys,
    settings: info.data.settings,
    enrolledAt: (options.now?.() ?? new Date()).toISOString(),
  };
  await db.transaction('rw', db.device, db.settings, async () => {
    await db.device.put(record);
    // A new identity has its own status feed.
    await db.settings.delete(SYNC_SETTING_KEYS.statusCursor);
  });
  return { ok: true, device: summarize(record) };
}
