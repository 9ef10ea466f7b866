/**
 * Quản trị kiosk and Tra cứu hồ sơ on a kiosk that is not enrolled (the shared browser host's fixture
 * configuration), with an outbox and receipts as sync leaves them: every screen checked with axe, for
 * sideways scroll and touch targets, in Vietnamese and English, at the default size, at 200 % and in high
 * contrast. (The same screens against the real server: sync.spec.ts.)
 */
import { test, expect, type Page } from '@playwright/test';
import { expectAccessibleScreen, HIGH_CONTRAST, LARGEST_HIGH_CONTRAST, LARGEST_TEXT } from './accessible';
import { expectHeading, seedIndexedDb } from './journey-helpers';
import { shot } from './shots';
import { generateReference } from '../../src-shared/reference';

const now = Date.now();
const iso = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
const envelope = { v: 1 }; // never opened on the kiosk; these screens show only the plaintext routing fields

/** Outbox records and receipts straight into the kiosk's IndexedDB, as sync would have left them. */
async function seed(page: Page): Promise<void> {
  await seedIndexedDb(page, {
    outbox: [
      { clientId: '11111111-1111-4111-8111-111111111111', reference: 'HKTR7M26', procedureId: 'birth-registration', procedureCode: '1.001193', catalogVersion: '2026.1', queuedAt: iso(35), state: 'sending', frozen: true, envelope, attachmentIds: [], attempts: 4 },
      { clientId: '33333333-3333-4333-8333-333333333333', reference: 'XYRT8K44', procedureId: 'marriage-registration', procedureCode: '1.000894', catalogVersion: '2025.3', queuedAt: iso(60 * 26), state: 'needs-attention', frozen: true, envelope, attachmentIds: [], attempts: 1, attentionReason: 'unknown-catalog-version', lastError: '422 unknown-catalog-version' },
    ],
    receipts: [
      { reference: 'MNBV5C3R', clientId: '44444444-4444-4444-8444-444444444444', procedureId: 'birth-registration', procedureCode: '1.001193', catalogVersion: '2026.1', submittedAt: iso(60 * 50), status: 'needs-information', reason: 'Thiếu bản sao giấy chứng sinh có chứng thực. Mời ông/bà mang bản chính đến bộ phận một cửa để đối chiếu.', statusChangedAt: iso(180) },
      { reference: 'BANG8CHG', clientId: '55555555-5555-4555-8555-555555555555', procedureId: 'birth-registration', procedureCode: '1.001193', catalogVersion: '2026.1', submittedAt: iso(60 * 72), status: 'ready-for-collection', statusChangedAt: iso(120) },
    ],
  });
}

const WORDS = {
  vi: {
    start: 'Nộp hồ sơ cho phường', admin: 'Quản trị kiosk', enroll: 'Đăng ký máy', errors: 'Có lỗi cần sửa', back: 'Quay lại',
    lookup: 'Tra cứu hồ sơ', reference: 'Mã hồ sơ', check: 'Tra cứu', another: 'Tra cứu hồ sơ khác', done: 'Xong',
    needsInfo: 'Phường cần bạn bổ sung', ready: 'Kết quả đã sẵn sàng', notFound: /Không tìm thấy hồ sơ/, attention: '1 hồ sơ cần cán bộ xem',
  },
  en: {
    start: 'File an application with the ward', admin: 'Kiosk administration', enroll: 'Register the kiosk', errors: 'There is a problem', back: 'Back',
    lookup: 'Check an application', reference: 'Reference', check: 'Check', another: 'Check another application', done: 'Done',
    needsInfo: 'The ward needs more from you', ready: 'Your result is ready', notFound: /is not on this kiosk/, attention: '1 application needs a ward officer',
  },
} as const;

const ALL_MODES = [LARGEST_TEXT, HIGH_CONTRAST, LARGEST_HIGH_CONTRAST];

for (const lang of ['vi', 'en'] as const) {
  const w = WORDS[lang];
  test(`Quản trị kiosk and Tra cứu hồ sơ (${lang})`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await seed(page);
    await page.reload();
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await expectHeading(page, w.start);
    await expect(page.getByText(w.attention)).toBeVisible();

    // Ward IT: the admin screen of a kiosk that is not enrolled, then the enrollment form's errors.
    await page.keyboard.press('Control+Alt+A');
    await expectHeading(page, w.admin);
    await expectAccessibleScreen(page, `admin, not enrolled (${lang})`, ALL_MODES);
    await shot(page, `admin-not-enrolled-${lang}`, { fullPage: true });
    await page.getByRole('button', { name: w.enroll }).click();
    const summary = page.getByRole('alert').filter({ hasText: w.errors });
    await expect(summary).toBeFocused();
    await expectAccessibleScreen(page, `admin, enrollment errors (${lang})`, [HIGH_CONTRAST]);
    await page.getByRole('button', { name: w.back }).last().click();
    await expectHeading(page, w.start);

    // A resident: a bad reference, then two statuses and one not on this kiosk.
    await page.getByRole('button', { name: w.lookup }).click();
    await expectHeading(page, w.lookup);
    await expectAccessibleScreen(page, `lookup form (${lang})`, ALL_MODES);
    await page.getByLabel(w.reference).fill('abcd-2o45');
    await page.getByRole('button', { name: w.check, exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: w.errors })).toBeFocused();
    await expectAccessibleScreen(page, `lookup error (${lang})`, [HIGH_CONTRAST]);

    await page.waitForTimeout(1100); // a second tap on the same button, after its double-tap guard (as a person would)
    await page.getByLabel(w.reference).fill('mnbv 5c3r');
    await page.getByRole('button', { name: w.check, exact: true }).click();
    await expectHeading(page, w.needsInfo);
    await expect(page.getByText('Thiếu bản sao giấy chứng sinh có chứng thực.', { exact: false })).toBeVisible();
    await expectAccessibleScreen(page, `lookup, needs information (${lang})`, ALL_MODES);
    await shot(page, `lookup-needs-information-${lang}`, { fullPage: true });

    await page.getByRole('button', { name: w.another }).click();
    await page.waitForTimeout(1100);
    await page.getByLabel(w.reference).fill('MOTCUA:BANG8CHG:1.001193'); // as a USB scanner types the receipt's QR
    await page.keyboard.press('Enter');
    await expectHeading(page, w.ready);
    await expectAccessibleScreen(page, `lookup, ready for collection (${lang})`, [HIGH_CONTRAST]);

    await page.waitForTimeout(1100);
    await page.getByRole('button', { name: w.another }).click();
    await page.waitForTimeout(1100);
    const stranger = generateReference((n) => new Uint8Array(n).fill(7)); // a valid reference never filed here
    await page.getByLabel(w.reference).fill(stranger);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.notFound);
    await expectAccessibleScreen(page, `lookup, not found (${lang})`);
    await page.getByRole('button', { name: w.done }).click();
    await expectHeading(page, lang === 'vi' ? w.start : WORDS.vi.start); // "Xong" wipes the session: back to Vietnamese
  });
}
