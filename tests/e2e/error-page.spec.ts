import { test, expect, type Page } from '@playwright/test';
import { expectAccessibleScreen } from './accessible';
import { shot } from './shots';

// One page for the file: each test navigates it to the error page it reads (a new page is a new renderer
// process, 5–10 s on our 2-core CI machines).
test.describe.configure({ mode: 'serial' });

let page: Page;
test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
});
test.afterAll(async () => {
  await page.context().close();
});

test.describe('shell error page', () => {
  for (const [lang, heading, retry] of [
    ['vi', 'Máy đang gặp sự cố', 'Thử lại'],
    ['en', 'This machine has a problem', 'Try again'],
  ] as const) {
    test(`is localized (${lang}) and offers a way back`, async () => {
      await page.goto(`/error.html?lang=${lang}&reason=crashed`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('link', { name: retry })).toBeVisible();
      await expectAccessibleScreen(page, `error page (${lang})`);
      await shot(page, `error-${lang}`);
    });
  }

  test('never shows markup passed in the reason', async () => {
    await page.goto('/error.html?lang=en&reason=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    await expect(page.getByText(/Problem code: imgsrcxonerroralert1/)).toBeVisible();
    await expect(page.locator('img')).toHaveCount(0);
  });
});
