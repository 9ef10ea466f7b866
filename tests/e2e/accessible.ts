import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

/** The smallest touch target the kiosk allows (design.md: 48 px floor; the kit's own minimum is 60 px). */
export const TARGET_FLOOR_PX = 48;

/**
 * Every check a screen must pass, wherever it is in a journey: axe-core (WCAG 2.2 AA), no sideways scroll,
 * and every control a finger can reach at least 48 × 48 px. A radio or checkbox counts by its card (its
 * label covers the card and is what the resident taps); a link inside a sentence is exempt, as in WCAG's
 * target-size rule.
 */
export async function expectAccessibleScreen(page: Page, screen: string): Promise<void> {
  await expectNoAxeViolations(page, screen);
  const layout = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(layout.scrollWidth, `${screen}: no sideways scroll`).toBeLessThanOrEqual(layout.innerWidth);
  expect(await smallTargets(page), `${screen}: touch targets under ${TARGET_FLOOR_PX} px`).toEqual([]);
}

/** Visible controls smaller than the floor, as "name (width×height)". */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((floor) => {
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 1 && box.height > 1 && style.visibility !== 'hidden' && Number(style.opacity) > 0 && !el.closest('[inert], [aria-hidden="true"]');
    };
    const controls = document.querySelectorAll('button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="link"]');
    const small: string[] = [];
    for (const control of controls) {
      let target: Element = control;
      if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) {
        // The label's hit area covers its whole card (ChoiceCards.css), so the card is what a finger meets.
        target = control.closest('.k-choice-card, label') ?? (control.id ? document.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null) ?? control;
      }
      if (!visible(target)) continue;
      if (control instanceof HTMLAnchorElement && getComputedStyle(control).display === 'inline' && control.closest('p, li')) continue;
      const box = target.getBoundingClientRect();
      if (box.width < floor || box.height < floor) {
        const name = control.getAttribute('aria-label') ?? control.textContent?.trim() ?? control.id ?? control.tagName;
        small.push(`${control.tagName.toLowerCase()} "${name.slice(0, 40)}" (${Math.round(box.width)}×${Math.round(box.height)})`);
      }
    }
    return small;
  }, TARGET_FLOOR_PX);
}
