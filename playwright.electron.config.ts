import { defineConfig } from '@playwright/test';

/**
 * The Electron shell, driven by Playwright's _electron. Only for machines
 * where Electron's binary is installed (`npm run test:electron`); CI here
 * cannot download Electron and runs the same renderer through the web host.
 */
export default defineConfig({
  testDir: 'tests/electron',
  timeout: 60_000,
  workers: 1,
  reporter: 'list',
});
