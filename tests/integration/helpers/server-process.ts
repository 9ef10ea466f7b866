/**
 * The real intake server as a child process (the bundled `dist/server/main.mjs`), so a test can kill it
 * with SIGKILL mid-sync and start it again on the same port and data folder, as after a power cut.
 * `ensureServerBuilt()` runs `node scripts/build-server.mjs` when the bundle is missing or older than any
 * source file it is built from.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { PATHS } from '../../../src-shared/protocol';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const SERVER_BUNDLE = path.join(ROOT, 'dist', 'server', 'main.mjs');
const SOURCES = ['src-server', 'src-shared', 'scripts/build-server.mjs'];
const LOG_LIMIT = 200;

function newestMtime(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

/** Builds the server bundle unless it is newer than every source file. */
export function ensureServerBuilt(root = ROOT): void {
  const bundle = path.join(root, 'dist', 'server', 'main.mjs');
  const sources = SOURCES.map((s) => path.join(root, s)).filter((s) => existsSync(s));
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= Math.max(...sources.map(newestMtime))) return;
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-server.mjs')], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node scripts/build-server.mjs failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

/** A port that was free a moment ago (the server binds it; tests restart on the same one). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface ServerProcessOptions {
  dataDir: string;
  port: number;
  /** Extra environment (INTAKE_*); the log level defaults to `warn`. */
  env?: Record<string, string>;
  /** The repository (default: found from this file; a bundled bench passes it). */
  root?: string;
}

export interface ServerProcess {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** How many times it was started. */
  readonly starts: number;
  /** The last lines it wrote (stdout and stderr), for failure messages. */
  readonly output: readonly string[];
  start(): Promise<void>;
  /** SIGKILL: no graceful shutdown, nothing flushed that was not already. Resolves with the exit code (null after a signal). */
  kill(): Promise<number | null>;
  /** SIGTERM and wait (graceful shutdown); resolves with the exit code (0 when it shut down cleanly). */
  stop(): Promise<number | null>;
  /** Runs a CLI command (`enroll-code …`, `set-status …`) on the same data folder; returns stdout. */
  cli(args: readonly string[]): string;
}

async function waitHealthy(url: string, child: ChildProcess, output: readonly string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) while starting:\n${output.join('\n')}`);
    }
    try {
      const res = await fetch(`${url}${PATHS.health}?nonce=startup-check-000000`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the server did not answer ${PATHS.health} within ${timeoutMs} ms:\n${output.join('\n')}`);
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

export function serverProcess(options: ServerProcessOptions): ServerProcess {
  const root = options.root ?? ROOT;
  const bundle = path.join(root, 'dist', 'server', 'main.mjs');
  const env = { ...process.env, INTAKE_LOG_LEVEL: 'warn', ...options.env, INTAKE_PORT: String(options.port), INTAKE_HOST: '127.0.0.1', INTAKE_DATA_DIR: options.dataDir };
  const url = `http://127.0.0.1:${options.port}`;
  const output: string[] = [];
  let child: ChildProcess | null = null;
  let starts = 0;
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString('utf8').split('\n').filter((line) => line !== ''));
    if (output.length > LOG_LIMIT) output.splice(0, output.length - LOG_LIMIT);
  };
  return {
    url,
    port: options.port,
    dataDir: options.dataDir,
    get starts() {
      return starts;
    },
    output,
    async start() {
      if (child && child.exitCode === null && child.signalCode === null) throw new Error('the server is already running');
      child = spawn(process.execPath, [bundle], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout?.on('data', keep);
      child.stderr?.on('data', keep);
      starts += 1;
      await waitHealthy(url, child, output, 30_000);
    },
    async kill() {
      if (!child) return null;
      child.kill('SIGKILL');
      return exited(child);
    },
    async stop() {
      if (!child) return null;
      child.kill('SIGTERM');
      const done = exited(child);
      const timer = setTimeout(() => child?.kill('SIGKILL'), 15_000);
      const code = await done;
      clearTimeout(timer);
      return code;
    },
    cli(args) {
      const result = spawnSync(process.execPath, [bundle, ...args], { cwd: root, env, encoding: 'utf8', timeout: 30_000 });
      if (result.status !== 0) throw new Error(`server CLI ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
      return result.stdout;
    },
  };
}

/** The `XXXX-XXXX-XXXX` code in the CLI's output. */
export function enrollmentCodeIn(output: string): string {
  const match = /\b[ABCDEFGHJKLMNPRSTUVWXY2-9]{4}-[ABCDEFGHJKLMNPRSTUVWXY2-9]{4}-[ABCDEFGHJKLMNPRSTUVWXY2-9]{4}\b/.exec(output);
  if (!match) throw new Error(`no enrollment code in the CLI output:\n${output}`);
  return match[0];
}
