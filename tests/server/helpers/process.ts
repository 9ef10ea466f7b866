/**
 * The built server (dist/server/main.mjs) as a child process, for tests that kill and restart it:
 * `buildServer()` once, then `spawnServer({ dataDir, port })`. Enroll against it with a code from
 * `cliEnrollmentCode(dataDir)` and `enrollWithCode(url, code)`.
 */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../../../src-server/cli';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
export const SERVER_MAIN = path.join(REPO_ROOT, 'dist/server/main.mjs');

export async function buildServer(): Promise<void> {
  await promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'scripts/build-server.mjs')], { cwd: REPO_ROOT });
}

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  url: string;
  /** Everything the process wrote to stderr so far. */
  stderr(): string;
  /** Resolves with the exit code (null after a signal). */
  exited: Promise<number | null>;
  /** SIGTERM (graceful) or SIGKILL (a crash); resolves when the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function spawnServer(options: { dataDir: string; port?: number; env?: Record<string, string> }): Promise<ServerProcess> {
  const child = spawn(process.execPath, [SERVER_MAIN, 'serve', '--port', String(options.port ?? 0), '--host', '127.0.0.1'], {
    cwd: REPO_ROOT,
    env: { ...process.env, INTAKE_DATA_DIR: options.dataDir, INTAKE_LOG_LEVEL: 'warn', ...options.env },
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match) {
        resolve({
          child,
          url: match[1]!,
          stderr: () => stderr,
          exited,
          stop: (signal = 'SIGTERM') => {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            return exited;
          },
        });
      }
    });
    void exited.then((code) => reject(new Error(`the server exited (${code}) before listening: ${stderr}`)));
  });
}

/** A one-time code made by the CLI on the data folder (works while the server runs). */
export async function cliEnrollmentCode(dataDir: string, location = 'Nhà văn hoá TDP 5'): Promise<string> {
  const out: string[] = [];
  const status = await runCli(['enroll-code', '--data-dir', dataDir, '--location', location, '--ward', '00103', '--ward-name', 'Phường Tây Hồ'], {
    stdout: (line) => out.push(line),
    stderr: (line) => out.push(line),
    env: {},
  });
  const code = /enrollment code: (\S+)/.exec(out.join('\n'))?.[1];
  if (status !== 0 || !code) throw new Error(out.join('\n'));
  return code;
}
