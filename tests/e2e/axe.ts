import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { settled } from './settle';

/** The WCAG tags every screen is checked against; target-size runs only with wcag22aa listed. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Run axe-core on the page and fail with a readable list of violations.
 *
 * axe-core is put into the page once (evaluated through the DevTools protocol, so the page's CSP does not
 * apply) and stays for the life of the document: the kiosk is a single-page app, so one injection serves
 * every screen of a journey. `axe.run` in the page itself, with only violations collected: the app has no
 * frames, and @axe-core/playwright's runPartial/finishRun opens a second page and injects axe three times
 * per scan, which on our 2-core CI machines cost up to a minute per screen.
 */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  // Scan the screen at rest: mid-transition colours (a button turning primary) are not what anyone reads.
  await settled(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] };
  const violations = await page.evaluate(async (runOptions) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe;
    const results = await axe.run(document, runOptions);
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, options);
  const summary = violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.targets.join(', ')}`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}
