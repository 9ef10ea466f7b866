import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { SetServerUrlResult } from '../src-shared/bridge/kiosk-bridge';
import type { ConfigProblem, KioskConfig } from '../src-shared/config/kiosk-config';
import { ServerAddressSchema } from '../src-shared/config/server-address';
import type { Log } from './logger';
import { errorText } from './logger';

/**
 * The intake server address ward IT entered at enrollment, kept in `<state dir>/server-address.json`
 * (the Electron user-data folder; KIOSK_STATE_DIR for the web host). Written 0600 and atomically (temp
 * file, then rename: a power cut leaves the old file or the new one, never half of one). At every start
 * it replaces `serverUrl` of the configuration file.
 */

export const SERVER_ADDRESS_FILE = 'server-address.json';

const SavedAddressSchema = z.strictObject({
  serverUrl: ServerAddressSchema,
  savedAt: z.iso.datetime().optional(),
});

export const serverAddressPath = (stateDir: string) => path.join(stateDir, SERVER_ADDRESS_FILE);

export interface SavedServerAddress {
  /** The saved origin, when there is a valid file. */
  serverUrl?: string;
  /** Set when a file exists but cannot be used (it is then ignored). */
  problem?: ConfigProblem;
}

export function readSavedServerAddress(
  stateDir: string,
  readFile: (filePath: string) => string = (p) => readFileSync(p, 'utf8'),
): SavedServerAddress {
  const problem = (message: string): SavedServerAddress => ({ problem: { path: `(${SERVER_ADDRESS_FILE})`, message } });
  let text: string;
  try {
    text = readFile(serverAddressPath(stateDir));
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'ENOENT') return {};
    return problem(`cannot read the saved server address: ${errorText(error)}`);
  }
  if (text.length > 4096) return problem('the saved server address file is too large; ignored');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return problem('the saved server address is not valid JSON; ignored');
  }
  const parsed = SavedAddressSchema.safeParse(json);
  return parsed.success ? { serverUrl: parsed.data.serverUrl } : problem('the saved server address is not a valid address; ignored');
}

/** The configuration with the saved address (if any) in place of `serverUrl`. */
export function withSavedServerAddress(
  config: KioskConfig,
  stateDir: string,
  readFile?: (filePath: string) => string,
): { config: KioskConfig; saved: boolean; problem?: ConfigProblem } {
  const saved = readSavedServerAddress(stateDir, readFile);
  if (saved.serverUrl === undefined) return { config, saved: false, ...(saved.problem && { problem: saved.problem }) };
  return { config: { ...config, serverUrl: saved.serverUrl }, saved: true };
}

/** The file operations saving uses; injectable so tests can make the disk fail. */
export interface AddressFiles {
  mkdir(dir: string): Promise<unknown>;
  /** Create `filePath` (it must not exist) with mode 0600, write, flush to disk. */
  writeNew(filePath: string, data: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(filePath: string): Promise<void>;
}

export const nodeAddressFiles: AddressFiles = {
  mkdir: (dir) => fsp.mkdir(dir, { recursive: true, mode: 0o700 }),
  async writeNew(filePath, data) {
    const handle = await fsp.open(filePath, 'wx', 0o600);
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fsp.rename(from, to),
  remove: (filePath) => fsp.rm(filePath, { force: true }),
};

export async function saveServerAddress(
  stateDir: string,
  origin: string,
  files: AddressFiles = nodeAddressFiles,
  now: () => Date = () => new Date(),
): Promise<void> {
  const target = serverAddressPath(stateDir);
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  await files.mkdir(stateDir);
  try {
    await files.writeNew(temp, `${JSON.stringify({ serverUrl: origin, savedAt: now().toISOString() }, null, 2)}\n`);
    await files.rename(temp, target);
  } catch (error) {
    await files.remove(temp).catch(() => undefined);
    throw error;
  }
}

export interface ServerUrlSetterOptions {
  /** Where to save; without one the address is kept in memory only (the web host without KIOSK_STATE_DIR). */
  stateDir: string | undefined;
  /** Called with the new origin once it is saved: updates the in-memory configuration (and so the CSP). */
  apply(origin: string): void;
  log: Log;
  files?: AddressFiles;
  now?: () => Date;
}

/**
 * `setServerUrl` of the bridge, host side: validate, save, then apply. Nothing is saved or applied for an
 * invalid address; a failed save applies nothing either (a restart would silently go back). Calls run one
 * after another, so the last address asked for is the one on disk and in memory.
 */
export function createServerUrlSetter(options: ServerUrlSetterOptions): (url: unknown) => Promise<SetServerUrlResult> {
  const { stateDir, apply, log } = options;
  let queue: Promise<unknown> = Promise.resolve();
  const run = async (url: unknown): Promise<SetServerUrlResult> => {
    const parsed = ServerAddressSchema.safeParse(url);
    if (!parsed.success) {
      // The value itself is not logged: it came from a keyboard and may be anything.
      log('warn', 'server address refused', { length: typeof url === 'string' ? url.length : -1 });
      return { ok: false, reason: 'invalid' };
    }
    try {
      if (stateDir !== undefined) await saveServerAddress(stateDir, parsed.data, options.files, options.now);
    } catch (error) {
      log('error', 'server address not saved', { error: errorText(error) });
      return { ok: false, reason: 'failed' };
    }
    apply(parsed.data);
    log('info', 'server address changed', { server: parsed.data });
    return { ok: true };
  };
  return (url) => {
    const result = queue.then(() => run(url));
    queue = result.catch(() => undefined);
    return result;
  };
}
