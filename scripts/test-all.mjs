#!/usr/bin/env node
// `npm test`: every check the project has, in order, continuing past failures so every runner reports.
//   1. tsc -p for each tsconfig (TypeScript 7, two at a time: the machines have 2 cores)   — 1 check each
//   2. oxlint (npm run lint)                                                  — 1 check
//   3. boundary check (npm run check:boundaries)                              — 1 check
//   4. npm run build (renderer + electron)                                    — 1 check
//   5. vitest run (JSON report in reports/vitest.json)                        — its tests
//   6. playwright test (JSON report in reports/playwright.json, by its config) — its tests
// When the build fails, 5 and 6 are skipped (they test the built app) and their missing reports count
// as failures. Exit codes go to reports/test-steps.json; scripts/test-summary.mjs turns all of it into
// the table and the closing line `N passed, N failed[, N skipped]`.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  PLAYWRIGHT_REPORT,
  STEPS_FILE,
  VITEST_REPORT,
  closingLine,
  formatTable,
  summarize,
} from './test-summary.mjs';
import { TSC_BIN, TSC_PROJECTS } from './typecheck.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const MINUTE = 60_000;

const tsc = ({ id, project }) => ({ id, cmd: node, args: [TSC_BIN, '-p', project], timeout: 10 * MINUTE });
const TSC_STEPS = TSC_PROJECTS.map(tsc);
const LINT = { id: 'lint', cmd: npm, args: ['run', '--silent', 'lint'], timeout: 10 * MINUTE };
const BOUNDARIES = { id: 'boundaries', cmd: npm, args: ['run', '--silent', 'check:boundaries'], timeout: 5 * MINUTE };
const BUILD = { id: 'build', cmd: npm, args: ['run', 'build'], timeout: 15 * MINUTE };
const VITEST = {
  id: 'vitest',
  cmd: node,
  args: [
    path.join(root, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${VITEST_REPORT}`,
  ],
  timeout: 25 * MINUTE,
};
const PLAYWRIGHT = {
  id: 'playwright',
  cmd: node,
  args: [path.join(root, 'node_modules', '@playwright', 'test', 'cli.js'), 'test'],
  // Only used by the json reporter when the config gives it no outputFile.
  env: { PLAYWRIGHT_JSON_OUTPUT_FILE: path.join(root, PLAYWRIGHT_REPORT) },
  timeout: 30 * MINUTE,
};

const record = { startedAt: new Date().toISOString(), steps: {} };
const running = new Set();

function saveRecord() {
  mkdirSync(path.join(root, 'reports'), { recursive: true });
  writeFileSync(path.join(root, STEPS_FILE), JSON.stringify(record, null, 2) + '\n');
}

function banner(text) {
  return `\n=== ${text} ${'='.repeat(Math.max(3, 96 - text.length))}`;
}

/**
 * Runs one step in its own process group (so a timeout ends its children too).
 * `buffered` collects the output and prints it in one piece when the step ends (for parallel steps).
 */
function run(step, { buffered = false } = {}) {
  const label = [path.basename(step.cmd), ...step.args.map((a) => (a.startsWith(root + path.sep) ? path.relative(root, a) : a))].join(' ');
  if (!buffered) console.log(banner(`${step.id}: ${label}`));
  const started = Date.now();
  return new Promise((resolve) => {
    const chunks = [];
    const child = spawn(step.cmd, step.args, {
      cwd: root,
      env: { ...process.env, ...step.env },
      stdio: buffered ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
      detached: process.platform !== 'win32',
    });
    running.add(child);
    if (buffered) {
      child.stdout.on('data', (c) => chunks.push(c));
      child.stderr.on('data', (c) => chunks.push(c));
    }
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      kill(child, 'SIGTERM');
      setTimeout(() => kill(child, 'SIGKILL'), 10_000).unref();
    }, step.timeout);
    const finish = (exitCode, signal, error) => {
      clearTimeout(timer);
      running.delete(child);
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      const result = { exitCode: timedOut ? null : exitCode, seconds };
      if (signal) result.signal = signal;
      if (timedOut) result.error = `timed out after ${step.timeout / MINUTE} min`;
      if (error) result.error = error.message;
      record.steps[step.id] = result;
      saveRecord();
      if (buffered) {
        console.log(banner(`${step.id}: ${label}`));
        const out = Buffer.concat(chunks).toString('utf8').trimEnd();
        if (out) console.log(out);
      }
      const status = result.exitCode === 0 ? 'ok' : `FAILED (${result.error ?? `exit ${exitCode ?? signal}`})`;
      console.log(`--- ${step.id}: ${status} in ${seconds}s`);
      resolve(result.exitCode === 0);
    };
    child.on('error', (error) => finish(null, null, error));
    child.on('close', (code, signal) => finish(code, signal));
  });
}

function kill(child, signal) {
  try {
    if (process.platform !== 'win32') process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // already gone
  }
}

/** Runs steps with at most `width` at a time, printing each one's output when it ends. */
async function runParallel(steps, width) {
  const queue = [...steps];
  const worker = async () => {
    for (let step = queue.shift(); step; step = queue.shift()) await run(step, { buffered: true });
  };
  await Promise.all(Array.from({ length: Math.min(width, steps.length) }, worker));
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of running) kill(child, 'SIGTERM');
    record.interrupted = signal;
    saveRecord();
    process.exit(130);
  });
}

// A report left over from an earlier run must not count for this one.
for (const file of [STEPS_FILE, VITEST_REPORT, PLAYWRIGHT_REPORT]) rmSync(path.join(root, file), { force: true });
saveRecord();

await runParallel(TSC_STEPS, 2);
await run(LINT);
await run(BOUNDARIES);
const built = await run(BUILD);
if (built) {
  await run(VITEST);
  await run(PLAYWRIGHT);
} else {
  for (const step of [VITEST, PLAYWRIGHT]) {
    record.steps[step.id] = { exitCode: null, skipped: 'build failed' };
    console.log(banner(`${step.id}: skipped, the build failed`));
  }
  saveRecord();
}

const summary = summarize(root);
console.log(banner('summary'));
console.log(formatTable(summary) + '\n');
console.log(closingLine(summary));
process.exitCode = summary.failed > 0 ? 1 : 0;
