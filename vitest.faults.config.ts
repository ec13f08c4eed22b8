import { defineConfig } from 'vitest/config';

// Slow fault-injection runs: a separate suite so `npm test` stays quick; `.ci/run` runs both.
export default defineConfig({
  test: {
    include: ['test/faults/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    unstubEnvs: true,
  },
});
