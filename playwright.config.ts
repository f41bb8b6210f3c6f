// End-to-end tests: Debian's chromium drives browser mode (the same renderer and API over HTTP on 127.0.0.1),
// started by tests/e2e/global-setup.ts on a free port with a temporary project built from the corpus.
// tests/e2e/electron.spec.ts drives the desktop app itself (Playwright's Electron support, not these browser
// options); it is reported as skipped, with the reason, where no Electron binary can be had.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  // One server and one project file: the specs run in order in one worker.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  outputDir: 'test-results',
  // The JSON reporter writes where PLAYWRIGHT_JSON_OUTPUT_NAME says (scripts/test.sh sets it).
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'artifacts/playwright.json' }]],
  use: {
    browserName: 'chromium',
    viewport: { width: 1920, height: 1080 },
    acceptDownloads: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
