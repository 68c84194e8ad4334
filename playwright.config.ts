import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './e2e/find-chromium';

const PORT = Number(process.env.E2E_PORT ?? 3100);
// "localhost", not 127.0.0.1: Next normalises loopback IPs to localhost inside route handlers, and Auth.js
// checks that callback URLs share its origin.
const baseURL = `http://localhost:${PORT}`;

// The e2e suite runs against a production build (`npm run build` first), as users get it.
export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: findChromium(),
          args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      },
    },
  ],
  webServer: {
    command: `npm run start -- -p ${PORT} -H 127.0.0.1`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'pipe',
    // Links in emails and Auth.js callbacks use APP_URL; point it at the address the tests browse.
    env: { APP_URL: baseURL },
  },
});
