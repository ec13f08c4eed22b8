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
  stops.push(() => started.sim.stop(), () => cleanup(dir));
  return { sim: started.sim, env: started.env, dir };
}

/** Every room of the fixture changes, so an apply has four rooms to write. */
const allChanged = {
  ...tree,
  'rooms/rates.yaml': 'name: Rates\nmembers:\n  - user: erin@acme.com\n    tx: true\n  - frank@acme.com\n  - grace@acme.com\n',
  'rooms/credit.yaml': 'name: Credit\nmembers:\n  - grace@acme.com\n  - user: heidi@acme.com\n    tx: true\n  - alice@acme.com\n',
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
  it('applies the other rooms, reports the failed ones with the server message, exits 1, and a re-run applies only what is left', async () => {
    const { sim, env, dir } = await setup(allChanged);
    const fx = roomId(sim, 'FX');
    const rates = roomId(sim, 'Rates');
    let failing = true;
    const front = await proxy(sim.url, {
      answer: (method, path) => {
        if (!failing || method !== 'PUT') return undefined;
        if (path === `/rooms/${fx}/members`) return { status: 403, body: { error: { code: 'forbidden', message: 'this key may not edit FX' } } };
        if (path === `/rooms/${rates}/members`) return { status: 422, body: { error: { code: 'unknown_user', message: 'user_id 42 does not exist' } } };
        return undefined;
      },
    });
    stops.push(front.stop);
    const viaProxy = { ...env, WHOOT_API_URL: front.url };

    const r = await runCli(['apply', '--dir', dir, '--auto-approve', '--format', 'json'], { env: viaProxy });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { applied: Array<{ name: string }>; failed: Array<{ id: string; name: string; error: string }> };
    expect(report.applied.map((a) => a.name)).toEqual(['Credit', 'Equities']);
    expect(report.failed).toEqual([
      { id: fx, name: 'FX', error: `PUT /rooms/${fx}/members → 403 forbidden: this key may not edit FX` },
      { id: rates, name: 'Rates', error: `PUT /rooms/${rates}/members → 422 unknown_user: user_id 42 does not exist` },
    ]);
    expect(r.stderr).not.toMatch(/\n\s+at /); // an expected failure, not a stack trace

    failing = false;
    sim.requestLog.length = 0;
    const rerun = await runCli(['apply', '--dir', dir, '--auto-approve'], { env: viaProxy });
    expect(rerun.code).toBe(0);
    expect(writes(sim.requestLog).map((e) => e.path).sort()).toEqual([`/rooms/${fx}/members`, `/rooms/${rates}/members`].sort());
    expectConverged(sim, allConverged);
  });
});

describe('live state changing between plan and apply', () => {
  it('warns on the room when the PUT counts differ from the plan (someone edited it meanwhile)', async () => {
    const { sim, env, dir } = await setup();
    const eq = roomId(sim, 'Equities');
    let edited = false;
    const front = await proxy(sim.url, {
      after: (method, path) => {
        // Right after apply has read Equities, a console edit adds frank: the PUT then removes him too.
        if (!edited && method === 'GET' && path === `/rooms/${eq}/members`) {
          edited = true;
          sim.consoleEdit('Equities', [{ email: 'alice@acme.com', tx: true }, { email: 'bob@acme.com' }, { email: 'carol@acme.com' }, { email: 'frank@acme.com' }]);
        }
      },
    });
    stops.push(front.stop);
    const r = await runCli(['apply', '--dir', dir, '--auto-approve', '--format', 'json'], { env: { ...env, WHOOT_API_URL: front.url } });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { applied: Array<{ name: string; warning?: string; members_removed: number }> };
    const equities = report.applied.find((a) => a.name === 'Equities');
    expect(equities?.members_removed).toBe(2);
    expect(equities?.warning).toContain('the plan expected +1 ~1 -1');
    expect(r.stderr).toContain('member counts differ from the plan');
    expectConverged(sim, converged);
  });
});

describe('interruption', () => {
  it('on SIGTERM stops starting rooms, lets the write in flight finish, reports, exits non-zero; a re-run converges', async () => {
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
    const r = await runCli(['apply', '--dir', dir, '--auto-approve', '--concurrency', '1'], { env: viaProxy, onSpawn: (p) => (pid = p) });

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
  });

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
    const r = await runCli(['apply', '--dir', dir, '--auto-approve', '--concurrency', '1'], { env: { ...env, WHOOT_API_URL: front.url }, onSpawn: (p) => (pid = p) });
    expect(signalled).toBe(true);
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('interrupted by SIGINT while reading live state: nothing was written');
    expect(writes(sim.requestLog)).toEqual([]);
  });
});
