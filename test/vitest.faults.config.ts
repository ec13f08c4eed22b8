import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Slow fault-injection runs: a separate suite so `npm test` stays quick; `.ci/run` runs both.
export default defineConfig({
  // Paths below are relative to the repository root, not to this file.
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/faults/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    unstubEnvs: true,
  },
});
