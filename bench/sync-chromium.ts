/**
 * The Node side of the Chromium drain (bench/sync-page.ts): one headless Chromium for the whole bench,
 * a fresh browser context (fresh IndexedDB, fresh device key) per round. `BENCH_PAGE_URL` is the bench
 * page scripts/bench.mjs serves; without it there is no Chromium drain.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { PageFiling } from './sync-page';

export interface ChromiumKiosk {
  filing: PageFiling;
  /** Starts the engine in the page's worker; seconds from start to an empty outbox. */
  drain(): Promise<number>;
  /** The bare client in the same page (sync-page-floor.ts), to another server: prepared, not timed. */
  prepareFloor(serverUrl: string, code: string): Promise<void>;
  /** The bare client's timed run: seconds and application bytes. */
  runFloor(): Promise<{ seconds: number; bytes: number }>;
  close(): Promise<void>;
}

export interface ChromiumDrainer {
  version: string;
  /** A kiosk page enrolled to `serverUrl` with `code`, its backlog filed (not timed here). */
  prepare(options: { serverUrl: string; code: string; count: number; pageBytes: number }): Promise<ChromiumKiosk>;
  close(): Promise<void>;
}

const DRAIN_LIMIT_MS = 420_000;

export async function startChromiumDrainer(): Promise<ChromiumDrainer | null> {
  const pageUrl = process.env.BENCH_PAGE_URL;
  if (!pageUrl) return null;
  const args = JSON.parse(process.env.CHROMIUM_ARGS ?? '[]') as string[];
  const browser: Browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args });
  return {
    version: browser.version(),
    async prepare(options) {
      const context: BrowserContext = await browser.newContext();
      const page: Page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      try {
        await page.goto(pageUrl);
        await page.waitForFunction(() => window.benchSync !== undefined, undefined, { timeout: 30_000 });
        const filing = await page.evaluate((o) => window.benchSync.enrollAndFile(o), options);
        return {
          filing,
          async drain() {
            const { seconds, mode } = await page.evaluate((limitMs) => window.benchSync.drain({ limitMs }), DRAIN_LIMIT_MS);
            if (mode !== 'worker') throw new Error(`the engine ran on the page (${mode}), not in its worker`);
            if (errors.length > 0) throw new Error(`the bench page failed: ${errors.join(' | ')}`);
            return seconds;
          },
          async prepareFloor(serverUrl, code) {
            await page.evaluate((o) => window.benchSync.prepareFloor(o), { serverUrl, code, count: options.count, pageBytes: options.pageBytes });
          },
          runFloor: () => page.evaluate(() => window.benchSync.runFloor()),
          close: () => context.close(),
        };
      } catch (error) {
        await context.close();
        throw new Error(`Chromium kiosk: ${error instanceof Error ? error.message : String(error)}${errors.length > 0 ? ` (${errors.join(' | ')})` : ''}`, { cause: error });
      }
    },
    close: () => browser.close(),
  };
}
