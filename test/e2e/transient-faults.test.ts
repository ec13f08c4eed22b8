import { afterEach, describe, expect, it } from 'vitest';
import { seed, tree, converged } from './fixture.js';
import { cleanup, membersOf, roomId, runCli, simulator, writes, writeTree } from './helpers.js';

const stops: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

describe('transient faults (429, 503, dropped connections)', () => {
  it(
    'plan gives the same plan as without faults, and apply converges with every PUT carrying the full desired ' +
      'list',
    async () => {
      const { sim, env } = await simulator(seed, { randomSeed: 7 });
      const dir = writeTree(tree);
      stops.push(
        () => sim.stop(),
        () => cleanup(dir),
      );
      const clean = await runCli(['plan', '--dir', dir, '--format', 'json'], { env });
      expect(clean.code).toBe(0);

      sim.setFaults({ p429: 0.15, p503: 0.2, pDrop: 0.05, retryAfterSeconds: 0 });
      sim.requestLog.length = 0;
      const faulty = await runCli(['plan', '--dir', dir, '--format', 'json'], { env });
      expect(faulty.stderr).toBe('');
      expect(faulty.stdout).toBe(clean.stdout);
      expect(sim.requestLog.some((e) => e.injected)).toBe(true); // the faults really happened

      const applied = await runCli(['apply', '--dir', dir, '--auto-approve'], { env: { ...env, LOG_LEVEL: 'error' } });
      expect(applied.code).toBe(0);
      for (const [room, members] of Object.entries(converged)) expect(membersOf(sim, room)).toEqual(members);
      const ids = new Map(sim.snapshot().users.map((u) => [u.id, u.email]));
      for (const put of writes(sim.requestLog).filter((e) => e.method === 'PUT')) {
        const name = ['Equities', 'FX'].find((n) => put.path === `/rooms/${roomId(sim, n)}/members`) ?? '?';
        const body = (put.body as { members: Array<{ user_id: string; tx_permission: boolean }> }).members;
        expect(body.map((m) => `${ids.get(m.user_id)}${m.tx_permission ? ' (tx)' : ''}`).sort()).toEqual(
          converged[name],
        );
      }
    },
  );
});
