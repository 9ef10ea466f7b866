import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 5199);

/**
 * E2E in Debian's Chromium (no browser downloads) against the built renderer served by the browser
 * host. `npm test` builds first; run `npm run build:renderer` before `npx playwright test` alone.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Generous: the CI machines have 2 slow cores and render in software.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 1024 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    hasTouch: true,
    screenshot: 'only-on-failure',
    // Chromium's fake camera (a moving test pattern) stands in for the kiosk's document camera.
    permissions: ['camera'],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
      ],
    },
  },
  webServer: {
    command: 'node scripts/web-host.mjs',
    url: `http://127.0.0.1:${PORT}/`,
    env: { PORT: String(PORT), KIOSK_CONFIG: 'tests/e2e/fixtures/kiosk-config.json' },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
