/**
 * Server configuration: a JSON file (`--config <path>` or INTAKE_CONFIG) and the environment, the
 * environment winning. Checked with zod; a wrong value stops the start with a message naming the field.
 *
 *   INTAKE_HOST (127.0.0.1) · INTAKE_PORT (8480) · INTAKE_DATA_DIR (./.data/intake) ·
 *   INTAKE_OFFICER_TOKEN · INTAKE_LOG_LEVEL (info) · INTAKE_CATALOG_DIR · INTAKE_KEY_FILE
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { kioskSettingsSchema } from '../src-shared/protocol';
import { defaultCatalogDir } from './catalog/catalog-dir';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const serverConfigSchema = z.strictObject({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.coerce.number().int().min(0).max(65535).default(8480),
  dataDir: z.string().min(1).default('./.data/intake'),
  /** Folder holding catalog.json and the procedure files (default: the repository's assets/catalog). */
  catalogDir: z.string().min(1).optional(),
  /** Bearer token of the officer API; unset = the officer API answers 403 (use the CLI). */
  officerToken: z.string().min(16, 'must be at least 16 characters').optional(),
  logLevel: z.enum(LOG_LEVELS).default('info'),
  /** An extra private key file (same format as `<data>/keys/*.private.jwk.json`); it becomes current. */
  keyFile: z.string().min(1).optional(),
  /** Modulus of a newly generated submission key. */
  keyBits: z.union([z.literal(2048), z.literal(3072), z.literal(4096)]).default(2048),
  /** Sent to kiosks on enrollment and in GET /device. */
  settings: kioskSettingsSchema.default({ syncIntervalSeconds: 60, statusPollSeconds: 300 }),
  /** Origins the kiosk page may call from (CORS); `*` = any (tokens, not cookies, authenticate). */
  corsOrigins: z.array(z.string().min(1)).min(1).default(['*']),
  /** Seconds in-flight requests may take to finish on SIGTERM/SIGINT. */
  shutdownGraceSeconds: z.number().int().min(0).max(300).default(10),
  /** Hours an unfinished tus upload is kept. */
  uploadExpiryHours: z.number().int().min(1).max(24 * 90).default(24 * 7),
});
export type ServerConfig = z.infer<typeof serverConfigSchema>;
export type ServerConfigInput = z.input<typeof serverConfigSchema>;

const ENV_NAMES: Record<string, keyof ServerConfigInput> = {
  INTAKE_HOST: 'host',
  INTAKE_PORT: 'port',
  INTAKE_DATA_DIR: 'dataDir',
  INTAKE_OFFICER_TOKEN: 'officerToken',
  INTAKE_LOG_LEVEL: 'logLevel',
  INTAKE_CATALOG_DIR: 'catalogDir',
  INTAKE_KEY_FILE: 'keyFile',
};

export class ConfigError extends Error {}

export interface LoadConfigInput {
  configFile?: string;
  env: Record<string, string | undefined>;
  /** Command-line values (highest priority). */
  overrides?: Partial<ServerConfigInput>;
}

export function parseConfig(input: unknown): ServerConfig {
  const parsed = serverConfigSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.') || '(config)'}: ${i.message}`);
    throw new ConfigError(`configuration is wrong:\n  ${lines.join('\n  ')}`);
  }
  return parsed.data;
}

export function loadConfig({ configFile, env, overrides = {} }: LoadConfigInput): ServerConfig {
  const file = configFile ?? env['INTAKE_CONFIG'];
  let fromFile: Record<string, unknown> = {};
  if (file !== undefined && file !== '') {
    try {
      fromFile = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new ConfigError(`cannot read the configuration file ${file}: ${(error as Error).message}`);
    }
    if (typeof fromFile !== 'object' || fromFile === null || Array.isArray(fromFile)) {
      throw new ConfigError(`${file}: the configuration must be one JSON object`);
    }
  }
  const fromEnv: Record<string, string> = {};
  for (const [name, key] of Object.entries(ENV_NAMES)) {
    const value = env[name];
    if (value !== undefined && value !== '') fromEnv[key] = value;
  }
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return parseConfig({ ...fromFile, ...fromEnv, ...defined });
}

export function resolvePaths(config: ServerConfig): { dataDir: string; catalogDir: string } {
  return { dataDir: path.resolve(config.dataDir), catalogDir: path.resolve(config.catalogDir ?? defaultCatalogDir()) };
}
