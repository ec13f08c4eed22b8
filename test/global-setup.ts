import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CAPTURES_ENV, scanCaptures } from './support/captures.js';

/**
 * Tests that start the real CLI or Action run the bundles in dist/, so build them once first.
 * Then the secret check: tests record what users could read (test/support/captures.ts); the teardown scans
 * it all for a canary token and fails the run on any hit.
 */
export default function setup(): () => void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, ['.ci/build.mjs'], { cwd: root, stdio: 'inherit' });

  const dir = mkdtempSync(join(tmpdir(), 'whoot-rooms-captures-'));
  // Set before the workers start, so every test file (and any process it spawns with process.env) sees it.
  process.env[CAPTURES_ENV] = dir;
  return () => {
    const { captures, hits } = scanCaptures(dir);
    if (hits.length === 0) {
      rmSync(dir, { recursive: true, force: true });
      if (captures > 0) console.log(`canary scan: ${captures} captured outputs, no secret found`);
      return;
    }
    // vitest reports an error thrown here but keeps its exit code: set the failure explicitly too.
    process.exitCode = 1;
    const shown = hits.slice(0, 20).map((h) => `  [${h.label}] ${h.match}: ${h.line}`);
    throw new Error(
      `canary scan: a secret leaked into ${hits.length} place(s) users can read (captures kept in ` +
        `${dir}):\n${shown.join('\n')}`,
    );
  };
}
