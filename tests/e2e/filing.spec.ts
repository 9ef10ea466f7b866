import { readFileSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import { test, expect } from '@playwright/test';
import { openApplication, type CryptoKeyLike, type CryptoLike } from '../../src-shared/crypto';
import { HIGH_CONTRAST, expectAccessibleScreen } from './accessible';
import { choose, continueOn, dumpIndexedDb, expectHeading, makeJpeg, pick } from './journey-helpers';
import { shot } from './shots';

const privateJwk = JSON.parse(readFileSync('tests/e2e/fixtures/intake-private-key.jwk.json', 'utf8')) as JsonWebKey & { kid: string };

async function privateKey(): Promise<CryptoKeyLike> {
  const { kid: _kid, ...jwk } = privateJwk;
  const key = await webcrypto.subtle.importKey('jwk', { ...jwk, key_ops: ['unwrapKey'] }, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['unwrapKey']);
  return key as unknown as CryptoKeyLike;
}

test.describe('a resident files a birth registration', () => {
  // A whole journey, each screen checked in two display modes, on a shared 2-core machine: the limit catches hangs.
  test.setTimeout(360_000);

  test('answers, photographs two pages, checks, sends, and the application stays queued and encrypted after a reload', async ({ page }) => {
    await page.goto('/');
    await page.locator('[data-procedure="birth-registration"]').click();

    // Overview: what to bring, how long, fee.
    await expectHeading(page, 'Đăng ký khai sinh');
    await expect(page.getByText('Giấy chứng nhận kết hôn của cha mẹ')).toBeVisible();
    await expectAccessibleScreen(page, 'overview (vi)', [HIGH_CONTRAST]);
    await shot(page, 'journey-overview-vi', { fullPage: true });
    await page.getByRole('button', { name: 'Bắt đầu khai' }).click();

    // Continue with nothing answered: the error summary takes focus and links to the fields.
    await expectHeading(page, 'Thông tin về bạn, người đi đăng ký');
    await continueOn(page);
    const summary = page.getByRole('alert').filter({ hasText: 'Có lỗi cần sửa' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link').first()).toBeVisible();
    await expectAccessibleScreen(page, 'question with errors (vi)', [HIGH_CONTRAST]);
    await shot(page, 'journey-errors-vi', { fullPage: true });

    await page.locator('#requesterName').fill('Phạm Thị Lan');
    await page.locator('#requesterId').fill('001195012345');
    await pick(page, 'requesterRelationship', 'me', 'mother');
    await pick(page, 'requesterAddress-ward', 'tay ho', '00103');
    await page.locator('#requesterAddress-street').fill('12 Phố Huế');
    await continueOn(page);

    await expectHeading(page, 'Thông tin về trẻ');
    await expect(page.getByText(/Bước 2 \/ \d+/)).toBeVisible();
    await page.locator('#childName').fill('Phạm Minh Anh');
    const born = new Date(Date.now() - 10 * 86_400_000);
    await page.locator('#childBirthDate-day').fill(String(born.getDate()));
    await page.locator('#childBirthDate-month').fill(String(born.getMonth() + 1));
    await page.locator('#childBirthDate-year').fill(String(born.getFullYear()));
    await choose(page, 'Giới tính của trẻ', 'Nữ');
    // A tap on a choice card closes the on-screen keyboard (it had opened for the year).
    await expect(page.getByRole('group', { name: 'Bàn phím trên màn hình' })).toBeHidden();
    await shot(page, 'journey-question-vi', { fullPage: true });
    await continueOn(page);

    await expectHeading(page, 'Dân tộc, quốc tịch và nơi sinh của trẻ');
    await pick(page, 'childEthnicity', 'kinh', '01');
    await pick(page, 'childNationality', 'viet', 'VN');
    await page.locator('#childBirthPlace').fill('Bệnh viện Phụ sản Hà Nội');
    await page.locator('#childHometown').fill('Nam Định');
    await continueOn(page);

    await expectHeading(page, 'Thông tin về mẹ của trẻ');
    await page.locator('#motherName').fill('Phạm Thị Lan');
    await page.locator('#motherBirthYear').fill('1995');
    await pick(page, 'motherEthnicity', 'kinh', '01');
    await pick(page, 'motherNationality', 'viet', 'VN');
    await pick(page, 'motherAddress-ward', 'tay ho', '00103');
    await page.locator('#motherAddress-street').fill('12 Phố Huế');
    await continueOn(page);

    await choose(page, 'Bạn có ghi thông tin về cha của trẻ không?', 'Không');
    await continueOn(page);
    await choose(page, 'Bạn có giấy chứng sinh của trẻ không?', 'Có');
    await continueOn(page);
    await choose(page, 'Bạn có cần thêm bản sao không?', 'Không');
    await continueOn(page);

    // Documents: one page from a file, one from the (fake) camera.
    await expectHeading(page, 'Giấy chứng sinh');
    await page.locator('input[type="file"]').setInputFiles({ name: 'giay-chung-sinh.jpg', mimeType: 'image/jpeg', buffer: await makeJpeg(page, 1) });
    await expect(page.getByRole('button', { name: 'Xoá trang 1' })).toBeVisible();
    await page.getByRole('button', { name: 'Chụp ảnh giấy tờ' }).click();
    await expect(page.getByRole('button', { name: 'Chụp', exact: true })).toBeVisible();
    await expectAccessibleScreen(page, 'camera (vi)', [HIGH_CONTRAST]);
    await page.getByRole('button', { name: 'Chụp', exact: true }).click();
    await page.getByRole('button', { name: 'Dùng ảnh này' }).click();
    await page.getByRole('button', { name: 'Xong' }).click();
    await expect(page.getByRole('button', { name: 'Xoá trang 2' })).toBeVisible();
    await expectAccessibleScreen(page, 'documents (vi)', [HIGH_CONTRAST]);
    await shot(page, 'journey-documents-vi', { fullPage: true });
    await continueOn(page);

    await expectHeading(page, 'Phường báo kết quả cho bạn qua đâu?');
    await expectAccessibleScreen(page, 'contact (vi)', [HIGH_CONTRAST]);
    await page.locator('#contact-phone').fill('0912 345 678');
    await page.getByText('Tôi đồng ý để phường dùng số điện thoại').click();
    await continueOn(page);

    // Check answers, then a Change link that comes back here.
    await expectHeading(page, 'Kiểm tra lại thông tin');
    await expect(page.getByText('Phạm Minh Anh')).toBeVisible();
    await expect(page.getByText('2 trang')).toBeVisible();
    await expectAccessibleScreen(page, 'check answers (vi)', [HIGH_CONTRAST]);
    await shot(page, 'journey-check-vi', { fullPage: true });
    // "Kết thúc" asks first; "Quay lại" keeps everything.
    await page.getByRole('button', { name: 'Kết thúc' }).click();
    const finish = page.getByRole('dialog', { name: 'Xoá mọi thông tin bạn đã nhập?' });
    await expect(finish).toBeVisible();
    await expectAccessibleScreen(page, 'finish dialog (vi)', [HIGH_CONTRAST]);
    await finish.getByRole('button', { name: 'Quay lại' }).click();
    await expect(finish).toHaveCount(0);
    await expect(page.getByText('Phạm Minh Anh')).toBeVisible();
    await page.getByRole('button', { name: 'Sửa Họ, chữ đệm và tên của trẻ' }).click();
    await expectHeading(page, 'Thông tin về trẻ');
    await page.locator('#childName').fill('Phạm Minh Châu');
    await continueOn(page);
    await expectHeading(page, 'Kiểm tra lại thông tin');
    await expect(page.getByText('Phạm Minh Châu')).toBeVisible();
    await continueOn(page);

    await expectHeading(page, 'Cam đoan và gửi hồ sơ');
    await page.getByText('Tôi cam đoan những thông tin trên là đúng sự thật.').click();
    await expectAccessibleScreen(page, 'declaration (vi)', [HIGH_CONTRAST]);
    await page.getByRole('button', { name: 'Gửi hồ sơ' }).dblclick();

    await expectHeading(page, 'Đã nhận hồ sơ của bạn');
    const reference = (await page.locator('.confirmation__reference').textContent())?.replace('-', '') ?? '';
    expect(reference).toMatch(/^[A-HJ-NPR-Y2-9]{8}$/);
    await expect(page.getByRole('img', { name: /Mã QR của hồ sơ/ })).toBeVisible();
    await expectAccessibleScreen(page, 'confirmation (vi)', [HIGH_CONTRAST]);
    await shot(page, 'journey-confirmation-vi', { fullPage: true });

    // Reload: the session is gone from memory, the application is still queued, and nothing personal is readable.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nộp hồ sơ cho phường');
    await expect(page.getByText('Chờ gửi: 1')).toBeVisible();
    const stored = await dumpIndexedDb(page);
    expect(stored.outbox).toHaveLength(1);
    expect(stored.receipts).toEqual([expect.objectContaining({ reference, procedureId: 'birth-registration', status: 'queued' })]);
    for (const secret of ['Phạm Thị Lan', 'Phạm Minh Châu', '001195012345', '0912345678', '12 Phố Huế', 'Ph\u00e1\u00ba\u00a1m']) {
      expect(stored.text).not.toContain(secret);
    }

    // Only the intake server's private key opens it (the kiosk never had it).
    const record = stored.outbox[0] as { clientId: string; envelope: unknown };
    const opened = await openApplication({
      crypto: webcrypto as unknown as CryptoLike,
      privateKey: await privateKey(),
      kid: privateJwk.kid,
      clientId: record.clientId,
      envelope: record.envelope,
    });
    expect(opened.ok).toBe(true);
    if (opened.ok) {
      expect(opened.payload).toMatchObject({ answers: { childName: 'Phạm Minh Châu', requesterId: '001195012345' }, contact: { phone: '0912345678' } });
      expect(opened.attachments.map((a) => a.mimeType)).toEqual(['image/jpeg', 'image/jpeg']);
    }
  });
});
