import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseKioskConfig, type ConfigProblem, type KioskConfig } from '../src-shared/config/kiosk-config';
import type { Log } from './logger';
import { errorText } from './logger';
import { SERVER_ADDRESS_FILE, withSavedServerAddress } from './server-address';

/**
 * Reads the kiosk configuration: the file named by KIOSK_CONFIG, else `<userData>/kiosk-config.json`;
 * then the intake server address saved at enrollment (`<userData>/server-address.json`) replaces
 * `serverUrl`. Never throws: a missing file means defaults; an unreadable or invalid file means defaults plus a
 * problem that is logged (a broken file must not keep the kiosk from starting).
 */

export type ConfigStatus = 'loaded' | 'missing' | 'unreadable' | 'invalid-json';

export interface ConfigSource {
  path: string;
  /** Where the path came from. */
  from: 'KIOSK_CONFIG' | 'userData';
  status: ConfigStatus;
}

export interface LoadedConfig {
  config: KioskConfig;
  problems: ConfigProblem[];
  source: ConfigSource;
  /** True when `serverUrl` is the address saved at enrollment rather than the file's. */
  serverAddressSaved: boolean;
}

export interface ConfigLoaderOptions {
  env: Readonly<Record<string, string | undefined>>;
  userDataDir: string;
  readFile?: (filePath: string) => string;
  log?: Log;
}

const MAX_BYTES = 256 * 1024;

const defaultRead = (filePath: string) => readFileSync(filePath, 'utf8');

export function configPath(env: ConfigLoaderOptions['env'], userDataDir: string): Pick<ConfigSource, 'path' | 'from'> {
  const fromEnv = env.KIOSK_CONFIG?.trim();
  return fromEnv
    ? { path: path.resolve(fromEnv), from: 'KIOSK_CONFIG' }
    : { path: path.join(userDataDir, 'kiosk-config.json'), from: 'userData' };
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function loadKioskConfig(options: ConfigLoaderOptions): LoadedConfig {
  const { path: filePath, from } = configPath(options.env, options.userDataDir);
  const read = options.readFile ?? defaultRead;
  const done = (status: ConfigStatus, input: unknown, fileProblems: ConfigProblem[]): LoadedConfig => {
    const parsed = parseKioskConfig(input);
    const overlay = withSavedServerAddress(parsed.config, options.userDataDir, options.readFile);
    const problems = [...fileProblems, ...parsed.problems, ...(overlay.problem ? [overlay.problem] : [])];
    const source = { path: filePath, from, status };
    for (const p of problems) options.log?.('warn', 'configuration problem', { field: p.path, problem: p.message });
    if (overlay.saved) options.log?.('info', `server address from ${SERVER_ADDRESS_FILE} used`, { server: overlay.config.serverUrl });
    options.log?.('info', 'configuration loaded', { status, from, problems: problems.length });
    return { config: overlay.config, problems, source, serverAddressSaved: overlay.saved };
  };

  let text: string;
  try {
    text = read(filePath);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      // No file is normal for the default location; a file named explicitly should exist.
      const problems = from === 'KIOSK_CONFIG' ? [{ path: '(file)', message: 'KIOSK_CONFIG names a file that does not exist' }] : [];
      return done('missing', undefined, problems);
    }
    return done('unreadable', undefined, [{ path: '(file)', message: `cannot read configuration: ${errorText(error)}` }]);
  }
  if (text.length > MAX_BYTES) {
    return done('unreadable', undefined, [{ path: '(file)', message: 'configuration file is too large' }]);
  }
  let json: unknown;
  try {
    // Notepad saves UTF-8 with a byte-order mark; JSON.parse rejects it.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return done('invalid-json', undefined, [{ path: '(file)', message: `configuration is not valid JSON: ${errorText(error)}` }]);
  }
  return done('loaded', json, []);
}
