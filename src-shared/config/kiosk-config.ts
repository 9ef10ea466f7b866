import { z } from 'zod';
import { enrollmentCodeSchema } from '../protocol/enrollment';
import { IntakeKeySchema } from './intake-key';

export { IntakeKeySchema, PublicRsaJwkSchema, type IntakeKey } from './intake-key';

/** Languages the kiosk speaks. Vietnamese is the default everywhere. */
export const LANGUAGES = ['vi', 'en'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

const label = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1).max(max));

export const SessionTimingSchema = z.object({
  /** Seconds without a touch before "Bạn vẫn đang ở đây chứ?" appears. */
  idleWarningSeconds: z.number().int().min(30).max(1800).default(150),
  /** Seconds the warning counts down before the session is wiped. WCAG 2.2.1 asks for ≥ 20 s. */
  idleCountdownSeconds: z.number().int().min(20).max(600).default(60),
});

export const PrinterConfigSchema = z.object({
  /** OS printer name; empty means the system default printer. */
  deviceName: z.string().max(200).default(''),
  /** Print without a dialog (kiosk receipts on a thermal printer). */
  silent: z.boolean().default(true),
  /** Paper width in microns: 80 mm thermal rolls are 80000. */
  paperWidthMicrons: z.number().int().min(48000).max(216000).default(80000),
});

/**
 * The kiosk's configuration file (`kiosk-config.json` in the user-data folder, or the file named by
 * KIOSK_CONFIG). Every field has a default so a fresh install starts; ward IT sets names and mode.
 */
export const KioskConfigSchema = z.strictObject({
  kioskName: label(80).default('Điểm một cửa'),
  wardName: label(80).default('Phường Tây Hồ'),
  /** 5-digit ward code of the post-2025 list (e.g. 00103 phường Tây Hồ). */
  wardCode: z.string().regex(/^\d{5}$/).default('00103'),
  /** 2-digit province code (01 Hà Nội). */
  provinceCode: z.string().regex(/^\d{2}$/).default('01'),
  /** "kiosk": fullscreen, locked shortcuts. "windowed": for development and diagnosis. */
  displayMode: z.enum(['kiosk', 'windowed']).default('kiosk'),
  defaultLanguage: LanguageSchema.default('vi'),
  session: SessionTimingSchema.prefault({}),
  printer: PrinterConfigSchema.prefault({}),
  /** Intake server origin the page may talk to (added to the CSP connect-src). An address saved at
   * enrollment (`server-address.json`, see src-main/server-address.ts) replaces it at every start. */
  serverUrl: z
    .url({ protocol: /^https?$/ })
    .optional(),
  /** The intake server's public key, until enrollment delivers it. */
  intakeKey: IntakeKeySchema.optional(),
  /** Provisioning: a one-time enrollment code (XXXX-XXXX-XXXX, any case) that, with `serverUrl`, lets the
   * kiosk enroll itself at first start (`npm start` writes one). Normalised to 12 upper-case characters. */
  enrollmentCode: enrollmentCodeSchema.optional(),
});

export type KioskConfig = z.infer<typeof KioskConfigSchema>;

/** The part of the configuration the page may read (no printer device names or paths). */
export type RendererConfig = Pick<
  KioskConfig,
  | 'kioskName'
  | 'wardName'
  | 'wardCode'
  | 'provinceCode'
  | 'displayMode'
  | 'defaultLanguage'
  | 'session'
  | 'serverUrl'
  | 'intakeKey'
  | 'enrollmentCode'
>;

export function toRendererConfig(config: KioskConfig): RendererConfig {
  const { kioskName, wardName, wardCode, provinceCode, displayMode, defaultLanguage, session, serverUrl, intakeKey, enrollmentCode } =
    config;
  return {
    kioskName,
    wardName,
    wardCode,
    provinceCode,
    displayMode,
    defaultLanguage,
    session,
    serverUrl,
    intakeKey,
    enrollmentCode,
  };
}

export interface ConfigProblem {
  path: string;
  message: string;
}

export interface ParsedConfig {
  config: KioskConfig;
  /** Fields that were wrong and fell back to their defaults; shown to ward IT in logs/diagnostics. */
  problems: ConfigProblem[];
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Parse a configuration object. Never throws: a wrong or unknown field is reported and the default is
 * used instead, so a typo in one field cannot keep the kiosk from starting.
 */
export function parseKioskConfig(input: unknown): ParsedConfig {
  const problems: ConfigProblem[] = [];
  const raw: Record<string, unknown> = isPlainObject(input) ? { ...input } : {};
  if (!isPlainObject(input) && input !== undefined) {
    problems.push({ path: '(root)', message: 'configuration must be a JSON object' });
  }
  for (;;) {
    const result = KioskConfigSchema.safeParse(raw);
    if (result.success) return { config: result.data, problems };
    const bad = new Set<string>();
    for (const issue of result.error.issues) {
      const keys = issue.code === 'unrecognized_keys' && issue.path.length === 0 ? issue.keys : [issue.path[0]];
      for (const key of keys) {
        if (typeof key !== 'string' || !(key in raw)) continue;
        bad.add(key);
        const path = issue.code === 'unrecognized_keys' ? key : issue.path.map(String).join('.');
        problems.push({ path, message: issue.code === 'unrecognized_keys' ? 'unknown setting' : issue.message });
      }
    }
    if (bad.size === 0) return { config: KioskConfigSchema.parse({}), problems };
    for (const key of bad) delete raw[key];
  }
}
