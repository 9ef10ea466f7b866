/**
 * "Tra cứu hồ sơ" by the kiosk's camera: Chromium's fake camera plays a Y4M file showing a receipt's QR
 * code (written here), the resident taps "Quét mã QR trên giấy biên nhận" and gets that receipt's status.
 * While the scanning screen is checked (axe, touch targets, screenshot) the decoder is shown blank frames
 * ("nobody holds the paper up yet"); then the real camera frames reach it and it reads the code.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import qrcode from 'qrcode-generator';
import config from '../../playwright.config';
import { expectAccessibleScreen, HIGH_CONTRAST, LARGEST_TEXT } from './accessible';
import { expectHeading, seedIndexedDb } from './journey-helpers';
import { shot } from './shots';

const REFERENCE = 'HKTR7M26';
const RECEIPT_TEXT = `MOTCUA:${REFERENCE}:1.001193`; // what ConfirmationScreen's QR code holds

/**
 * A YUV4MPEG2 (4:2:0) clip of a receipt held up to the camera: `text` as a QR code, dark on white paper
 * with its quiet zone, large and centred on a grey desk. Chroma is neutral (a grey picture).
 */
function receiptClip(text: string, width = 640, height = 480, frames = 5): Buffer {
  const code = qrcode(0, 'M');
  code.addData(text);
  code.make();
  const count = code.getModuleCount();
  const module = Math.floor((height * 0.8) / (count + 8));
  const side = (count + 8) * module;
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  const luma = Buffer.alloc(width * height, 110);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / module) - 4;
      const col = Math.floor(x / module) - 4;
      const dark = row >= 0 && col >= 0 && row < count && col < count && code.isDark(row, col);
      luma[(top + y) * width + left + x] = dark ? 20 : 235;
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...new Array<Buffer>(frames).fill(frame)]);
}

const CLIP = join(tmpdir(), `motcua-receipt-qr-${process.pid}.y4m`);
writeFileSync(CLIP, receiptClip(RECEIPT_TEXT));

const launchOptions = config.use?.launchOptions ?? {};
test.use({ launchOptions: { ...launchOptions, args: [...(launchOptions.args ?? []), `--use-file-for-fake-video-capture=${CLIP}`] } });

/** Keeps every stream the page opens, so the test can see that each of its tracks was stopped. */
async function watchCameras(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const devices = navigator.mediaDevices;
    const open = devices.getUserMedia.bind(devices);
    const streams: MediaStream[] = [];
    Object.assign(window, { openedStreams: streams });
    devices.getUserMedia = async (constraints) => {
      const stream = await open(constraints);
      streams.push(stream);
      return stream;
    };
  });
}

/** How many camera streams the page opened, and how many of their tracks are still live. */
async function cameraUse(page: Page): Promise<{ opened: number; live: number }> {
  return page.evaluate(() => {
    const streams = (window as unknown as { openedStreams: MediaStream[] }).openedStreams;
    const live = streams.flatMap((stream) => stream.getTracks()).filter((track) => track.readyState === 'live');
    return { opened: streams.length, live: live.length };
  });
}

/**
 * The paper is held up only when the test says so: until `raisePaper`, every frame the scanner reads off its
 * canvas comes back blank (white), as when nobody holds a receipt up yet. `framesRead` counts the reads.
 */
async function paperDown(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const state = { raised: false, framesRead: 0 };
    Object.assign(window, { paper: state });
    const read = CanvasRenderingContext2D.prototype.getImageData;
    CanvasRenderingContext2D.prototype.getImageData = function (this: CanvasRenderingContext2D, ...args: Parameters<typeof read>) {
      const image = read.apply(this, args);
      state.framesRead += 1;
      if (!state.raised) image.data.fill(255);
      return image;
    };
  });
}

const paper = (page: Page) => page.evaluate(() => (window as unknown as { paper: { raised: boolean; framesRead: number } }).paper);

async function raisePaper(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { paper: { raised: boolean } }).paper.raised = true;
  });
}

/** One receipt, as sync leaves it, straight into the kiosk's IndexedDB. */
async function seedReceipt(page: Page): Promise<void> {
  const record = { reference: REFERENCE, clientId: '66666666-6666-4666-8666-666666666666', procedureId: 'birth-registration', procedureCode: '1.001193', catalogVersion: '2026.1', submittedAt: new Date(Date.now() - 86_400_000).toISOString(), status: 'processing' };
  await seedIndexedDb(page, { receipts: [record] });
}

test('a resident holds the receipt up to the camera and sees its status (vi)', async ({ page }) => {
  test.setTimeout(180_000);
  await watchCameras(page);
  await paperDown(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await seedReceipt(page);
  await page.reload();
  await expectHeading(page, 'Nộp hồ sơ cho phường');

  await page.getByRole('button', { name: 'Tra cứu hồ sơ' }).click();
  await expectHeading(page, 'Tra cứu hồ sơ');
  const scan = page.getByRole('button', { name: 'Quét mã QR trên giấy biên nhận' });
  await expect(scan).toBeVisible();
  await shot(page, 'lookup-form-scan-vi', { fullPage: true });
  await scan.click();

  const dialog = page.getByRole('dialog', { name: 'Quét mã QR trên giấy biên nhận' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Đưa mã QR trên giấy biên nhận vào trước máy ảnh.', { exact: false })).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText('Máy ảnh đang tìm mã QR…');
  await expect(dialog.getByRole('button', { name: 'Huỷ' })).toBeFocused();
  expect(await cameraUse(page)).toEqual({ opened: 1, live: 1 });
  // The camera's picture is playing (the receipt clip), full width of the dialog.
  await page.waitForFunction(() => {
    const video = document.querySelector('video');
    return video !== null && video.videoWidth === 640 && !video.paused;
  });
  await expectAccessibleScreen(page, 'lookup, scanning', [LARGEST_TEXT, HIGH_CONTRAST]);
  await shot(page, 'lookup-scan-vi');
  // Picture, instruction and "Huỷ" all on one screen, without scrolling.
  const cancelBox = await dialog.getByRole('button', { name: 'Huỷ' }).boundingBox();
  expect(cancelBox && cancelBox.y + cancelBox.height).toBeLessThanOrEqual(page.viewportSize()?.height ?? 0);

  // Still looking, frame after frame, while nobody holds the paper up.
  const before = (await paper(page)).framesRead;
  await expect.poll(async () => (await paper(page)).framesRead).toBeGreaterThan(before + 2);
  await expect(dialog.getByRole('status')).toHaveText('Máy ảnh đang tìm mã QR…');

  await raisePaper(page); // the resident holds the receipt up: its code is read off the camera's picture
  await expectHeading(page, 'Cán bộ phường đang giải quyết hồ sơ');
  await expect(page.getByText('HKTR-7M26')).toBeVisible();
  await expect(dialog).toHaveCount(0);
  // The camera is off: no preview left, every track of the stream stopped.
  await expect(page.locator('video')).toHaveCount(0);
  expect(await cameraUse(page)).toEqual({ opened: 1, live: 0 });
  await expectAccessibleScreen(page, 'lookup, status after scanning');
});

test('Huỷ closes the camera and the field is still there (en)', async ({ page }) => {
  await watchCameras(page);
  await paperDown(page); // the receipt clip is never shown to the decoder here
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Check an application' }).click();
  await page.getByRole('button', { name: 'Scan the QR code on your receipt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scan the QR code on your receipt' });
  await expect(dialog.getByRole('status')).toHaveText('The camera is looking for the QR code…');
  expect(await cameraUse(page)).toEqual({ opened: 1, live: 1 });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await cameraUse(page)).toEqual({ opened: 1, live: 0 });
  await expect(page.getByRole('button', { name: 'Scan the QR code on your receipt' })).toBeFocused();
  await expect(page.getByLabel('Reference')).toBeVisible();
});
