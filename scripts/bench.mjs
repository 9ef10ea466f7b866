#!/usr/bin/env node
// `npm run bench`: the submit path and the document compressor, measured in headless Chromium.
//
//  1. builds bench/ (a small page importing the real submitApplication, createKioskDb and compressImage
//     from src-renderer) with Vite's JS API into dist/bench;
//  2. serves it on 127.0.0.1 (IndexedDB needs an http origin) and opens it with Playwright + /usr/bin/chromium;
//  3. prints a table with median/p95 and the ratio to each target, and writes reports/bench.json;
//  4. then the sync benchmarks (issue 4): bench/sync-drain.ts, bundled with esbuild into dist/bench-sync and
//     run in Node with fake-indexeddb against the real server (its own process): backlog drain to the
//     loopback server vs a raw upload of the same bytes, the same through the proxy at 2 Mbit/s vs the
//     link, and the server's intake rate (figures in reports/bench-sync.json).
//
// `--sync-only` runs step 4 alone, `--no-sync` skips it.
//
// Figures, not assertions: the exit code is 0 even when a target is missed (the line says MISSED);
// it is 1 only when the bench itself could not run.
// `window`: the page.evaluate callbacks run in the bench page (declared as a global in oxlint.config.ts).
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { build as esbuild } from 'esbuild';
import { build } from 'vite';
import { checkTarget, formatBytes, formatMs, formatRatio, summarize, verdict } from '../bench/stats.mjs';

const root = path.resolve(import.meta.dirname, '..');
const benchDir = path.join(root, 'bench');
const outDir = path.join(root, 'dist', 'bench');
const reportFile = path.join(root, 'reports', 'bench.json');

const SUBMIT_RUNS = 50;
const SUBMIT_WARMUP = 3;
const COMPRESS_RUNS = 5;
const TARGETS = { submitP95Ms: 150, compressMs: 400, compressBytes: 250 * 1024 };
// Generous: the bench takes about a minute on an idle 2-core machine, far longer on a loaded one.
const WATCHDOG_MS = 600_000;
// The sync part: about 8–12 minutes on a 2-core machine (three rounds, each filing a 1,000-application backlog in Node and 300 in Chromium).
const SYNC_WATCHDOG_MS = 1_200_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};

async function buildPage() {
  await build({
    configFile: false,
    root: benchDir,
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome130',
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
    },
  });
}

/** A static server for dist/bench on 127.0.0.1, a free port. */
function serve() {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.resolve(outDir, `.${decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)}`);
    if (!file.startsWith(outDir + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function submitLine(run) {
  const stats = summarize(run.samples);
  const p95 = checkTarget(stats.p95, TARGETS.submitP95Ms);
  const avgKb = Math.round(run.photoBytes.reduce((a, b) => a + b, 0) / run.photoBytes.length / 1024);
  const label = `submit (${run.photoBytes.length} photos × ~${avgKb} KB, sealed + strict write)`;
  const text =
    `${label.padEnd(52)} n=${String(stats.n).padEnd(3)} median ${formatMs(stats.median)}  p95 ${formatMs(stats.p95)}  ` +
    `target p95 ≤ ${TARGETS.submitP95Ms} ms  (${formatRatio(p95.ratio)} target) ${verdict({ 'p95 time': p95 })}`;
  return { text, json: { ...stats, photoBytes: run.photoBytes, failures: run.failures, target: p95 } };
}

function compressLine(run, { figureOnly = false } = {}) {
  const stats = summarize(run.samples);
  const size = Math.max(...run.outputBytes);
  const time = checkTarget(stats.median, TARGETS.compressMs);
  const bytes = checkTarget(size, TARGETS.compressBytes);
  const label =
    `compress ${Math.round((run.inputWidth * run.inputHeight) / 1e6)} MP (${run.inputWidth}×${run.inputHeight}, ${formatBytes(run.inputBytes)}) ` +
    `→ ${run.outputWidth}×${run.outputHeight} JPEG`;
  const text =
    `${label.padEnd(52)} n=${String(stats.n).padEnd(3)} median ${formatMs(stats.median)}  p95 ${formatMs(stats.p95)}  size ${formatBytes(size)}  ` +
    `targets ≤ ${TARGETS.compressMs} ms (${formatRatio(time.ratio)}), ≤ ${formatBytes(TARGETS.compressBytes)} (${formatRatio(bytes.ratio)}) ` +
    (figureOnly ? 'figure only (a photo over 400 KB is encoded once more at q0.55)' : verdict({ time, size: bytes }));
  return { text, json: { ...stats, warmupMs: run.warmupMs, input: { bytes: run.inputBytes, width: run.inputWidth, height: run.inputHeight }, output: { bytes: run.outputBytes, width: run.outputWidth, height: run.outputHeight }, targets: { time, size: bytes } } };
}

let watchdog;

async function main(pageHost) {
  const started = Date.now();
  watchdog = setTimeout(() => {
    console.error(`bench: gave up after ${WATCHDOG_MS / 1000} s`);
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();

  const { port } = pageHost.address();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(msg.text());
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => window.bench?.ready === true, undefined, { timeout: 30_000 });
    const version = browser.version();

    process.stdout.write(`bench: submit × ${SUBMIT_RUNS} (+${SUBMIT_WARMUP} warm-up)… `);
    const submit = await page.evaluate(([n, w]) => window.bench.runSubmit(n, w), [SUBMIT_RUNS, SUBMIT_WARMUP]);
    console.log('done');
    if (submit.failures.length > 0) throw new Error(`submit failed ${submit.failures.length}×: ${[...new Set(submit.failures)].join(', ')}`);

    process.stdout.write(`bench: compress × ${COMPRESS_RUNS} (+1 warm-up)… `);
    const compress = await page.evaluate((n) => window.bench.runCompress(n, 'document'), COMPRESS_RUNS);
    const grainy = await page.evaluate((n) => window.bench.runCompress(n, 'grainy'), COMPRESS_RUNS);
    console.log('done');

    const s = submitLine(submit);
    const c = compressLine(compress);
    const g = compressLine(grainy, { figureOnly: true });
    console.log('');
    console.log(`Chromium ${version}, headless, ${process.platform}/${process.arch}`);
    console.log(s.text);
    console.log(`${c.text}  (a photo of an A4 form)`);
    console.log(`${g.text}  (worst case: grainy)`);
    console.log('');
    console.log('submit = click handler start → strict-durability transaction resolved (RSA-OAEP-256 + AES-256-GCM sealing included, compression excluded)');
    console.log(`compress = compressImage(12 MP JPEG Blob) → bytes, first run excluded (warm-up ${formatMs(compress.warmupMs)})`);

    const report = {
      generatedAt: new Date().toISOString(),
      chromium: version,
      platform: `${process.platform}/${process.arch}`,
      durationMs: Date.now() - started,
      units: { time: 'ms', size: 'bytes' },
      submit: s.json,
      compress: c.json,
      compressWorstCase: g.json,
      ok: s.json.target.ok && c.json.targets.time.ok && c.json.targets.size.ok,
      pageErrors,
    };
    await mkdir(path.dirname(reportFile), { recursive: true });
    await writeFile(reportFile, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\n${report.ok ? 'all targets met' : 'MISSED: see the lines above'} — figures in ${path.relative(root, reportFile)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } finally {
    await browser.close();
    clearTimeout(watchdog);
  }
}

/**
 * Bundles bench/sync-drain.ts and runs it in its own Node process; true when it ran. `pageUrl`: the bench
 * page, where the drain also runs in Chromium (the engine in its Web Worker, as on a kiosk).
 */
async function runSyncBench(pageUrl) {
  const outfile = path.join(root, 'dist', 'bench-sync', 'sync-drain.mjs');
  // Node 22, ESM, npm packages left external (resolved from node_modules at run time).
  const node = { bundle: true, platform: 'node', format: 'esm', target: 'node22', packages: 'external' };
  await esbuild({ ...node, absWorkingDir: root, entryPoints: ['bench/sync-drain.ts'], outfile, logLevel: 'warning' });
  console.log('');
  return new Promise((resolve) => {
    const env = { ...process.env, BENCH_PAGE_URL: pageUrl, CHROMIUM_PATH: CHROMIUM, CHROMIUM_ARGS: JSON.stringify(CHROMIUM_ARGS) };
    const child = spawn(process.execPath, [outfile, root], { cwd: root, stdio: 'inherit', env });
    const watchdog = setTimeout(() => {
      console.error(`bench (sync): gave up after ${SYNC_WATCHDOG_MS / 1000} s`);
      child.kill('SIGKILL');
    }, SYNC_WATCHDOG_MS);
    child.on('exit', (code) => {
      clearTimeout(watchdog);
      resolve(code === 0);
    });
  });
}

async function all() {
  const args = process.argv.slice(2);
  let ok = true;
  process.stdout.write('bench: building the bench page… ');
  await buildPage();
  console.log('done');
  const pageHost = await serve();
  try {
    if (!args.includes('--sync-only')) {
      try {
        await main(pageHost);
      } catch (error) {
        console.error(`\nbench: could not run: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        ok = false;
      }
      clearTimeout(watchdog);
    }
    if (!args.includes('--no-sync')) ok = (await runSyncBench(`http://127.0.0.1:${pageHost.address().port}/`).catch(() => false)) && ok;
  } finally {
    pageHost.close();
  }
  process.exitCode = ok ? 0 : 1;
}

await all();
