/**
 * The on-screen keyboard and the display settings in Chromium (issue 5): a name typed three ways (Telex, VNI,
 * direct) gives the same NFC text, the numeric pad fills a CCCD, the keyboard never covers the focused field,
 * and 200 % text / high contrast keep the question page readable and axe-clean. Writes the screenshots.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { expectAccessibleScreen } from './accessible';
import { continueOn, expectHeading } from './journey-helpers';
import { shot } from './shots';

const NAME = 'Nguyễn Thị Hoà';
const FIRST_QUESTION = 'Thông tin về bạn, người đi đăng ký';

/** One key tap on the keyboard: a letter or digit by its face, or a named key ('Dấu cách', 'Chữ hoa', 'Dấu ngã'…). */
type Tap = string;

/** Taps for "Nguyễn Thị Hoà" in each input method; '⇧' taps Shift first, ' ' is the space bar. */
const TYPING: Record<'telex' | 'vni' | 'direct', { button: string; taps: Tap[] }> = {
  telex: { button: 'Telex', taps: ['⇧', 'N', 'g', 'u', 'y', 'e', 'e', 'x', 'n', ' ', '⇧', 'T', 'h', 'i', 'j', ' ', '⇧', 'H', 'o', 'a', 'f'] },
  vni: { button: 'VNI', taps: ['⇧', 'N', 'g', 'u', 'y', 'e', '6', '4', 'n', ' ', '⇧', 'T', 'h', 'i', '5', ' ', '⇧', 'H', 'o', 'a', '2'] },
  direct: {
    button: 'Gõ trực tiếp',
    taps: ['⇧', 'N', 'g', 'u', 'y', 'ê', 'n', 'Dấu ngã', ' ', '⇧', 'T', 'h', 'i', 'Dấu nặng', ' ', '⇧', 'H', 'o', 'a', 'Dấu huyền'],
  },
};

function keyboard(page: Page): Locator {
  return page.getByRole('group', { name: 'Bàn phím trên màn hình' });
}

function key(page: Page, name: string): Locator {
  return keyboard(page).getByRole('button', { name, exact: true });
}

/**
 * Taps keys by their place on the screen, read once: real touches (the same CDP touch events as
 * `locator.tap()`), without one actionability wait per key, which on our 2-core CI machines cost seconds a key.
 * A capital is on its small letter's key ('N' is where 'n' is while Shift is off).
 */
async function tapKeys(page: Page, taps: readonly Tap[]): Promise<void> {
  const places = await keyboard(page).evaluate((panel) =>
    Array.from(panel.querySelectorAll('button'), (button) => {
      const box = button.getBoundingClientRect();
      return { name: button.getAttribute('aria-label') ?? button.textContent?.trim() ?? '', x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }),
  );
  const byName = new Map(places.map((place) => [place.name, place]));
  for (const tap of taps) {
    const name = tap === '⇧' ? 'Chữ hoa' : tap === ' ' ? 'Dấu cách' : tap;
    const place = byName.get(name) ?? byName.get(name.toLowerCase());
    if (!place) throw new Error(`no key "${name}" on the keyboard (keys: ${[...byName.keys()].join(' ')})`);
    await page.touchscreen.tap(place.x, place.y);
  }
}

async function openFirstQuestion(page: Page): Promise<void> {
  await page.goto('/');
  await page.locator('[data-procedure="birth-registration"]').click();
  await page.getByRole('button', { name: 'Bắt đầu khai' }).click();
  await expectHeading(page, FIRST_QUESTION);
}

/** Taps a field and waits until the keyboard has slid in for it. */
async function openKeyboardFor(page: Page, field: Locator): Promise<void> {
  await field.tap();
  await expect(field).toBeFocused();
  await expect(keyboard(page)).toBeVisible();
  await expect.poll(async () => keyboard(page).evaluate((el) => el.getAnimations().filter((a) => a.playState === 'running').length)).toBe(0);
}

test.describe('the on-screen keyboard on the name question', () => {
  // Three rounds of about 20 taps on a loaded 2-core machine.
  test.setTimeout(180_000);

  test('types "Nguyễn Thị Hoà" the same NFC text with Telex, VNI and direct, and the answer stays after Continue', async ({ page }) => {
    await openFirstQuestion(page);
    const name = page.locator('#requesterName');

    for (const mode of ['telex', 'vni', 'direct'] as const) {
      await openKeyboardFor(page, name);
      await keyboard(page).getByRole('group', { name: 'Cách gõ dấu' }).getByRole('button', { name: TYPING[mode].button, exact: true }).tap();
      await expect(key(page, TYPING[mode].button)).toHaveAttribute('aria-pressed', 'true');
      // Clear what an earlier round typed: select it all, then one tap on "Xoá lùi".
      await name.selectText();
      await key(page, 'Xoá lùi').tap();
      await expect(name).toHaveValue('');

      await tapKeys(page, TYPING[mode].taps);
      await expect(name, `typed with ${mode}`).toHaveValue(NAME);
      const value = await name.inputValue();
      expect(value, `${mode} gives NFC`).toBe(value.normalize('NFC'));
      expect([...value]).toHaveLength([...NAME.normalize('NFC')].length);
      await shot(page, `keyboard-${mode}-vi`);

      // Continue with the other answers missing: the errors show and the name is kept as typed.
      await continueOn(page);
      const summary = page.getByRole('alert').filter({ hasText: 'Có lỗi cần sửa' });
      // The summary takes the focus when it first appears (the same errors again leave the focus where it is).
      if (mode === 'telex') await expect(summary).toBeFocused();
      else await expect(summary).toBeVisible();
      await expect(name).toHaveValue(NAME);
    }
  });

  test('the numeric pad fills a CCCD number and shows no letters', async ({ page }) => {
    await openFirstQuestion(page);
    const id = page.locator('#requesterId');
    await openKeyboardFor(page, id);
    await expect(keyboard(page)).toHaveAttribute('data-layout', 'numeric');
    await expect(key(page, 'q')).toHaveCount(0);
    await expect(keyboard(page).getByRole('group', { name: 'Cách gõ dấu' })).toHaveCount(0);

    await tapKeys(page, [...'001195012345']);
    await expect(id).toHaveValue('001195012345');
    await shot(page, 'keyboard-numeric-vi');
  });
});

/** The field's box and the keyboard's box, once the keyboard has finished sliding in. */
async function boxes(page: Page, field: Locator) {
  const fieldBox = await field.boundingBox();
  const keyboardBox = await keyboard(page).boundingBox();
  if (!fieldBox || !keyboardBox) throw new Error('the field or the keyboard has no box');
  return { fieldBottom: fieldBox.y + fieldBox.height, fieldTop: fieldBox.y, keyboardTop: keyboardBox.y };
}

for (const viewport of [
  { width: 1280, height: 1024 },
  { width: 1024, height: 768 },
]) {
  test.describe(`the keyboard never covers the focused field at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    // Two slides of the keyboard on a loaded 2-core machine: give it room.
    test.setTimeout(180_000);

    test('the name field above the letters, and the ID field above the numeric pad', async ({ page }) => {
      await openFirstQuestion(page);
      for (const [id, layout] of [
        ['#requesterName', 'letters'],
        ['#requesterId', 'numeric'],
      ] as const) {
        const field = page.locator(id);
        await openKeyboardFor(page, field);
        await expect(keyboard(page)).toHaveAttribute('data-layout', layout);
        const { fieldTop, fieldBottom, keyboardTop } = await boxes(page, field);
        expect(fieldTop, `${id} is on the screen`).toBeGreaterThanOrEqual(0);
        expect(fieldBottom, `${id} ends above the ${layout} keyboard`).toBeLessThanOrEqual(keyboardTop);
      }
    });
  });
}

test.describe('Cỡ chữ và màu: 200 % text and high contrast', () => {
  test.setTimeout(120_000);

  test('chosen from the header, the question page grows, turns black and yellow, has no sideways scroll and passes axe', async ({ page }) => {
    await openFirstQuestion(page);
    const textBefore = await page.locator('main p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

    await page.getByRole('button', { name: 'Cỡ chữ và màu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cỡ chữ và màu' });
    await dialog.getByText('Chữ rất lớn', { exact: true }).click();
    await dialog.getByText('Tương phản cao', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Xong' }).click();
    await expect(dialog).toHaveCount(0);

    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    const textAfter = await page.locator('main p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(textAfter).toBeGreaterThanOrEqual(textBefore * 1.9);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth, 'no sideways scroll at 200 %').toBeLessThanOrEqual(innerWidth);
    await expectAccessibleScreen(page, 'first question at 200 % in high contrast (vi)');
    await shot(page, 'display-200-high-contrast-vi');

    // The resident's answers and the question stay where they were.
    await expectHeading(page, FIRST_QUESTION);
  });
});
