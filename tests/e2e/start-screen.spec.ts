import { test, expect, type Page, type Response } from '@playwright/test';
import { HIGH_CONTRAST, LARGEST_TEXT, expectAccessibleScreen } from './accessible';
import { shot } from './shots';

/**
 * One page for the whole file: every test reads the start screen as it is after the first load (the
 * language test switches back). Each new page costs a renderer process and a cold start of the app, which
 * on our 2-core CI machines is 10–20 s.
 */
test.describe.configure({ mode: 'serial' });

let page: Page;
let response: Response | null;
const remote: string[] = [];
const violations: string[] = [];

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1') remote.push(request.url());
  });
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
  });
  response = await page.goto('/');
});

test.afterAll(async () => {
  await page.context().close();
});

test.describe('start screen', () => {
  test('greets in Vietnamese with the kiosk name and ward from configuration', async () => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nộp hồ sơ cho phường');
    await expect(page.getByText('Nhà văn hoá tổ dân phố 5 · Phường Tây Hồ')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('button', { name: 'Tiếng Việt' })).toHaveAttribute('aria-pressed', 'true');
    await expectAccessibleScreen(page, 'start screen (vi)', [HIGH_CONTRAST, LARGEST_TEXT]);
    await shot(page, 'start-vi');
  });

  test('switches to English and back, and the page language follows', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('File an application with the ward');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(/One-Stop Kiosk/);
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await expectAccessibleScreen(page, 'start screen (en)');
    await shot(page, 'start-en');

    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nộp hồ sơ cho phường');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  });

  test('is served with a Content-Security-Policy header and loads no remote resource', async () => {
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    // By now the page has loaded, drawn both languages and been scanned: nothing left 127.0.0.1.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nộp hồ sơ cho phường');
    expect(remote).toEqual([]);
    expect(violations).toEqual([]);
  });

  test('uses the bundled Vietnamese font and a body text of at least 22 px', async () => {
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('24px "Be Vietnam Pro"', 'Nguyễn Thị Hoà Đặng ươ');
    });
    expect(loaded).toBe(true);
    const style = await page.locator('main p').first().evaluate((el) => {
      const s = getComputedStyle(el);
      return { size: parseFloat(s.fontSize), lineHeight: parseFloat(s.lineHeight) };
    });
    expect(style.size).toBeGreaterThanOrEqual(22);
    expect(style.lineHeight / style.size).toBeGreaterThanOrEqual(1.5);
  });

  test('language buttons are primary-size touch targets (≥ 80 px tall)', async () => {
    for (const name of ['Tiếng Việt', 'English']) {
      const box = await page.getByRole('button', { name }).boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(80);
      expect(box?.width ?? 0).toBeGreaterThanOrEqual(48);
    }
  });
});
