import { afterEach, describe, expect, it } from 'vitest';
import type { SimulatorHandle } from '../../src/sim/types.js';
import { canarySimulator, cleanup, memberPuts, runCli, writeTree, writes } from '../support/cli.js';
import { liveRooms, makeFloor, putBodyMembers, roomNameOfPath } from '../support/floor.js';

const stops: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

const TODAY = ['--today', '2026-11-27'];
const ROOMS = 10;
const EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

interface JsonReport {
  applied: Array<{ id: string; name: string }>;
  skipped: Array<{ id: string; name: string; reason: string }>;
  failed: Array<{ id: string; name: string; error: string }>;
  summary: { applied: number; skipped: number; failed: number; interrupted: boolean };
}

/**
 * Apply 10 changed rooms one at a time against a slow simulator (400 ms per write), and send `signal` while
 * the second PUT is in flight: once the first PUT has been answered, the next request the simulator holds is
 * the second PUT (every read came before the first write).
 */
async function interruptedApply(signal: 'SIGINT' | 'SIGTERM') {
  const floor = makeFloor(ROOMS);
  let pid: number | undefined;
  let sent = false;
  let watch: NodeJS.Timeout | undefined;
  const handle: { sim?: SimulatorHandle } = {};
  const { sim, env } = await canarySimulator(floor.seed, {
    // Slow writes (reads stay quick, to keep the suite short): a delay-only rule, then the normal answer.
    faults: { rules: [{ method: 'PUT', path: '/rooms/*', delayMs: 400 }] },
    onRequest: (e) => {
      if (e.method !== 'PUT' || watch !== undefined) return;
      watch = setInterval(() => {
        if (sent || pid === undefined || (handle.sim?.stats().inFlight ?? 0) === 0) return;
        sent = true;
        clearInterval(watch);
        process.kill(pid, signal);
      }, 5);
    },
  });
  handle.sim = sim;
  stops.push(() => clearInterval(watch));
  const dir = writeTree(floor.tree);
  stops.push(
    () => sim.stop(),
    () => cleanup(dir),
  );
  const r = await runCli(
    `faults/interrupt ${signal} apply`,
    [
      'apply',
      '--dir',
      dir,
      '--auto-approve',
      '--concurrency',
      '1',
      '--format',
      'json',
      '--log-level',
      'debug',
      ...TODAY,
    ],
    {
      env,
      onSpawn: (p) => (pid = p),
    },
  );
  return { floor, sim, env, dir, r, sent };
}

describe.each(['SIGINT', 'SIGTERM'] as const)('%s during apply', (signal) => {
  it(
    'stops starting writes, lets the one in flight finish, reports applied and not applied, exits non-zero; a ' +
      're-run converges',
    async () => {
      const { floor, sim, env, dir, r, sent } = await interruptedApply(signal);
      expect(sent).toBe(true);
      expect(r.signal).toBeNull(); // it exited by itself, after reporting
      expect(r.code).toBe(EXIT[signal]);
      expect(r.stderr).toContain(`${signal} received: no new rooms will be started`);

      const report = JSON.parse(r.stdout) as JsonReport;
      expect(report.summary.interrupted).toBe(true);
      const notStarted = report.skipped.filter((s) => s.reason.includes('interrupted'));
      // Every room is accounted for: applied, or reported as not started. None silently lost.
      expect(report.applied.length + notStarted.length + report.failed.length).toBe(ROOMS);
      expect(report.failed).toEqual([]);
      expect(report.applied.length).toBeGreaterThanOrEqual(2); // the first, and the one in flight at the signal
      expect(notStarted.length).toBeGreaterThanOrEqual(1);
      expect(r.stderr).toContain(
        `apply was interrupted by ${signal}: ${report.applied.length} room(s) applied, ${notStarted.length} not ` +
          `started. Re-run apply to converge.`,
      );

      // Writes in flight were let finish, not cut: every PUT that reached whoot was answered, and whoot holds
      // exactly the applied rooms' desired lists; the not-started rooms got no request at all.
      const puts = memberPuts(sim.requestLog);
      expect(puts.map((p) => p.status)).toEqual(puts.map(() => 200));
      expect(puts.map((p) => roomNameOfPath(sim, p.path)).sort()).toEqual(report.applied.map((a) => a.name).sort());
      for (const put of puts)
        expect(putBodyMembers(sim, put.body)).toEqual(floor.desired[roomNameOfPath(sim, put.path)]);
      const live = liveRooms(sim);
      for (const a of report.applied) expect(live[a.name]).toEqual(floor.desired[a.name]);
      for (const s of notStarted) expect(live[s.name]).not.toEqual(floor.desired[s.name]);

      // A re-run writes exactly the rooms not started, and converges.
      sim.requestLog.length = 0;
      const rerun = await runCli(
        `faults/interrupt ${signal} re-apply`,
        ['apply', '--dir', dir, '--auto-approve', '--concurrency', '4', ...TODAY],
        { env },
      );
      expect(rerun.code).toBe(0);
      expect(
        memberPuts(sim.requestLog)
          .map((p) => roomNameOfPath(sim, p.path))
          .sort(),
      ).toEqual(notStarted.map((s) => s.name).sort());
      expect(writes(sim.requestLog)).toHaveLength(notStarted.length);
      expect(liveRooms(sim)).toEqual({ ...floor.desired, ...floor.unmanaged });
    },
  );
});

describe('a second signal while writes are in flight', () => {
  it('exits at once (130), says the writes in flight may or may not have landed; a re-run converges', async () => {
    const floor = makeFloor(4);
    let pid: number | undefined;
    let signals = 0;
    const { sim, env } = await canarySimulator(floor.seed, {
      // A write that hangs: the first SIGINT waits for it, the second one does not.
      faults: { rules: [{ method: 'PUT', path: '/rooms/*', delayMs: 20_000 }] },
    });
    const dir = writeTree(floor.tree);
    stops.push(
      () => sim.stop(),
      () => cleanup(dir),
    );
    const timer = setInterval(() => {
      // Once the first PUT is in flight (the simulator holds it), press Ctrl-C twice.
      const membersRead = sim.requestLog.filter((e) => e.method === 'GET' && e.path.endsWith('/members')).length;
      if (pid === undefined || membersRead < 4 || sim.stats().inFlight === 0) return;
      if (signals < 2) {
        signals++;
        process.kill(pid, 'SIGINT');
      }
    }, 150);
    try {
      const r = await runCli(
        'faults/interrupt double SIGINT apply',
        ['apply', '--dir', dir, '--auto-approve', '--concurrency', '1', ...TODAY],
        { env, onSpawn: (p) => (pid = p) },
      );
      expect(signals).toBe(2);
      expect(r.code).toBe(130);
      expect(r.stderr).toContain('SIGINT received: no new rooms will be started');
      expect(r.stderr).toContain(
        'SIGINT again: exiting now; writes in flight may or may not have landed. Re-run apply to converge.',
      );
    } finally {
      clearInterval(timer);
    }
    sim.setFaults({});
    const rerun = await runCli(
      'faults/interrupt double SIGINT re-apply',
      ['apply', '--dir', dir, '--auto-approve', ...TODAY],
      { env },
    );
    expect(rerun.code).toBe(0);
    expect(liveRooms(sim)).toEqual({ ...floor.desired, ...floor.unmanaged });
  });
});
