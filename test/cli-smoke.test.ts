import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

describe('the whoot-rooms bin', () => {
  it('prints usage with every command on --help and exits 0', () => {
    const out = execFileSync(process.execPath, [bin, '--help'], { cwd: root, encoding: 'utf8' });
    for (const c of ['validate', 'plan', 'apply', 'export', 'demo', 'sim']) expect(out).toContain(c);
  });

  it('rejects an unknown command with exit 1 and the usage on stderr', () => {
    const r = spawnSync(process.execPath, [bin, 'frobnicate'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('unknown command "frobnicate"');
  });
});
