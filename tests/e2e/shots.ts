/**
 * Screenshots for the README and for people to look at. They are documentation, not assertions, and a
 * full-page screenshot in software-rendered Chromium on a loaded 2-core machine can take longer than a
 * whole test, so `npm test` skips them; `npm run screenshots` sets SCREENSHOTS=1 and writes them to
 * docs/screenshots/.
 */
import type { Page } from '@playwright/test';
import { settled } from './settle';

export const SHOTS_DIR = 'docs/screenshots';
export const TAKING_SCREENSHOTS = process.env.SCREENSHOTS === '1';

/** Saves docs/screenshots/<name>.png when screenshots are asked for; otherwise does nothing. */
export async function shot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (!TAKING_SCREENSHOTS) return;
  await settled(page);
  await page.screenshot({ path: `${SHOTS_DIR}/${name}.png`, fullPage: options.fullPage ?? false });
}
