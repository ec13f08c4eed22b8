import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

describe('whoot-rooms demo', () => {
  it('runs validate, plan, apply and a clean second plan against the embedded simulator, with no token or network, from any directory', async () => {
    // cwd "/": the examples must be found from the package root, not the working directory.
    const r = await runCli(['demo'], { env: {}, cwd: '/' });
    expect(r.stdout).toMatch(/a simulated whoot API is running at http:\/\/127\.0\.0\.1:\d+/);
    for (const heading of ['== 1/4 validate', '== 2/4 plan', '== 3/4 apply', '== 4/4 plan again']) expect(r.stdout).toContain(heading);
    expect(r.stdout).toMatch(/Applied \d+ rooms?, skipped 0, failed 0/);
    expect(r.stdout).toContain('No changes. whoot matches the tree');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
