import { defineConfig, devices } from '@playwright/test';
import { CHROME_FLAGS, findChrome } from './src/io/find-chrome.ts';

/** Port of the built site served for the browser tests (not 4321, so a running `npm start` does not clash). */
const PORT = 4330;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // The system Chromium (Debian's package or CHROME_PATH): no browser is ever downloaded.
        launchOptions: { executablePath: findChrome(), args: CHROME_FLAGS.filter((flag) => !flag.startsWith('--headless')) },
      },
    },
  ],
  webServer: {
    // Build the site as a user would, then serve it with the handbook's own local server.
    command: `npm run build && tsx scripts/serve.ts --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
