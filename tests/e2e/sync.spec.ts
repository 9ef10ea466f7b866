/**
 * Issue 4's E2E: the real intake server (the bundled dist/server/main.mjs as a child process) and a second
 * browser host whose configuration points at it with a one-time enrollment code, as `npm start` sets up.
 * A resident files with the server down → it waits, "Chờ gửi: 1"; the server comes back → sent within
 * 10 s, the count is gone, the lookup by reference says the ward received it; the officer command sets
 * "ready for collection" → the kiosk shows it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { enrollmentCodeIn, ensureServerBuilt, freePort, serverProcess, type ServerProcess } from '../integration/helpers/server-process';
import { expectAccessibleScreen } from './accessible';
import { continueOn, expectHeading, pick } from './journey-helpers';
import { shot } from './shots';

let server: ServerProcess;
let host: ChildProcess | undefined;
let hostUrl = '';
let workDir = '';

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not come up`);
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  ensureServerBuilt();
  workDir = mkdtempSync(path.join(tmpdir(), 'motcua-e2e-sync-'));
  const serverConfig = path.join(workDir, 'intake-config.json');
  // The status feed at its shortest interval, so the officer's change shows within seconds.
  writeFileSync(serverConfig, JSON.stringify({ settings: { syncIntervalSeconds: 10, statusPollSeconds: 10 } }));
  server = serverProcess({ dataDir: path.join(workDir, 'intake'), port: await freePort(), env: { INTAKE_CONFIG: serverConfig } });
  await server.start();
  const code = enrollmentCodeIn(server.cli(['enroll-code', '--location', 'Nhà văn hoá TDP 5', '--ward', '00103', '--ward-name', 'Phường Tây Hồ']));
  expect(code).toBeTruthy();

  const kioskConfig = path.join(workDir, 'kiosk-config.json');
  writeFileSync(
    kioskConfig,
    JSON.stringify({ kioskName: 'Nhà văn hoá tổ dân phố 5', wardName: 'Phường Tây Hồ', displayMode: 'windowed', serverUrl: server.url, enrollmentCode: code }),
  );
  const port = await freePort();
  hostUrl = `http://127.0.0.1:${port}`;
  host = spawn(process.execPath, ['scripts/web-host.mjs'], { env: { ...process.env, PORT: String(port), KIOSK_CONFIG: kioskConfig }, stdio: 'ignore' });
  await waitForHttp(`${hostUrl}/`, 60_000);
});

test.afterAll(async () => {
  host?.kill('SIGTERM');
  await server?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** A copy of a birth-certificate extract, filed by an authorised person: one document page to upload. */
async function fileExtract(page: Page, beforeSend: () => Promise<void>): Promise<string> {
  await page.locator('[data-procedure="civil-status-extract"]').click();
  await page.getByRole('button', { name: 'Bắt đầu khai' }).click();
  await expectHeading(page, 'Thông tin về bạn, người đi đăng ký');
  await page.locator('#requesterName').fill('Lê Văn Bình');
  await page.locator('#requesterId').fill('001080012345');
  await pick(page, 'requesterRelationship', 'uy quyen', 'authorised');
  await continueOn(page);
  await page.getByRole('group', { name: 'Loại giấy tờ' }).getByText('Giấy khai sinh', { exact: true }).click();
  await continueOn(page);
  await page.locator('#subjectName').fill('Lê Thị Hoa');
  await page.locator('#subjectBirthDate-day').fill('3');
  await page.locator('#subjectBirthDate-month').fill('4');
  await page.locator('#subjectBirthDate-year').fill('1950');
  await continueOn(page);
  await page.locator('#registrationPlace').fill('Uỷ ban nhân dân phường Tây Hồ');
  await continueOn(page);
  await page.locator('#copiesCount').fill('2');
  await continueOn(page);
  await expectHeading(page, 'Văn bản uỷ quyền');
  await page.locator('input[type="file"]').setInputFiles({ name: 'uy-quyen.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') });
  await expect(page.getByRole('button', { name: 'Xoá trang 1' })).toBeVisible();
  await continueOn(page);
  await page.locator('#contact-phone').fill('0912 345 678');
  await page.getByText('Tôi đồng ý để phường dùng số điện thoại').click();
  await continueOn(page);
  await expectHeading(page, 'Kiểm tra lại thông tin');
  await continueOn(page);
  await page.getByText('Tôi cam đoan những thông tin trên là đúng sự thật.').click();
  await beforeSend();
  await page.getByRole('button', { name: 'Gửi hồ sơ' }).click();
  await expectHeading(page, 'Đã nhận hồ sơ của bạn');
  return (await page.locator('.confirmation__reference').textContent())?.replace('-', '') ?? '';
}

async function lookUp(page: Page, reference: string): Promise<void> {
  await page.getByRole('button', { name: 'Tra cứu hồ sơ' }).click();
  await expectHeading(page, 'Tra cứu hồ sơ');
  await page.getByLabel('Mã hồ sơ').fill(reference.toLowerCase());
  await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
}

test.describe('the kiosk and the intake server', () => {
  test.setTimeout(300_000);

  test('an application filed while the server is down is sent when it returns, and its status comes back', async ({ page }) => {
    await page.goto(`${hostUrl}/`);
    // The kiosk enrolls itself with the code in its configuration (as `npm start` sets it up).
    await expect.poll(() => server.cli(['kiosks']), { timeout: 30_000 }).toContain('active');

    // The server goes down just before "Gửi hồ sơ": the application is safe on the kiosk and waits.
    const reference = await fileExtract(page, async () => {
      await server.stop();
    });
    expect(reference).toMatch(/^[A-HJ-NPR-Y2-9]{8}$/);
    await expect(page.getByText('Chờ gửi: 1')).toBeVisible();
    await expect(page.getByText(/Chưa gửi được/)).toBeVisible();
    await shot(page, 'sync-waiting-vi');

    await server.start();
    const back = Date.now();
    await expect(page.getByText('Chờ gửi: 1')).toBeHidden({ timeout: 10_000 });
    console.log(`sent ${Math.round((Date.now() - back) / 100) / 10} s after the server came back`);
    await expect(page.getByText(/Đã gửi lúc/)).toBeVisible();
    await page.getByRole('button', { name: 'Xong' }).click();
    await expectAccessibleScreen(page, 'start, all sent (vi)');
    expect(server.cli(['applications'])).toContain(`${reference}\t`);
    expect(server.cli(['applications'])).toMatch(new RegExp(`${reference}\\t\\S+\\treceived`));

    await lookUp(page, reference);
    await expect(page.getByText('Phường đã nhận hồ sơ')).toBeVisible();
    await expectAccessibleScreen(page, 'lookup, received (vi)');
    await shot(page, 'lookup-received-vi');

    server.cli(['set-status', reference, 'ready-for-collection']);
    // The status feed is read every 10 s here; the lookup screen follows the receipt as it changes.
    await expect(page.getByText('Kết quả đã sẵn sàng')).toBeVisible({ timeout: 45_000 });
    await expectAccessibleScreen(page, 'lookup, ready for collection (vi)');
    await shot(page, 'lookup-ready-vi');

    // Ward IT's view: Ctrl+Alt+A opens Quản trị kiosk — enrolled, nothing waiting, the last send.
    await page.getByRole('button', { name: 'Xong' }).click();
    await page.keyboard.press('Control+Alt+A');
    await expectHeading(page, 'Quản trị kiosk');
    await expect(page.getByText('Nhà văn hoá TDP 5')).toBeVisible();
    await expectAccessibleScreen(page, 'admin, enrolled (vi)');
    await shot(page, 'admin-vi', { fullPage: true });
  });
});
