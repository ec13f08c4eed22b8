import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SimulatorHandle } from '../../src/sim/types.js';
import { converged, seed, tree } from './fixture.js';
import { cleanup, membersOf, roomId, runCli, simulator, writes, writeTree } from './helpers.js';
import { expectOnlyPreflightWave, requestLine } from '../support/preflight.js';

let sim: SimulatorHandle | undefined;
let dir: string | undefined;
afterEach(async () => {
  await sim?.stop();
  if (dir) cleanup(dir);
  sim = undefined;
  dir = undefined;
});

async function setup(files: Record<string, string> = tree, opts: Parameters<typeof simulator>[1] = {}) {
  const started = await simulator(seed, opts);
  sim = started.sim;
  dir = writeTree(files);
  return { sim: started.sim, env: started.env, dir };
}

describe('plan', () => {
  it('shows a Terraform-like diff per changed room and the summary line, reading only managed rooms', async () => {
    const { sim, env, dir } = await setup();
    const r = await runCli(['plan', '--dir', dir], { env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('~ room "Equities" (rooms/equities.yaml');
    expect(r.stdout).toContain('    + dave@acme.com (Dave) listen');
    expect(r.stdout).toContain('    - carol@acme.com');
    expect(r.stdout).toContain('    ~ bob@acme.com (Bob) listen → transmit');
    expect(r.stdout).toContain('Plan: 2 rooms to change: +2 -1 ~1, 2 unchanged, 1 unmanaged');
    expect(r.stdout).not.toContain('\u001b['); // not a terminal: no colour
    // The floor: /me, one page of users, one of rooms, the four managed rooms' members; Lobby is never read.
    expect(sim.requestLog.map((e) => `${e.method} ${e.path}`).sort()).toEqual(
      [
        'GET /me',
        'GET /rooms',
        'GET /users',
        ...['Credit', 'Equities', 'FX', 'Rates'].map((n) => `GET /rooms/${roomId(sim, n)}/members`),
      ].sort(),
    );
  });

  it('prints the JSON contract on stdout, nothing else, and writes the same JSON with --out', async () => {
    const { env, dir } = await setup();
    const out = join(dir, 'plan.json');
    const r = await runCli(['plan', '--dir', dir, '--format', 'json', '--out', out], { env });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['format_version', 'fingerprint', 'summary', 'rooms', 'warnings']);
    expect(json).toMatchObject({
      format_version: 1,
      summary: {
        rooms_managed: 4,
        rooms_changed: 2,
        rooms_unchanged: 2,
        rooms_unmanaged: 1,
        add: 2,
        remove: 1,
        update: 1,
        blocked: 0,
        errored: 0,
      },
    });
    expect(readFileSync(out, 'utf8')).toBe(r.stdout);
  });

  it('renders Markdown for a PR comment', async () => {
    const { env, dir } = await setup();
    const r = await runCli(['plan', '--dir', dir, '--format', 'markdown'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Plan: 2 rooms to change: +2 -1 ~1, 2 unchanged, 1 unmanaged');
    expect(r.stdout).toContain('<details>');
    expect(r.stdout).toContain('dave@acme.com');
  });

  it('with --detailed-exitcode exits 2 when there are changes and 0 when there are none', async () => {
    const { env, dir } = await setup();
    expect((await runCli(['plan', '--dir', dir, '--detailed-exitcode'], { env })).code).toBe(2);
    expect((await runCli(['apply', '--dir', dir, '--auto-approve'], { env })).code).toBe(0);
    const after = await runCli(['plan', '--dir', dir, '--detailed-exitcode'], { env });
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('No changes.');
  });

  it('evaluates `expires` against --today: an expired entry no longer counts', async () => {
    const { env, dir } = await setup({
      ...tree,
      'rooms/fx.yaml':
        'name: FX\nmembers:\n  - user: dave@acme.com\n    tx: true\n  - user: erin@acme.com\n    expires: 2030-01-01\n',
    });
    const before = await runCli(['plan', '--dir', dir, '--room', 'FX', '--today', '2029-12-30', '--format', 'json'], {
      env,
    });
    const after = await runCli(['plan', '--dir', dir, '--room', 'FX', '--today', '2030-01-01', '--format', 'json'], {
      env,
    });
    const summary = (r: { stdout: string }) => (JSON.parse(r.stdout) as { summary: { add: number } }).summary;
    expect(summary(before).add).toBe(1);
    expect(summary(after).add).toBe(0);
  });

  it(
    'with a schema error in the tree reports it with file:line:col and writes nothing (reads are ' + 'cancelled)',
    async () => {
      const { sim, env, dir } = await setup({ ...tree, 'rooms/fx.yaml': 'name: FX\nmemebers:\n  - dave@acme.com\n' });
      const before = sim.snapshot().members;
      for (const args of [
        ['plan', '--dir', dir],
        ['apply', '--dir', dir, '--auto-approve'],
      ]) {
        const r = await runCli(args, { env });
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/rooms\/fx\.yaml:2:1: error: .*memebers/);
        expect(r.stdout).toBe('');
      }
      // Reads may have started while the tree loaded; a write never does, and no room is read twice in a run.
      expect(writes(sim.requestLog)).toEqual([]);
      expect(sim.snapshot().members).toEqual(before);
      const memberReads = sim.requestLog.filter((e) => e.path.endsWith('/members')).map((e) => e.path);
      expect(memberReads.length).toBeLessThanOrEqual(2 * Object.keys(tree).length);
    },
  );

  it(
    'with a wrong token fails with method, path, status and the server message, never the token and never a ' + 'stack',
    async () => {
      const { env, dir } = await setup();
      const canary = 'canary-7f3a9c1e-never-print-me';
      const r = await runCli(['plan', '--dir', dir, '--log-level', 'debug'], {
        env: { ...env, WHOOT_API_TOKEN: canary },
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/error: GET \/me → 401/);
      expect(r.stdout + r.stderr).not.toContain(canary);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it('fails clearly without a token, before any request', async () => {
    const { sim, dir } = await setup();
    const r = await runCli(['plan', '--dir', dir], { env: { WHOOT_API_URL: sim.url } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('WHOOT_API_TOKEN is not set');
    expect(sim.requestLog).toEqual([]);
  });
});

describe('apply', () => {
  it('makes whoot match the tree with one PUT per changed room, within --concurrency, and then nothing', async () => {
    const { sim, env, dir } = await setup(tree, { latencyMs: 5 });
    const r = await runCli(['apply', '--dir', dir, '--auto-approve', '--concurrency', '2'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Applied 2 rooms, skipped 0, failed 0, 2 unchanged.');
    for (const [room, members] of Object.entries(converged)) expect(membersOf(sim, room)).toEqual(members);
    expect(membersOf(sim, 'Lobby')).toEqual(['alice@acme.com', 'heidi@acme.com']);
    const puts = writes(sim.requestLog);
    expect(puts.map((e) => `${e.method} ${e.path}`).sort()).toEqual(
      [`PUT /rooms/${roomId(sim, 'Equities')}/members`, `PUT /rooms/${roomId(sim, 'FX')}/members`].sort(),
    );
    // Each PUT carries the complete desired list, never a partial one.
    const eq = puts.find((e) => e.path.includes(roomId(sim, 'Equities')));
    expect((eq?.body as { members: unknown[] }).members).toHaveLength(3);
    expect(sim.maxInFlight).toBeLessThanOrEqual(2);

    sim.requestLog.length = 0;
    const again = await runCli(['apply', '--dir', dir, '--auto-approve'], { env });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Nothing to apply');
    expect(writes(sim.requestLog)).toEqual([]);
  });

  it('never exceeds --concurrency 1 requests in flight, reads included', async () => {
    const { sim, env, dir } = await setup(tree, { latencyMs: 3 });
    expect((await runCli(['apply', '--dir', dir, '--auto-approve', '--concurrency', '1'], { env })).code).toBe(0);
    expect(sim.maxInFlight).toBe(1);
  });

  it('with --room plans and applies only the named room, reading only its members', async () => {
    const { sim, env, dir } = await setup();
    const r = await runCli(['apply', '--dir', dir, '--auto-approve', '--room', 'FX'], { env });
    expect(r.code).toBe(0);
    expect(sim.requestLog.filter((e) => e.path.endsWith('/members')).map((e) => `${e.method} ${e.path}`)).toEqual([
      `GET /rooms/${roomId(sim, 'FX')}/members`,
      `GET /rooms/${roomId(sim, 'FX')}/members`, // verify before write
      `PUT /rooms/${roomId(sim, 'FX')}/members`,
    ]);
    expect(membersOf(sim, 'FX')).toEqual(converged.FX);
    expect(membersOf(sim, 'Equities')).toEqual(['alice@acme.com (tx)', 'bob@acme.com', 'carol@acme.com']);
  });

  it(
    'with a read-only key: plan works, apply fails at the pre-flight naming the missing scope, with nothing ' +
      'read after it and nothing written',
    async () => {
      const started = await simulator({
        ...seed,
        tokens: [{ token: 'read-only-key', scopes: ['api:users:read', 'api:rooms:read'] }],
      });
      sim = started.sim;
      dir = writeTree(tree);
      const env = { ...started.env, WHOOT_API_TOKEN: 'read-only-key' };
      expect((await runCli(['plan', '--dir', dir], { env })).code).toBe(0);
      started.sim.requestLog.length = 0;
      const r = await runCli(['apply', '--dir', dir, '--auto-approve'], { env });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('api:rooms:write');
      expect(r.stderr).not.toContain('read-only-key');
      expectOnlyPreflightWave(started.sim.requestLog.map(requestLine));
    },
  );

  it(
    'applies metadata: PATCH for display_name, DELETE for `external_id: null`, and no PUT when members ' + 'match',
    async () => {
      const started = await simulator({
        ...seed,
        rooms: [
          ...(seed.rooms ?? []),
          {
            name: 'Metals',
            display_name: 'Metals',
            external_id: 'okta-grp-metals',
            members: [{ email: 'alice@acme.com' }],
          },
        ],
      });
      sim = started.sim;
      dir = writeTree({
        'rooms/metals.yaml':
          'name: Metals\ndisplay_name: Metals Desk (LDN)\nexternal_id: null\nmembers:\n  - alice@acme.com\n',
      });
      const r = await runCli(['apply', '--dir', dir, '--auto-approve'], { env: started.env });
      expect(r.code).toBe(0);
      const id = roomId(started.sim, 'Metals');
      expect(writes(started.sim.requestLog).map((e) => `${e.method} ${e.path}`)).toEqual([
        `DELETE /rooms/${id}`,
        `PATCH /rooms/${id}`,
      ]);
      expect(started.sim.snapshot().rooms.find((x) => x.id === id)).toMatchObject({
        display_name: 'Metals Desk (LDN)',
        external_id: null,
      });
      const again = await runCli(['plan', '--dir', dir, '--detailed-exitcode'], { env: started.env });
      expect(again.code).toBe(0);
    },
  );

  it('prints the JSON report with --format json', async () => {
    const { sim, env, dir } = await setup();
    const r = await runCli(['apply', '--dir', dir, '--auto-approve', '--format', 'json'], { env });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      applied: Array<{ id: string; name: string }>;
      skipped: unknown[];
      failed: unknown[];
      summary: unknown;
    };
    expect(report.applied.map((a) => a.name)).toEqual(['Equities', 'FX']);
    expect(report.applied[0]).toEqual({
      id: roomId(sim, 'Equities'),
      name: 'Equities',
      members_added: 1,
      members_updated: 1,
      members_removed: 1,
      metadata: [],
    });
    expect(report.skipped).toEqual([]);
    expect(report.failed).toEqual([]);
    expect(report.summary).toEqual({ applied: 2, skipped: 0, failed: 0, unchanged: 2, interrupted: false });
    expect(r.stderr).toContain('Plan: 2 rooms to change'); // the plan is shown to people, on stderr
  });

  it('refuses to run without a terminal unless --auto-approve, before any request', async () => {
    const { sim, env, dir } = await setup();
    const r = await runCli(['apply', '--dir', dir], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('refusing to apply without confirmation');
    expect(r.stderr).toContain('--auto-approve');
    expect(sim.requestLog).toEqual([]);
  });

  it(
    'with --plan-file applies only what was reviewed: a room edited in the console after review is ' + 'skipped',
    async () => {
      const { sim, env, dir } = await setup();
      const planFile = join(dir, 'reviewed.json');
      expect((await runCli(['plan', '--dir', dir, '--out', planFile], { env })).code).toBe(0);
      // After review, someone adds frank to FX in the console: FX's changes now differ from what was approved.
      sim.consoleEdit('FX', [{ email: 'dave@acme.com', tx: true }, { email: 'frank@acme.com' }]);
      sim.requestLog.length = 0;

      const r = await runCli(['apply', '--dir', dir, '--auto-approve', '--plan-file', planFile], { env });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/skipped FX .*: changed since review: /);
      expect(writes(sim.requestLog).map((e) => e.path)).toEqual([`/rooms/${roomId(sim, 'Equities')}/members`]);
      expect(membersOf(sim, 'Equities')).toEqual(converged.Equities);
      expect(membersOf(sim, 'FX')).toEqual(['dave@acme.com (tx)', 'frank@acme.com']);
    },
  );

  it('with --plan-file skips a room that was not in the reviewed plan', async () => {
    const { sim, env, dir } = await setup();
    const planFile = join(dir, 'reviewed.json');
    await runCli(['plan', '--dir', dir, '--out', planFile], { env });
    sim.consoleEdit('Rates', [{ email: 'erin@acme.com' }]); // Rates had no changes at review time
    sim.requestLog.length = 0;
    const r = await runCli(['apply', '--dir', dir, '--auto-approve', '--plan-file', planFile, '--format', 'json'], {
      env,
    });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { skipped: Array<{ name: string; reason: string; message: string }> };
    expect(report.skipped).toEqual([expect.objectContaining({ name: 'Rates', reason: 'not_reviewed' })]);
    expect(writes(sim.requestLog).some((e) => e.path.includes(roomId(sim, 'Rates')))).toBe(false);
  });

  it('rejects a --plan-file that is not a plan', async () => {
    const { sim, env, dir } = await setup();
    writeFileSync(join(dir, 'bad.json'), '{"hello": 1}');
    const r = await runCli(['apply', '--dir', dir, '--auto-approve', '--plan-file', join(dir, 'bad.json')], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not a whoot-rooms plan');
    expect(sim.requestLog).toEqual([]);
  });
});

describe('the mass-removal guard', () => {
  const emptied = {
    ...tree,
    // Rates would lose both its members (100% > 25%, and it would become empty): blocked.
    'rooms/rates.yaml': 'name: Rates\nmembers: []\n',
  };

  it(
    'blocks a room that would lose too many members: zero writes to it, the others applied, exit 1; --force ' +
      'applies it',
    async () => {
      const { sim, env, dir } = await setup(emptied);
      const plan = await runCli(['plan', '--dir', dir], { env });
      expect(plan.stdout).toContain('! room "Rates" (rooms/rates.yaml');
      expect(plan.stdout).toContain('BLOCKED');

      sim.requestLog.length = 0;
      const r = await runCli(['apply', '--dir', dir, '--auto-approve'], { env });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/skipped Rates .*blocked/);
      expect(writes(sim.requestLog).some((e) => e.path.includes(roomId(sim, 'Rates')))).toBe(false);
      expect(membersOf(sim, 'Equities')).toEqual(converged.Equities);
      expect(membersOf(sim, 'Rates')).toEqual(converged.Rates);

      const forced = await runCli(['apply', '--dir', dir, '--auto-approve', '--force'], { env });
      expect(forced.code).toBe(0);
      expect(membersOf(sim, 'Rates')).toEqual([]);
    },
  );

  it('honours --max-removal-percent', async () => {
    const { env, dir } = await setup({ ...tree, 'rooms/rates.yaml': 'name: Rates\nmembers:\n  - frank@acme.com\n' });
    // Rates loses 1 of 2 members: under the 3-member floor, so not blocked at any percentage.
    const r = await runCli(['plan', '--dir', dir, '--format', 'json', '--max-removal-percent', '10'], { env });
    expect((JSON.parse(r.stdout) as { summary: { blocked: number } }).summary.blocked).toBe(0);
  });
});

describe('errors are per room', () => {
  it(
    'an unknown user or room errors only that room, with file:line, and every other room is still ' + 'applied',
    async () => {
      const { sim, env, dir } = await setup({
        ...tree,
        'rooms/fx.yaml':
          'name: FX\nmembers:\n  - user: dave@acme.com\n    tx: true\n  - erin@acme.com\n  - zed@acme.com\n',
        'rooms/metals.yaml': 'name: Metals\nmembers:\n  - alice@acme.com\n',
      });
      const plan = await runCli(['plan', '--dir', dir], { env });
      expect(plan.code).toBe(1);
      expect(plan.stdout).toMatch(/rooms\/fx\.yaml:6:\d+: .*zed@acme\.com/);
      expect(plan.stdout).toMatch(/rooms\/metals\.yaml:1:\d+: .*Metals/);

      sim.requestLog.length = 0;
      const r = await runCli(['apply', '--dir', dir, '--auto-approve'], { env });
      expect(r.code).toBe(1);
      expect(writes(sim.requestLog).map((e) => e.path)).toEqual([`/rooms/${roomId(sim, 'Equities')}/members`]);
      expect(membersOf(sim, 'Equities')).toEqual(converged.Equities);
      expect(membersOf(sim, 'FX')).toEqual(['dave@acme.com (tx)']);
    },
  );
});
