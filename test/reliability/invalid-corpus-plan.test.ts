import { afterAll, describe, expect, it } from 'vitest';
import { canarySimulator, runCli, writes } from '../support/cli.js';
import { corpusCases, expectedLine } from '../support/corpus.js';

/**
 * The whole bad-input corpus through `plan`, as a user runs it: the real process, a reachable whoot holding the
 * canary key. Every case: exit 1, the expected `file:line:col: error: message` on stderr, nothing on stdout,
 * and not one write to whoot. The live reads start while the tree loads (so a valid tree costs no extra time)
 * and are cancelled at the loader's first error: at most the pre-flight, the user and room lists and one
 * member list per room are read, each once. That reads stop at the error is shown in test/live/engine.test.ts.
 * (`validate` runs the same corpus in test/invalid-corpus.test.ts; `apply` in test/faults/bad-input-apply.test.ts.)
 */
const cases = corpusCases();
let written = 0;

describe('the bad-input corpus through `plan`', () => {
  it('holds at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.concurrent.each(cases)(
    '$name: exit 1, the expected file:line and message, no write, bounded reads',
    async ({ name, dir, expected }) => {
      const { sim, env } = await canarySimulator({
        users: [{ email: 'alice@acme.com' }],
        rooms: [{ name: 'Equities', members: [] }],
      });
      try {
        const r = await runCli(
          `reliability/invalid-corpus plan ${name}`,
          ['plan', '--dir', dir, '--format', 'json', '--today', '2026-11-27'],
          { env },
        );
        expect(r.code).toBe(1);
        // Issue 18: `--format json` prints the failure as JSON on stdout (the words stay on stderr).
        const body = JSON.parse(r.stdout) as { error: { kind: string }; errors: Array<{ file: string; line: number }> };
        expect(body.error.kind).toBe('invalid_tree');
        for (const e of expected)
          expect(body.errors).toContainEqual(expect.objectContaining({ file: e.file, line: e.line }));
        for (const e of expected) expect(r.stderr).toMatch(expectedLine(e));
        expect(r.stderr).toMatch(/\d+ errors? in the tree; no plan was made and nothing was written to whoot\.\n$/);
        expect(r.stderr).not.toMatch(/\n\s+at /);
        expect(writes(sim.requestLog)).toEqual([]);
        // One room in whoot: each list at most once, its member list at most once.
        expect(sim.requestLog.length).toBeLessThanOrEqual(4);
        written += writes(sim.requestLog).length;
      } finally {
        await sim.stop();
      }
    },
  );

  afterAll(() => {
    expect(written).toBe(0);
  });
});
