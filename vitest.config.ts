import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        // The main process's code (electron/main) runs against a recording stand-in of Electron, its only fake.
        resolve: { alias: [{ find: /^electron$/, replacement: resolve(import.meta.dirname, 'tests/unit/main/electron-stand-in.ts') }] },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/unit/main/electron-stand-in.setup.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
          // A page on a loaded 2-core machine can take more than expect.poll's default second to show a dialog
          // (restore-backup failed so once in CI); a poll still fails when its condition never comes.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
