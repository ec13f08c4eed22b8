import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Paths below are relative to the repository root, not to this file.
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/faults/**', 'node_modules/**', 'dist/**'],
    globalSetup: ['test/global-setup.ts'],
    // Most story files wait on a child process (the built CLI or Action) or the simulator, not on this process's
    // CPU: three workers on a 2-core machine halve the wall time (72 s → 38 s) without contention failures.
    maxWorkers: 3,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    unstubEnvs: true,
  },
});
