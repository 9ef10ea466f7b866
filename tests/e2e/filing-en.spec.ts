import { test, expect } from '@playwright/test';
import { DEFAULT_DISPLAY, LARGEST_HIGH_CONTRAST, expectAccessibleScreen } from './accessible';
import { continueOn, dumpIndexedDb, expectHeading, makeJpeg, pick } from './journey-helpers';
import { shot } from './shots';


test.describe('the journey in English at 200 % text and high contrast, every screen checked', () => {
  // A whole journey, each screen checked in two display modes, on a shared 2-core machine: the limit catches hangs.
  test.setTimeout(360_000);

  // Every screen: axe, no sideways scroll, touch targets (expectAccessibleScreen). The Vietnamese journey
  // (filing.spec.ts) checks the same screens at the normal size and colours.
  test('an authorised person files a civil-status extract copy with the written authorisation', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Text size and colours' }).click();
    const settings = page.getByRole('dialog', { name: 'Text size and colours' });
    await settings.getByText('Very large text', { exact: true }).click();
    await settings.getByText('High contrast', { exact: true }).click();
    await expectAccessibleScreen(page, 'display settings at 200 % (en)', [DEFAULT_DISPLAY]);
    await settings.getByRole('button', { name: 'Done' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-text-scale', '2');
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    await expectAccessibleScreen(page, 'start with tiles (en)', [DEFAULT_DISPLAY]);
    await shot(page, 'journey-start-en', { fullPage: true });
    await page.locator('[data-procedure="civil-status-extract"]').click();
    await expectHeading(page, 'Copy of a civil-status record extract');
    await expectAccessibleScreen(page, 'overview (en)', [DEFAULT_DISPLAY]);
    await page.getByRole('button', { name: 'Start' }).click();

    await expectHeading(page, 'About you, the person filing this application');
    await page.locator('#requesterName').fill('Tran 2 😀 <b>');
    await page.locator('#requesterId').fill('12345');
    await continueOn(page, 'en');
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('12 digits');
    await expectAccessibleScreen(page, 'question with errors (en)', [DEFAULT_DISPLAY]);
    await shot(page, 'journey-errors-en', { fullPage: true });

    await page.locator('#requesterName').fill('Trần Thu Hà');
    await page.locator('#requesterId').fill('001185012345');
    await pick(page, 'requesterRelationship', 'author', 'authorised');
    await continueOn(page, 'en');

    await expectHeading(page, 'The record you need a copy of');
    await page.getByRole('group', { name: 'Type of record' }).getByText('Birth certificate', { exact: true }).click();
    await expectAccessibleScreen(page, 'question (en)', [DEFAULT_DISPLAY]);
    await continueOn(page, 'en');

    await expectHeading(page, 'The person named on the record');
    await page.locator('#subjectName').fill('Trần Văn Minh');
    await page.locator('#subjectBirthDate-day').fill('3');
    await page.locator('#subjectBirthDate-month').fill('2');
    await page.locator('#subjectBirthDate-year').fill('1950');
    await continueOn(page, 'en');
    await page.locator('#registrationPlace').fill('UBND phường Quảng An');
    await continueOn(page, 'en');
    await page.locator('#copiesCount').fill('1');
    await continueOn(page, 'en');

    await expectHeading(page, 'Written authorisation');
    await continueOn(page, 'en');
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
    // A text file renamed .jpg and an empty file are refused by their content, with the file named.
    await page.locator('input[type="file"]').setInputFiles([
      { name: 'uy-quyen.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('this is not a photo at all') },
      { name: 'empty.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) },
    ]);
    await expect(page.getByText(/uy-quyen\.jpg/)).toBeVisible();
    await expect(page.getByText(/empty\.pdf/)).toBeVisible();
    await page.locator('input[type="file"]').setInputFiles({ name: 'uy-quyen-that.jpg', mimeType: 'image/jpeg', buffer: await makeJpeg(page, 3) });
    await expect(page.getByRole('button', { name: 'Remove page 1' })).toBeVisible();
    await expectAccessibleScreen(page, 'documents (en)', [DEFAULT_DISPLAY]);
    await shot(page, 'journey-documents-en', { fullPage: true });
    await continueOn(page, 'en');

    await expectHeading(page, 'How should the ward tell you about the result?');
    await page.locator('#contact-phone').fill('024 3826 1234');
    await continueOn(page, 'en');
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
    await expectAccessibleScreen(page, 'contact with errors (en)', [DEFAULT_DISPLAY]);
    await page.locator('#contact-phone').fill('');
    await page.locator('#contact-email').fill('ha.tran@example.vn');
    await page.getByText('I agree that the ward uses this phone number').click();
    await shot(page, 'journey-contact-en', { fullPage: true });
    await continueOn(page, 'en');

    await expectHeading(page, 'Check your answers');
    await expect(page.getByText('ha.tran@example.vn')).toBeVisible();
    await expectAccessibleScreen(page, 'check answers (en)', [DEFAULT_DISPLAY]);
    await shot(page, 'journey-check-en', { fullPage: true });
    await continueOn(page, 'en');

    await expectHeading(page, 'Declaration and sending');
    await page.getByText('I declare that the information above is true.').click();
    await expectAccessibleScreen(page, 'declaration (en)', [DEFAULT_DISPLAY]);
    await shot(page, 'journey-declaration-en', { fullPage: true });
    await page.getByRole('button', { name: 'Send application' }).click();

    await expectHeading(page, 'We have your application');
    await expectAccessibleScreen(page, 'confirmation (en)', [DEFAULT_DISPLAY]);
    await shot(page, 'journey-confirmation-en', { fullPage: true });
    const stored = await dumpIndexedDb(page);
    expect(stored.outbox).toHaveLength(1);
    expect(stored.text).not.toContain('Trần Thu Hà');
    expect(stored.text).not.toContain('ha.tran@example.vn');

    await page.getByRole('button', { name: 'Finish' }).last().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nộp hồ sơ cho phường');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    // The next resident starts with the normal size and colours.
    await expect(page.locator('html')).toHaveAttribute('data-text-scale', '1');
    await expect(page.locator('html')).not.toHaveAttribute('data-contrast', 'high');
  });

  test('the contact and declaration screens pass axe in Vietnamese too', async ({ page }) => {
    await page.goto('/');
    await page.locator('[data-procedure="marital-status"]').click();
    await page.getByRole('button', { name: 'Bắt đầu khai' }).click();
    await continueOn(page);
    await expectAccessibleScreen(page, 'question with errors, dates and selects (vi)', [LARGEST_HIGH_CONTRAST]);
  });
});

test.describe('a resident who walks away', () => {
  test.setTimeout(120_000);
  test('sees "Bạn vẫn đang ở đây chứ?" after 150 s, and after 60 s more the session is wiped and the start screen says so', async ({ page }) => {
    await page.clock.install();
    await page.goto('/');
    await page.locator('[data-procedure="death-registration"]').click();
    await page.getByRole('button', { name: 'Bắt đầu khai' }).click();
    await page.clock.fastForward('00:30');
    await page.locator('#requesterName').fill('Lê Văn Bình');

    await page.clock.fastForward('02:00');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.clock.fastForward('00:35');
    const dialog = page.getByRole('dialog', { name: 'Bạn vẫn đang ở đây chứ?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Tôi vẫn đang dùng' })).toBeFocused();
    await expectAccessibleScreen(page, 'idle warning (vi)', [LARGEST_HIGH_CONTRAST]);
    await shot(page, 'idle-warning-vi');

    await dialog.getByRole('button', { name: 'Tôi vẫn đang dùng' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.locator('#requesterName')).toHaveValue('Lê Văn Bình');

    await page.clock.runFor(152_000);
    await expect(dialog).toBeVisible();
    await page.clock.runFor(61_000);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nộp hồ sơ cho phường');
    await expect(page.getByRole('status').filter({ hasText: 'đã được xoá' })).toBeVisible();
    await expectAccessibleScreen(page, 'start after a wipe (vi)');
    await shot(page, 'start-after-wipe-vi');
    await page.locator('[data-procedure="death-registration"]').click();
    await page.getByRole('button', { name: 'Bắt đầu khai' }).click();
    await expect(page.locator('#requesterName')).toHaveValue('');
  });
});
