import { afterAll, describe, expect, it } from 'vitest';
import { canarySimulator, runCli } from '../support/cli.js';
import { corpusCases, expectedLine } from '../support/corpus.js';

/**
 * The whole bad-input corpus through `plan`, as a user runs it: the real process, a reachable whoot holding the
 * canary key. Every case: exit 1, the expected `file:line:col: error: message` on stderr, nothing on stdout,
 * and not one request of any kind to whoot (the tree is checked before any API call, the key stays unused).
 * (`validate` runs the same corpus in test/invalid-corpus.test.ts; `apply` in test/faults/bad-input-apply.test.ts.)
 */
const cases = corpusCases();
let requests = 0;

describe('the bad-input corpus through `plan`', () => {
  it('holds at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.concurrent.each(cases)('$name: exit 1, the expected file:line and message, zero requests', async ({ name, dir, expected }) => {
    const { sim, env } = await canarySimulator({ users: [{ email: 'alice@acme.com' }], rooms: [{ name: 'Equities', members: [] }] });
    try {
      const r = await runCli(`reliability/invalid-corpus plan ${name}`, ['plan', '--dir', dir, '--format', 'json', '--today', '2026-11-27'], { env });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      for (const e of expected) expect(r.stderr).toMatch(expectedLine(e));
      expect(r.stderr).toMatch(/\d+ errors? in the tree; nothing was read from whoot\.\n$/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(sim.requestLog).toEqual([]);
      requests += sim.stats().requests;
    } finally {
      await sim.stop();
    }
  });

  afterAll(() => {
    expect(requests).toBe(0);
  });
});
