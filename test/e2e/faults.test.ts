import { afterEach, describe, expect, it } from 'vitest';
import type { SimulatorHandle } from '../../src/sim/types.js';
import { converged, seed, tree } from './fixture.js';
import { cleanup, membersOf, proxy, roomId, runCli, simulator, writes, writeTree } from './helpers.js';

const stops: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

async function setup(files: Record<string, string> = tree, opts: Parameters<typeof simulator>[1] = {}) {
  const started = await simulator(seed, opts);
  const dir = writeTree(files);
  stops.push(
    () => started.sim.stop(),
    () => cleanup(dir),
  );
  return { sim: started.sim, env: started.env, dir };
}

/** Every room of the fixture changes, so an apply has four rooms to write. */
const allChanged = {
  ...tree,
  'rooms/rates.yaml':
    'name: Rates\nmembers:\n  - user: erin@acme.com\n    tx: true\n  - frank@acme.com\n  - grace@acme.com\n',
  'rooms/credit.yaml':
    'name: Credit\nmembers:\n  - grace@acme.com\n  - user: heidi@acme.com\n    tx: true\n  - alice@acme.com\n',
};

const allConverged = {
  ...converged,
  Rates: ['erin@acme.com (tx)', 'frank@acme.com', 'grace@acme.com'],
  Credit: ['alice@acme.com', 'grace@acme.com', 'heidi@acme.com (tx)'],
};

function expectConverged(sim: SimulatorHandle, expected: Record<string, string[]>) {
  for (const [room, members] of Object.entries(expected)) expect(membersOf(sim, room)).toEqual(members);
}

describe('permanent failures mid-apply', () => {
  it(
    'applies the other rooms, reports the failed ones with the server message, exits 1, and a re-run applies ' +
      'only what is left',
    async () => {
      const { sim, env, dir } = await setup(allChanged);
      const fx = roomId(sim, 'FX');
      const rates = roomId(sim, 'Rates');
      let failing = true;
      const front = await proxy(sim.url, {
        answer: (method, path) => {
          if (!failing || method !== 'PUT') return undefined;
          if (path === `/rooms/${fx}/members`)
            return { status: 403, body: { error: { code: 'forbidden', message: 'this key may not edit FX' } } };
          if (path === `/rooms/${rates}/members`)
            return { status: 422, body: { error: { code: 'unknown_user', message: 'user_id 42 does not exist' } } };
          return undefined;
        },
      });
      stops.push(front.stop);
      const viaProxy = { ...env, WHOOT_API_URL: front.url };

      const r = await runCli(['apply', '--dir', dir, '--auto-approve', '--format', 'json'], { env: viaProxy });
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout) as {
        applied: Array<{ name: string }>;
        failed: Array<{ id: string; name: string; error: string }>;
      };
      expect(report.applied.map((a) => a.name)).toEqual(['Credit', 'Equities']);
      expect(report.failed).toEqual([
        { id: fx, name: 'FX', error: `PUT /rooms/${fx}/members → 403 forbidden: this key may not edit FX` },
        {
          id: rates,
          name: 'Rates',
          error: `PUT /rooms/${rates}/members → 422 unknown_user: user_id 42 does not exist`,
        },
      ]);
      expect(r.stderr).not.toMatch(/\n\s+at /); // an expected failure, not a stack trace

      failing = false;
      sim.requestLog.length = 0;
      const rerun = await runCli(['apply', '--dir', dir, '--auto-approve'], { env: viaProxy });
      expect(rerun.code).toBe(0);
      expect(
        writes(sim.requestLog)
          .map((e) => e.path)
          .sort(),
      ).toEqual([`/rooms/${fx}/members`, `/rooms/${rates}/members`].sort());
      expectConverged(sim, allConverged);
    },
  );
});

describe('live state changing between plan and apply', () => {
  it(
    'skips an authoritative room edited in the console after the plan read it (exit 1); the edit is ' + 'kept',
    async () => {
      const { sim, env, dir } = await setup();
      const eq = roomId(sim, 'Equities');
      let edited = false;
      const front = await proxy(sim.url, {
        after: (method, path) => {
          // Right after apply has read Equities, a console edit adds frank: a PUT from the plan would remove him.
          if (!edited && method === 'GET' && path === `/rooms/${eq}/members`) {
            edited = true;
            sim.consoleEdit('Equities', [
              { email: 'alice@acme.com', tx: true },
              { email: 'bob@acme.com' },
              { email: 'carol@acme.com' },
              { email: 'frank@acme.com' },
            ]);
          }
        },
      });
      stops.push(front.stop);
      const r = await runCli(['apply', '--dir', dir, '--auto-approve', '--format', 'json'], {
        env: { ...env, WHOOT_API_URL: front.url },
      });
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout) as {
        applied: Array<{ name: string }>;
        skipped: Array<{ name: string; reason: string; message: string }>;
      };
      expect(report.skipped).toEqual([expect.objectContaining({ name: 'Equities', reason: 'changed_since_plan' })]);
      expect(report.skipped[0]?.message).toContain('frank@acme.com (listen) appeared');
      expect(writes(sim.requestLog).map((e) => e.path)).not.toContain(`/rooms/${eq}/members`);
      expect(membersOf(sim, 'Equities')).toContain('frank@acme.com');
      const { Equities: _kept, ...others } = converged;
      expectConverged(sim, others);
    },
  );

  it('re-plans an additive room edited in the console after the plan read it, and keeps the edit', async () => {
    const additive = { ...tree, 'rooms/equities.yaml': `mode: additive\n${tree['rooms/equities.yaml']}` };
    const { sim, env, dir } = await setup(additive);
    const eq = roomId(sim, 'Equities');
    let edited = false;
    const before = membersOf(sim, 'Equities');
    const front = await proxy(sim.url, {
      after: (method, path) => {
        if (!edited && method === 'GET' && path === `/rooms/${eq}/members`) {
          edited = true;
          const now = sim.snapshot();
          const byId = new Map(now.users.map((u) => [u.id, u.email]));
          const current = (now.members[eq] ?? []).map((m) => ({ email: byId.get(m.user_id)!, tx: m.tx_permission }));
          sim.consoleEdit('Equities', [...current, { email: 'frank@acme.com' }]);
        }
      },
    });
    stops.push(front.stop);
    const r = await runCli(['apply', '--dir', dir, '--auto-approve', '--format', 'json'], {
      env: { ...env, WHOOT_API_URL: front.url },
    });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { applied: Array<{ name: string; warning?: string }> };
    expect(report.applied.find((a) => a.name === 'Equities')?.warning).toMatch(
      /changed since plan \(frank@acme\.com \(listen\) appeared\)/,
    );
    const after = membersOf(sim, 'Equities');
    expect(after).toContain('frank@acme.com');
    for (const m of before) expect(after.map((x) => x.replace(' (tx)', ''))).toContain(m.replace(' (tx)', ''));
  });

  it('stops before any write when a member list holds fewer than its total (a truncating proxy)', async () => {
    const { sim, env, dir } = await setup();
    const eq = roomId(sim, 'Equities');
    sim.setFaults({ rules: [{ method: 'GET', path: `/rooms/${eq}/members`, truncate: 1 }] });
    const r = await runCli(['apply', '--dir', dir, '--auto-approve'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `GET /rooms/${eq}/members → 200 inconsistent_pagination: read 1 distinct members but the API reports a ` +
        `total of 3`,
    );
    expect(writes(sim.requestLog)).toEqual([]);
  });

  it('never writes a room whose member list disagrees with its member_count (a bare, shortened array)', async () => {
    const { sim, env, dir } = await setup();
    const eq = roomId(sim, 'Equities');
    sim.setFaults({ rules: [{ method: 'GET', path: `/rooms/${eq}/members`, truncate: 1, bareArray: true }] });
    const r = await runCli(['apply', '--dir', dir, '--auto-approve', '--format', 'json'], { env });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { skipped: Array<{ name: string; reason: string; message: string }> };
    expect(report.skipped.map((f) => [f.name, f.reason])).toEqual([['Equities', 'errored']]);
    expect(report.skipped[0]?.message).toMatch(/member list incomplete: read 1 of 3 members/);
    expect(writes(sim.requestLog).map((e) => e.path)).not.toContain(`/rooms/${eq}/members`);
    const { Equities: _kept, ...others } = converged;
    expectConverged(sim, others);
  });
});

describe('interruption', () => {
  it(
    'on SIGTERM stops starting rooms, lets the write in flight finish, reports, exits non-zero; a re-run ' +
      'converges',
    async () => {
      const { sim, env, dir } = await setup(allChanged, { latencyMs: 300 });
      let pid: number | undefined;
      let signalled = false;
      const front = await proxy(sim.url, {
        answer: (method) => {
          // The first PUT has just left the CLI and the simulator will take 300 ms: it is in flight now.
          if (method === 'PUT' && !signalled && pid !== undefined) {
            signalled = true;
            process.kill(pid, 'SIGTERM');
          }
          return undefined;
        },
      });
      stops.push(front.stop);
      const viaProxy = { ...env, WHOOT_API_URL: front.url };
      const r = await runCli(['apply', '--dir', dir, '--auto-approve', '--concurrency', '1'], {
        env: viaProxy,
        onSpawn: (p) => (pid = p),
      });

      expect(signalled).toBe(true);
      expect(r.code).toBe(143);
      expect(r.stderr).toContain('SIGTERM received: no new rooms will be started');
      expect(r.stderr).toContain('apply was interrupted by SIGTERM: 1 room(s) applied, 3 not started');
      expect(r.stdout.match(/skipped .*: interrupted: not started: apply was interrupted/g)).toHaveLength(3);
      // The write in flight was let finish: it reached whoot and was answered.
      expect(writes(sim.requestLog).map((e) => e.status)).toEqual([200]);

      sim.requestLog.length = 0;
      const rerun = await runCli(['apply', '--dir', dir, '--auto-approve', '--concurrency', '4'], { env });
      expect(rerun.code).toBe(0);
      expect(writes(sim.requestLog)).toHaveLength(3); // only the rooms the interrupted run had not started
      expectConverged(sim, allConverged);
    },
  );

  it('on SIGINT while reading live state writes nothing and exits 130', async () => {
    const { sim, env, dir } = await setup(allChanged, { latencyMs: 200 });
    let pid: number | undefined;
    let signalled = false;
    const front = await proxy(sim.url, {
      answer: (method, path) => {
        if (method === 'GET' && path.endsWith('/members') && !signalled && pid !== undefined) {
          signalled = true;
          process.kill(pid, 'SIGINT');
        }
        return undefined;
      },
    });
    stops.push(front.stop);
    const r = await runCli(['apply', '--dir', dir, '--auto-approve', '--concurrency', '1'], {
      env: { ...env, WHOOT_API_URL: front.url },
      onSpawn: (p) => (pid = p),
    });
    expect(signalled).toBe(true);
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('interrupted by SIGINT while reading live state: nothing was written');
    expect(writes(sim.requestLog)).toEqual([]);
  });
});
