import { defineConfig } from 'vitest/config';

// Unit and command tests; the browser tests under tests/e2e run with Playwright.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Command tests run real Lighthouse and real builds: give them room, and keep them sequential
    // so that two Chrome instances never compete for the machine's two cores.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
