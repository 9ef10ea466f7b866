import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

/** The smallest touch target the kiosk allows (design.md: 48 px floor; the kit's own minimum is 60 px). */
export const TARGET_FLOOR_PX = 48;
/** Primary actions ("Tiếp tục", large buttons) at the default text size. */
export const PRIMARY_TARGET_PX = 80;

/** A way the screen can be shown: text size (1, 1.5, 2) and colours, as "Cỡ chữ và màu" sets them. */
export interface DisplayMode {
  textScale: 1 | 1.5 | 2;
  highContrast: boolean;
}

export const DEFAULT_DISPLAY: DisplayMode = { textScale: 1, highContrast: false };
export const LARGEST_TEXT: DisplayMode = { textScale: 2, highContrast: false };
export const HIGH_CONTRAST: DisplayMode = { textScale: 1, highContrast: true };
export const LARGEST_HIGH_CONTRAST: DisplayMode = { textScale: 2, highContrast: true };

const modeName = (mode: DisplayMode) =>
  `${mode.textScale * 100} %${mode.highContrast ? ', high contrast' : ''}`;

/**
 * Every check a screen must pass, wherever it is in a journey: axe-core (WCAG 2.2 AA), no sideways scroll,
 * every control a finger can reach at least 48 × 48 px and, at the default text size, primary actions at
 * least 80 px tall. A radio or checkbox counts by its card (its label covers the card and is what the
 * resident taps); a link inside a sentence is exempt, as in WCAG's target-size rule.
 *
 * The screen is checked as it is shown, then in each of `alsoIn`: the page is switched the way the
 * display settings switch it (the root font size and data-contrast on <html>, as applyDisplaySettings in
 * src-renderer/a11y/display-settings.ts does; the settings dialog itself is driven through the UI in the
 * specs) and switched back afterwards.
 */
export async function expectAccessibleScreen(page: Page, screen: string, alsoIn: readonly DisplayMode[] = []): Promise<void> {
  await checkAsShown(page, screen);
  if (alsoIn.length === 0) return;
  const shown = await currentMode(page);
  for (const mode of alsoIn) {
    await setMode(page, mode);
    await checkAsShown(page, `${screen} at ${modeName(mode)}`);
  }
  await setMode(page, shown);
}

async function checkAsShown(page: Page, screen: string): Promise<void> {
  await expectNoAxeViolations(page, screen);
  const layout = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(layout.scrollWidth, `${screen}: no sideways scroll`).toBeLessThanOrEqual(layout.innerWidth);
  const sizes = await targetProblems(page);
  expect(sizes.small, `${screen}: touch targets under ${TARGET_FLOOR_PX} px`).toEqual([]);
  expect(sizes.lowPrimary, `${screen}: primary actions under ${PRIMARY_TARGET_PX} px tall`).toEqual([]);
}

async function currentMode(page: Page): Promise<DisplayMode> {
  return page.evaluate(() => ({
    textScale: (Number(document.documentElement.dataset.textScale ?? '1') || 1) as 1 | 1.5 | 2,
    highContrast: document.documentElement.dataset.contrast === 'high',
  }));
}

async function setMode(page: Page, mode: DisplayMode): Promise<void> {
  await page.evaluate(({ textScale, highContrast }) => {
    const root = document.documentElement;
    if (textScale === 1) root.style.removeProperty('--font-size-root');
    else root.style.setProperty('--font-size-root', `${24 * textScale}px`); // BASE_FONT_SIZE_PX
    root.dataset.textScale = String(textScale);
    if (highContrast) root.dataset.contrast = 'high';
    else delete root.dataset.contrast;
  }, mode);
}

/** Visible controls smaller than the floor, and (at the default size) primary actions under 80 px tall. */
async function targetProblems(page: Page): Promise<{ small: string[]; lowPrimary: string[] }> {
  return page.evaluate(
    ({ floor, primary }) => {
      const visible = (el: Element) => {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return box.width > 1 && box.height > 1 && style.visibility !== 'hidden' && Number(style.opacity) > 0 && !el.closest('[inert], [aria-hidden="true"]');
      };
      const label = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.id ?? el.tagName).slice(0, 40);
      const size = (box: DOMRect) => `${Math.round(box.width)}×${Math.round(box.height)}`;
      const small: string[] = [];
      for (const control of document.querySelectorAll('button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="link"]')) {
        let target: Element = control;
        if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) {
          // The label's hit area covers its whole card (ChoiceCards.css), so the card is what a finger meets.
          target = control.closest('.k-choice-card, label') ?? (control.id ? document.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null) ?? control;
        }
        if (!visible(target)) continue;
        if (control instanceof HTMLAnchorElement && getComputedStyle(control).display === 'inline' && control.closest('p, li')) continue;
        const box = target.getBoundingClientRect();
        if (box.width < floor || box.height < floor) small.push(`${control.tagName.toLowerCase()} "${label(control)}" (${size(box)})`);
      }
      const lowPrimary: string[] = [];
      if ((document.documentElement.dataset.textScale ?? '1') === '1') {
        for (const action of document.querySelectorAll('.k-page__continue, .k-button--large')) {
          const box = action.getBoundingClientRect();
          if (visible(action) && box.height < primary) lowPrimary.push(`"${label(action)}" (${size(box)})`);
        }
      }
      return { small, lowPrimary };
    },
    { floor: TARGET_FLOOR_PX, primary: PRIMARY_TARGET_PX },
  );
}
