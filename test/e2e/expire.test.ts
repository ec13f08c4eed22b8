import { afterEach, describe, expect, it } from 'vitest';
import type { SimSeed } from '../../src/sim/seed-types.js';
import type { SimulatorHandle } from '../../src/sim/types.js';
import { cleanup, membersOf, roomId, runCli, simulator, writes, writeTree } from './helpers.js';

const TODAY = '2026-12-03';

const seed: SimSeed = {
  users: ['dave', 'erin', 'frank', 'grace', 'heidi', 'uma', 'victor'].map((n) => ({
    email: `${n}@acme.com`,
    display_name: n[0]?.toUpperCase() + n.slice(1),
  })),
  rooms: [
    {
      name: 'Rates',
      // frank transmits although the tree says listen: drift, which only apply may correct.
      members: ['erin', 'dave', 'uma', 'frank'].map((n) => ({ email: `${n}@acme.com`, tx: true })),
    },
    { name: 'FX', members: [{ email: 'dave@acme.com' }] },
    { name: 'Lounge', members: [{ email: 'uma@acme.com' }, { email: 'grace@acme.com' }] },
  ],
};

// Line numbers matter: the output cites them.
const tree: Record<string, string> = {
  'groups/desk.yaml': 'members:\n  - dave@acme.com\n',
  'groups/leads.yaml': 'members:\n  - dave@acme.com\n',
  'rooms/rates.yaml': [
    'name: Rates', //              1
    'members:', //                 2
    '  - user: erin@acme.com', //  3
    '    tx: true',
    '  - group: desk', //          5  dave listens through this entry…
    '  - group: leads', //         6  …and transmitted through this one, expired
    '    tx: true',
    '    expires: 2026-12-01',
    '  - user: uma@acme.com', //   9  expired: uma goes
    '    tx: true',
    '    expires: 2026-11-30',
    '  - frank@acme.com', //       12
    '  - heidi@acme.com', //       13 merged, not yet applied: expire does not add her
    '',
  ].join('\n'),
  // FX has drifted (dave should transmit, erin should be there): nothing has expired in it, so it is not touched.
  'rooms/fx.yaml': 'name: FX\nmembers:\n  - user: dave@acme.com\n    tx: true\n  - erin@acme.com\n',
  'rooms/lounge.yaml': 'name: Lounge\nmode: additive\nmembers:\n  - user: uma@acme.com\n    expires: 2026-12-02\n',
};

const DAVE_DOWN = '    ~ dave@acme.com (Dave) transmit → listen (expired 2026-12-01, rooms/rates.yaml:6)\n';

let sim: SimulatorHandle | undefined;
let dir: string | undefined;
afterEach(async () => {
  await sim?.stop();
  if (dir) cleanup(dir);
  sim = undefined;
  dir = undefined;
});

async function setup(files: Record<string, string> = tree) {
  const started = await simulator(seed);
  sim = started.sim;
  dir = writeTree(files);
  return { sim: started.sim, env: started.env, dir };
}

interface ExpireReport {
  applied: Array<{ id: string; name: string; expired: unknown[] } & Record<string, unknown>>;
  skipped: Array<{ id: string; name: string; reason: string; expired: unknown[] }>;
  failed: unknown[];
  summary: Record<string, unknown>;
}

describe('expire', () => {
  it(
    'still removes expired access when the tree breaks a policy rule because of it (plan refuses the ' + 'tree)',
    async () => {
      // uma must be in every room by policy, and her entry has expired: the tree now breaks required-members.
      const policy = 'required-members:\n  - rooms: ["rooms/rates.yaml"]\n    members: [uma@acme.com]\n';
      const { sim, env, dir } = await setup({ ...tree, 'policy.yaml': policy });
      const plan = await runCli(['plan', '--dir', dir, '--today', TODAY], { env });
      expect(plan.code).toBe(1);
      expect(plan.stderr).toContain('policy.');
      const r = await runCli(['expire', '--dir', dir, '--today', TODAY, '--auto-approve'], { env });
      expect(r.code).toBe(0);
      expect(membersOf(sim, 'Rates')).not.toContain('uma@acme.com (tx)');
      expect(membersOf(sim, 'Rates').some((m) => m.startsWith('uma@'))).toBe(false);
    },
  );

  it('removes exactly the expired access: drift, a console addition and a pending merge stay', async () => {
    const { sim, env, dir } = await setup();
    sim.consoleEdit('Rates', [
      { email: 'erin@acme.com', tx: true },
      { email: 'dave@acme.com', tx: true },
      { email: 'uma@acme.com', tx: true },
      { email: 'frank@acme.com', tx: true },
      { email: 'victor@acme.com' },
    ]);
    const r = await runCli(['expire', '--dir', dir, '--auto-approve', '--today', TODAY], { env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('    - uma@acme.com (expired 2026-11-30, rooms/rates.yaml:9)\n');
    expect(r.stdout).toContain(DAVE_DOWN);
    expect(r.stdout).toContain('    - uma@acme.com (expired 2026-12-02, rooms/lounge.yaml:4)\n');
    expect(r.stdout).toMatch(/✓ applied Rates \(.*\): \+0 -1 ~1\n/);
    expect(r.stdout).toMatch(/✓ applied Lounge \(.*\): \+0 -1 ~0\n/);

    expect(membersOf(sim, 'Rates')).toEqual([
      'dave@acme.com',
      'erin@acme.com (tx)',
      'frank@acme.com (tx)',
      'victor@acme.com',
    ]);
    expect(membersOf(sim, 'Lounge')).toEqual(['grace@acme.com']); // additive, yet the expired access went
    expect(membersOf(sim, 'FX')).toEqual(['dave@acme.com']);
    expect(
      writes(sim.requestLog)
        .map((e) => `${e.method} ${e.path}`)
        .sort(),
    ).toEqual([`PUT /rooms/${roomId(sim, 'Lounge')}/members`, `PUT /rooms/${roomId(sim, 'Rates')}/members`].sort());
  });

  it("reports the apply shape with each room's expired changes in JSON", async () => {
    const { sim, env, dir } = await setup();
    const r = await runCli(['expire', '--dir', dir, '--auto-approve', '--today', TODAY, '--format', 'json'], { env });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as ExpireReport;
    expect(Object.keys(report)).toEqual(['applied', 'skipped', 'failed', 'summary']);
    const id = (name: string) => roomId(sim, name);
    const userId = (email: string) => sim.snapshot().users.find((u) => u.email === email)?.id;
    const entry = (local: string, expired: string, file: string, line: number, change: string) => ({
      email: `${local}@acme.com`,
      user_id: userId(`${local}@acme.com`),
      expired,
      file,
      line,
      change,
    });
    expect(report.applied).toEqual([
      {
        id: id('Lounge'),
        name: 'Lounge',
        members_added: 0,
        members_updated: 0,
        members_removed: 1,
        metadata: [],
        expired: [entry('uma', '2026-12-02', 'rooms/lounge.yaml', 4, 'remove')],
      },
      {
        id: id('Rates'),
        name: 'Rates',
        members_added: 0,
        members_updated: 1,
        members_removed: 1,
        metadata: [],
        expired: [
          entry('uma', '2026-11-30', 'rooms/rates.yaml', 9, 'remove'),
          entry('dave', '2026-12-01', 'rooms/rates.yaml', 6, 'downgrade'),
        ],
      },
    ]);
    expect(report.summary).toEqual({ applied: 2, skipped: 0, failed: 0, unchanged: 1, interrupted: false });
    expect(r.stderr).toContain('(expired 2026-11-30, rooms/rates.yaml:9)'); // the plan, for people, on stderr
  });

  it('writes nothing when nothing is due, and exits 0', async () => {
    const { sim, env, dir } = await setup();
    const r = await runCli(['expire', '--dir', dir, '--auto-approve', '--today', '2026-11-15'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nothing has expired that is still in whoot');
    expect(writes(sim.requestLog)).toEqual([]);
    expect(sim.requestLog.some((e) => e.path.endsWith('/members'))).toBe(true); // it did look
  });

  it('writes nothing once the expired access is gone, even though the rooms still drift', async () => {
    const { sim, env, dir } = await setup();
    expect((await runCli(['expire', '--dir', dir, '--auto-approve', '--today', TODAY], { env })).code).toBe(0);
    sim.requestLog.length = 0;
    const again = await runCli(['expire', '--dir', dir, '--auto-approve', '--today', TODAY, '--format', 'json'], {
      env,
    });
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as ExpireReport).applied).toEqual([]);
    expect(writes(sim.requestLog)).toEqual([]);
  });

  it('verifies before writing: a room edited after it was read is skipped, not overwritten, and exits 1', async () => {
    const { sim, env, dir } = await setup();
    sim.consoleEditAfterRead('Rates', [
      { email: 'erin@acme.com', tx: true },
      { email: 'uma@acme.com', tx: true },
    ]);
    const r = await runCli(['expire', '--dir', dir, '--auto-approve', '--today', TODAY, '--format', 'json'], { env });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as ExpireReport;
    expect(report.skipped).toEqual([expect.objectContaining({ name: 'Rates', reason: 'changed_since_plan' })]);
    expect(report.skipped[0]?.expired).toHaveLength(2);
    expect(membersOf(sim, 'Rates')).toEqual(['erin@acme.com (tx)', 'uma@acme.com (tx)']);
    expect(writes(sim.requestLog).map((e) => e.path)).toEqual([`/rooms/${roomId(sim, 'Lounge')}/members`]);
  });

  it('keeps the mass-removal guard: a room losing most of its members to expiry is skipped, exit 1', async () => {
    const files = {
      ...tree,
      'rooms/fx.yaml': [
        'name: FX',
        'members:',
        ...['dave', 'erin', 'frank'].flatMap((n) => [`  - user: ${n}@acme.com`, '    expires: 2026-12-01']),
        '',
      ].join('\n'),
    };
    const { sim, env, dir } = await setup(files);
    sim.consoleEdit(
      'FX',
      ['dave', 'erin', 'frank', 'grace'].map((n) => ({ email: `${n}@acme.com` })),
    );
    const r = await runCli(['expire', '--dir', dir, '--auto-approve', '--today', TODAY], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('! room "FX"');
    expect(r.stdout).toMatch(/- skipped FX .*: blocked by the mass-removal guard: /);
    expect(membersOf(sim, 'FX')).toHaveLength(4);
  });

  it('refuses to run without a terminal unless --auto-approve, before any request', async () => {
    const { sim, env, dir } = await setup();
    const r = await runCli(['expire', '--dir', dir, '--today', TODAY], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('refusing to expire without confirmation');
    expect(sim.requestLog).toEqual([]);
  });
});

describe('expiry in plan and validate', () => {
  it('plan marks a removal or downgrade due to expiry, and no other', async () => {
    const { env, dir } = await setup();
    const r = await runCli(['plan', '--dir', dir, '--today', TODAY], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('    - uma@acme.com (expired 2026-11-30, rooms/rates.yaml:9)\n');
    expect(r.stdout).toContain(DAVE_DOWN);
    expect(r.stdout).toContain('    ~ frank@acme.com (Frank) transmit → listen\n');
    const json = await runCli(['plan', '--dir', dir, '--today', TODAY, '--format', 'json'], { env });
    type PlanJson = { rooms: Array<{ name: string; remove: unknown[]; update: unknown[] }> };
    const rates = (JSON.parse(json.stdout) as PlanJson).rooms.find((x) => x.name === 'Rates');
    expect(rates?.remove).toEqual([expect.objectContaining({ email: 'uma@acme.com', expired: '2026-11-30' })]);
    // Exactly these keys: drift carries no `expired`.
    expect(rates?.update).toContainEqual({
      user_id: expect.any(String) as unknown,
      email: 'frank@acme.com',
      tx_permission: false,
    });
  });

  it('validate warns about every entry whose date has passed, and still exits 0', async () => {
    dir = writeTree(tree);
    const r = await runCli(['validate', '--dir', dir, '--today', TODAY]);
    expect(r.code).toBe(0);
    const warning = (at: string, what: string, date: string) =>
      `${at}: warning: entry for ${what} expired on ${date}; remove it from the file\n`;
    // The exact line, spelled out once.
    expect(r.stdout).toContain(
      'rooms/rates.yaml:9:5: warning: entry for uma@acme.com expired on 2026-11-30; remove it from the file\n',
    );
    expect(r.stdout).toContain(warning('rooms/rates.yaml:6:5', 'group leads', '2026-12-01'));
    expect(r.stdout).toContain(warning('rooms/lounge.yaml:4:5', 'uma@acme.com', '2026-12-02'));
    const before = await runCli(['validate', '--dir', dir, '--today', '2026-11-25']);
    expect(before.stdout).not.toContain('warning');
    expect(before.stdout).toContain('rooms/rates.yaml:9:5: notice: uma@acme.com expires on 2026-11-30\n');
  });
});
