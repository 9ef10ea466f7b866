import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closingLine, summarize, STATIC_STEPS } from '../../scripts/test-summary.mjs';

// CI reads only the closing line: it must never look green when a runner crashed or was skipped.
let root: string;
const write = (rel: string, data: unknown) => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), JSON.stringify(data));
};
const allSteps = (exitCode = 0) =>
  Object.fromEntries([...STATIC_STEPS.map((s) => s.id), 'vitest', 'playwright'].map((id) => [id, { exitCode }]));
const vitest = (over: object = {}) => ({ numTotalTests: 10, numPassedTests: 10, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, success: true, testResults: [], ...over });
const playwright = (over: object = {}) => ({ stats: { expected: 5, unexpected: 0, flaky: 0, skipped: 0 }, errors: [], ...over });

describe('test summary (the closing line CI reads)', () => {
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'summary-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('adds the static checks, vitest and Playwright', () => {
    write('reports/test-steps.json', { startedAt: new Date(0).toISOString(), steps: allSteps() });
    write('reports/vitest.json', vitest());
    write('reports/playwright.json', playwright());
    expect(closingLine(summarize(root))).toBe(`${STATIC_STEPS.length + 15} passed, 0 failed`);
  });

  it('counts a missing report as a failure (a crashed runner never looks green)', () => {
    write('reports/test-steps.json', { steps: allSteps() });
    write('reports/vitest.json', vitest());
    expect(summarize(root).failed).toBe(1);
  });

  it('counts a test file that failed to load, and Playwright errors outside tests', () => {
    write('reports/test-steps.json', { steps: allSteps() });
    write('reports/vitest.json', vitest({ success: false, testResults: [{ status: 'failed', assertionResults: [] }] }));
    write('reports/playwright.json', playwright({ errors: [{ message: 'spec did not load' }] }));
    expect(summarize(root).failed).toBe(2);
  });

  it('counts a failed type check and a runner that exited non-zero with a clean report', () => {
    const steps = allSteps();
    steps['tsc tests'] = { exitCode: 2 };
    steps.playwright = { exitCode: 1 };
    write('reports/test-steps.json', { steps });
    write('reports/vitest.json', vitest());
    write('reports/playwright.json', playwright());
    expect(summarize(root).failed).toBe(2);
  });

  it('with no reports at all, still prints a failing line', () => {
    const summary = summarize(root);
    expect(summary.failed).toBeGreaterThan(0);
    expect(closingLine(summary)).toMatch(/^0 passed, \d+ failed$/);
  });

  it('mentions skipped tests only when there are some', () => {
    expect(closingLine({ passed: 3, failed: 0, skipped: 0 })).toBe('3 passed, 0 failed');
    expect(closingLine({ passed: 3, failed: 1, skipped: 2 })).toBe('3 passed, 1 failed, 2 skipped');
  });
});
