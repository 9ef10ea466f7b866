import type { Page } from '@playwright/test';

/** Waits until no transition or animation is running (infinite ones aside): the screen as people see it at rest. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
}
