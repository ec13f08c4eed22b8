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
    // No mocks and no module state a test depends on (the stories inject their I/O), so the files of a worker
    // share one module graph: importing Octokit, pino, yaml and ajv once per worker, not once per file, halves
    // the suite's CPU (129 s → 72 s) and its wall time on this machine.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    unstubEnvs: true,
  },
});
