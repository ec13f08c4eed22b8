import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SimSeed } from '../../src/sim/seed-types.js';
import type { SimulatorHandle } from '../../src/sim/types.js';
import { DESK, POLICY, TODAY } from '../policy/desk.js';
import { cleanup, root, runCli, simulator, writes, writeTree } from './helpers.js';

let sim: SimulatorHandle | undefined;
let dir: string | undefined;
afterEach(async () => {
  await sim?.stop();
  if (dir) cleanup(dir);
  sim = undefined;
  dir = undefined;
});

const seed: SimSeed = {
  users: ['recorder', 'carol', 'alice', 'bob', 'erin', 'hank']
    .map((n) => ({ email: `${n}@acme.com`, display_name: n }))
    .concat([
      { email: 'dave@acme.co.uk', display_name: 'dave' },
      { email: 'guest@partner.com', display_name: 'guest' },
    ]),
  rooms: [
    { name: 'Equity Research', members: [{ email: 'recorder@acme.com' }, { email: 'carol@acme.com' }] },
    { name: 'Sales Desk', members: [{ email: 'recorder@acme.com' }, { email: 'erin@acme.com' }] },
  ],
};

/** The desk with one of each rule broken in its sales room, and a transmit limit of 2. */
const broken: Record<string, string> = {
  ...DESK,
  'policy.yaml': POLICY.replace('max-transmitters: 50', 'max-transmitters: 2'),
  'rooms/sales/desk.yaml': `name: Sales Desk
members:
  - group: traders
    tx: true
  - user: carol@acme.com
    tx: true
  - user: gina@gmail.com
    expires: 2027-12-01
  - hank@other.org
`,
};

const VIOLATIONS = [
  'rooms/sales/desk.yaml:3:3: error[policy.required-members]: recorder@acme.com must be a member of room "Sales ' +
    'Desk" (policy.yaml:13)',
  'rooms/sales/desk.yaml:3:3: error[policy.limits]: room "Sales Desk" has 4 members who may transmit; the limit ' +
    'is 2 (policy.yaml:17)',
  'rooms/sales/desk.yaml:5:5: error[policy.barriers.research-vs-sales]: carol@acme.com is also a member of ' +
    '"Equity Research" ' +
    '(rooms/research/eq.yaml:4) (policy.yaml:9)',
  'rooms/sales/desk.yaml:5:5: error[policy.transmit]: carol@acme.com may not transmit: not a member of group ' +
    '"licensed-traders" (policy.yaml:6)',
  'rooms/sales/desk.yaml:7:5: error[policy.guests]: guest gina@gmail.com has access until 2027-12-01, more than ' +
    '90 days after today ' +
    '(2026-12-03): set `expires` to 2027-03-03 or earlier (policy.yaml:4)',
  'rooms/sales/desk.yaml:9:5: error[policy.domains]: hank@other.org is not in an allowed domain (acme.com, ' +
    'acme.co.uk); ' +
    'a guest needs `expires` at most 90 days ahead (policy.yaml:2)',
];

describe("policy.yaml: the desk's rules, checked offline by validate", () => {
  it('a tree that keeps the policy validates', async () => {
    dir = writeTree(DESK);
    const r = await runCli(['validate', '--dir', dir, '--today', TODAY]);
    expect(r.stdout).toBe('✓ 2 rooms, 3 groups valid\n');
    expect(r.code).toBe(0);
  });

  it('the desk fixture documented in docs/policy.md validates too', async () => {
    const r = await runCli(['validate', '--dir', join(root, 'test/fixtures/policy/desk'), '--today', TODAY]);
    expect(r.stdout).toBe('✓ 2 rooms, 3 groups valid\n');
    expect(r.code).toBe(0);
  });

  it(
    "each rule broken is an error at its file:line:col with its rule id and the rule's own line, all in one " + 'run',
    async () => {
      dir = writeTree(broken);
      const r = await runCli(['validate', '--dir', dir, '--today', TODAY]);
      expect(r.stdout).toBe(`${VIOLATIONS.join('\n')}\n✗ 6 errors in 1 file\n`);
      expect(r.code).toBe(1);
    },
  );

  it(
    'validate --format json carries each violation as an error with file, line, column, message and ' + 'rule',
    async () => {
      dir = writeTree(broken);
      const r = await runCli(['validate', '--dir', dir, '--today', TODAY, '--format', 'json']);
      expect(r.code).toBe(1);
      const body = JSON.parse(r.stdout) as { valid: boolean; errors: Array<Record<string, unknown>> };
      expect(body.valid).toBe(false);
      expect(body.errors.map((e) => e.rule)).toEqual([
        'policy.required-members',
        'policy.limits',
        'policy.barriers.research-vs-sales',
        'policy.transmit',
        'policy.guests',
        'policy.domains',
      ]);
      expect(body.errors[2]).toEqual({
        file: 'rooms/sales/desk.yaml',
        line: 5,
        column: 5,
        message: 'carol@acme.com is also a member of "Equity Research" (rooms/research/eq.yaml:4) (policy.yaml:9)',
        rule: 'policy.barriers.research-vs-sales',
      });
    },
  );

  it('a mistake in policy.yaml itself is reported at its node, like any file of the tree', async () => {
    dir = writeTree({
      ...DESK,
      'policy.yaml': 'domains: [acme.com]\nlimits:\n  - rooms: rooms/**\n    max-member: 5\n',
    });
    const r = await runCli(['validate', '--dir', dir, '--today', TODAY]);
    expect(r.stdout).toBe(
      'policy.yaml:4:5: error: unknown key "max-member" in limits[0] (did you mean "max-members"?); allowed ' +
        'keys: rooms, max-members, max-transmitters\n' +
        '✗ 1 error in 1 file\n',
    );
    expect(r.code).toBe(1);
  });
});

describe('plan and apply refuse a tree that breaks its policy, before any write', () => {
  it('plan exits 1 with every violation on stderr; apply --auto-approve writes nothing', async () => {
    const started = await simulator(seed);
    sim = started.sim;
    dir = writeTree(broken);
    const plan = await runCli(['plan', '--dir', dir, '--today', TODAY], { env: started.env });
    expect(plan.code).toBe(1);
    expect(plan.stdout).toBe('');
    expect(plan.stderr).toBe(
      `${VIOLATIONS.join('\n')}\n6 errors in the tree; no plan was made and nothing was written to whoot.\n`,
    );
    const apply = await runCli(['apply', '--dir', dir, '--today', TODAY, '--auto-approve'], { env: started.env });
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain(VIOLATIONS[2]);
    expect(writes(started.sim.requestLog)).toEqual([]);
  });

  it('plan --format json lists the violations with their rule on stdout, and still exits 1', async () => {
    const started = await simulator(seed);
    sim = started.sim;
    dir = writeTree(broken);
    const plan = await runCli(['plan', '--dir', dir, '--today', TODAY, '--format', 'json'], { env: started.env });
    expect(plan.code).toBe(1);
    const body = JSON.parse(plan.stdout) as {
      errors: Array<{ file: string; line: number; column: number; rule?: string }>;
    };
    expect(body.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.rule ?? ''}`)).toEqual([
      'rooms/sales/desk.yaml:3:3 policy.required-members',
      'rooms/sales/desk.yaml:3:3 policy.limits',
      'rooms/sales/desk.yaml:5:5 policy.barriers.research-vs-sales',
      'rooms/sales/desk.yaml:5:5 policy.transmit',
      'rooms/sales/desk.yaml:7:5 policy.guests',
      'rooms/sales/desk.yaml:9:5 policy.domains',
    ]);
    expect(writes(started.sim.requestLog)).toEqual([]);
  });

  it('once the tree keeps the policy, plan goes ahead', async () => {
    const started = await simulator(seed);
    sim = started.sim;
    dir = writeTree(DESK);
    const plan = await runCli(['plan', '--dir', dir, '--today', TODAY], { env: started.env });
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('Plan: 2 rooms to change');
  });
});
