#!/usr/bin/env node
// Reads what `npm test` (scripts/test-all.mjs) left in reports/ and computes the totals:
//   reports/test-steps.json  — written by test-all: exit code of every step (each static step = 1 check)
//   reports/vitest.json      — vitest's JSON reporter
//   reports/playwright.json  — Playwright's JSON reporter
// A missing or unreadable report, or a step that never ran, counts as a failure: a runner that crashed
// must not look green. Plain Node (runs on Node 20 too, so .ci/run can call it whatever happened).
//
// Usage: node scripts/test-summary.mjs [--line-only] [rootDir]
//   prints a table per runner and the closing line `N passed, N failed[, N skipped]`; exit 1 if any failed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TSC_PROJECTS } from './typecheck.mjs';

export const REPORTS_DIR = 'reports';
export const STEPS_FILE = 'reports/test-steps.json';
export const VITEST_REPORT = 'reports/vitest.json';
export const PLAYWRIGHT_REPORT = 'reports/playwright.json';

/** The static checks `npm test` runs, each one check in the totals, grouped into table rows. */
export const STATIC_STEPS = [
  ...TSC_PROJECTS.map(({ id }) => ({ id, group: 'tsc' })),
  { id: 'lint', group: 'lint' },
  { id: 'boundaries', group: 'boundaries' },
  { id: 'build', group: 'build' },
];

/** The test runners and their JSON reports. */
export const RUNNERS = [
  { id: 'vitest', report: VITEST_REPORT, read: readVitestCounts },
  { id: 'playwright', report: PLAYWRIGHT_REPORT, read: readPlaywrightCounts },
];

/**
 * Vitest JSON: numPassedTests, numFailedTests, numPendingTests (skipped), numTodoTests, success,
 * testResults[].status/assertionResults. A test file that fails to load has status "failed" and no
 * assertions, so it is counted as one failure; `success: false` with nothing failed (an unhandled
 * error outside tests) counts as one failure too.
 */
export function readVitestCounts(report) {
  const passed = report.numPassedTests ?? 0;
  let failed = report.numFailedTests ?? 0;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  const notes = [];
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((a) => a.status === 'failed'),
  );
  if (brokenFiles.length > 0) {
    failed += brokenFiles.length;
    notes.push(`${brokenFiles.length} file(s) failed outside tests`);
  }
  if (report.success === false && failed === 0) {
    failed = 1;
    notes.push('vitest reported errors outside tests');
  }
  if (typeof report.numTotalTests !== 'number') throw new Error('not a vitest JSON report (no numTotalTests)');
  return { passed, failed, skipped, notes };
}

/**
 * Playwright JSON: stats.expected (passed), stats.unexpected (failed), stats.flaky (passed on retry:
 * counted as passed, shown in the notes), stats.skipped; errors[] holds failures outside tests
 * (config, global setup, a spec that does not load), each counted as one failure.
 */
export function readPlaywrightCounts(report) {
  const stats = report.stats;
  if (!stats || typeof stats.expected !== 'number') throw new Error('not a Playwright JSON report (no stats)');
  const errors = Array.isArray(report.errors) ? report.errors.length : 0;
  const notes = [];
  if (stats.flaky > 0) notes.push(`${stats.flaky} flaky`);
  if (errors > 0) notes.push(`${errors} error(s) outside tests`);
  return {
    passed: stats.expected + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + errors,
    skipped: stats.skipped ?? 0,
    notes,
  };
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Computes the totals from the files in rootDir/reports.
 * @returns {{ rows: Array<{name: string, passed: number, failed: number, skipped: number, notes: string[]}>,
 *             problems: string[], passed: number, failed: number, skipped: number }}
 */
export function summarize(rootDir = process.cwd()) {
  const at = (rel) => path.join(rootDir, rel);
  let steps = {};
  let startedAt = 0;
  let stepsProblem = null;
  try {
    const data = readJson(at(STEPS_FILE));
    steps = data.steps ?? {};
    startedAt = Date.parse(data.startedAt ?? '') || 0;
  } catch (error) {
    stepsProblem = existsSync(at(STEPS_FILE)) ? `unreadable ${STEPS_FILE}: ${error.message}` : `no ${STEPS_FILE}`;
  }

  const rows = [];
  const rowFor = (name) => {
    let row = rows.find((r) => r.name === name);
    if (!row) rows.push((row = { name, passed: 0, failed: 0, skipped: 0, notes: [] }));
    return row;
  };

  for (const step of STATIC_STEPS) {
    const row = rowFor(step.group);
    const result = steps[step.id];
    if (result && result.exitCode === 0) {
      row.passed += 1;
    } else {
      row.failed += 1;
      const what = !result
        ? 'did not run'
        : result.skipped
          ? `skipped (${result.skipped})`
          : (result.error ?? (result.exitCode === null ? 'crashed' : `exit ${result.exitCode}`));
      row.notes.push(step.group === step.id ? what : `${step.id.slice(step.group.length + 1)}: ${what}`);
    }
  }

  for (const runner of RUNNERS) {
    const row = rowFor(runner.id);
    const step = steps[runner.id];
    const file = at(runner.report);
    if (!existsSync(file)) {
      row.failed += 1;
      row.notes.push(`no report ${runner.report}${step?.skipped ? ` (skipped: ${step.skipped})` : ''}`);
      continue;
    }
    if (startedAt && statSync(file).mtimeMs < startedAt - 1000) {
      row.failed += 1;
      row.notes.push(`stale report ${runner.report} (older than this run)`);
      continue;
    }
    let counts;
    try {
      counts = runner.read(readJson(file));
    } catch (error) {
      row.failed += 1;
      row.notes.push(`unreadable ${runner.report}: ${error.message}`);
      continue;
    }
    Object.assign(row, { passed: counts.passed, failed: counts.failed, skipped: counts.skipped });
    row.notes.push(...counts.notes);
    if (step && step.exitCode !== 0 && row.failed === 0) {
      row.failed = 1;
      row.notes.push(`exited ${step.exitCode ?? 'by signal'} with no failed test in its report`);
    }
  }

  const total = (key) => rows.reduce((sum, r) => sum + r[key], 0);
  const problems = stepsProblem ? [`${stepsProblem}: test-all did not start or crashed`] : [];
  return { rows, problems, passed: total('passed'), failed: total('failed'), skipped: total('skipped') };
}

/** `N passed, N failed` and `, N skipped` only when some were skipped. */
export function closingLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

/** A short table, one row per runner (static steps grouped), without the closing line. */
export function formatTable(summary) {
  const header = ['runner', 'passed', 'failed', 'skipped', 'notes'];
  const body = summary.rows.map((r) => [r.name, String(r.passed), String(r.failed), String(r.skipped), r.notes.join('; ')]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const problems = (summary.problems ?? []).map((p) => `note: ${p}`);
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line), ...problems].join('\n');
}

function main() {
  const args = process.argv.slice(2);
  const lineOnly = args.includes('--line-only');
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(here, '..'));
  const summary = summarize(root);
  if (!lineOnly) console.log(formatTable(summary) + '\n');
  console.log(closingLine(summary));
  process.exitCode = summary.failed > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
