import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CANARY_TOKEN, revealed } from '../support/captures.js';
import { canarySimulator, cleanup, runCli, writeTree } from '../support/cli.js';
import { ECHO_SHAPES, echoFront, keyForms } from '../support/echo-front.js';

const stops: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

const seed = {
  users: [{ email: 'alice@acme.com' }, { email: 'bob@acme.com' }],
  rooms: [{ name: 'Equities', members: [{ email: 'alice@acme.com' }] }],
};
const tree = { 'rooms/equities.yaml': 'name: Equities\nmembers:\n  - alice@acme.com\n  - bob@acme.com\n' };

describe('a server echoing the key in its error answer: the key is in nothing the CLI prints or writes', () => {
  it.each(ECHO_SHAPES.map((s) => [s.name, s] as const))('%s', async (_name, shape) => {
    const { sim, env } = await canarySimulator(seed);
    const dir = writeTree(tree);
    const front = await echoFront(sim.url, shape);
    stops.push(
      () => sim.stop(),
      () => cleanup(dir),
      front.stop,
    );
    const report = join(dir, 'plan.json');
    const planned = await runCli(`security/echo ${shape.name} plan`, ['plan', '--dir', dir, '--out', report], {
      env: { ...env, WHOOT_API_URL: front.url },
    });
    expect(planned.code).toBe(0);
    const r = await runCli(
      `security/echo ${shape.name} apply`,
      ['apply', '--dir', dir, '--plan-file', report, '--auto-approve', '--format', 'json', '--log-level', 'trace'],
      { env: { ...env, WHOOT_API_URL: front.url, WHOOT_API_MAX_ATTEMPTS: '1' } },
    );
    expect(r.code).toBe(1);
    const failed = (JSON.parse(r.stdout) as { failed: Array<{ error: string }> }).failed;
    expect(failed).toHaveLength(1);
    expect(failed[0]?.error).toMatch(/^PUT .*\/rooms\/.+\/members → 40[13]/);
    expect(failed[0]?.error.endsWith(` → ${shape.reported}`)).toBe(true);
    for (const text of [r.stdout, r.stderr, readFileSync(report, 'utf8')]) {
      for (const form of keyForms(CANARY_TOKEN)) {
        expect(text).not.toContain(form);
        expect(revealed(text)).not.toContain(form);
      }
    }
  });
});
