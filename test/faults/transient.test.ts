import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RequestLogEntry, SimFaults } from '../../src/sim/types.js';
import { canarySimulator, cleanup, memberPuts, runCli, writeTree, writes } from '../support/cli.js';
import { hostileServer } from '../support/hostile-server.js';
import { liveRooms, makeFloor, putBodyMembers, roomNameOfPath } from '../support/floor.js';

const stops: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

const TODAY = ['--today', '2026-11-27'];
/** A short client timeout, so the injected latency spikes (1.5 s) are timeouts the client must retry. */
const TIMEOUT_MS = 400;
/**
 * The weather: 30% of answers 429 with Retry-After, 10% 503, dropped connections and latency spikes past
 * the timeout. Retry-After is 50 ms (the client honours fractions) to keep the suite fast.
 */
const STORM: SimFaults = {
  p429: 0.3,
  retryAfterSeconds: 0.05,
  p503: 0.1,
  pDrop: 0.05,
  pSpike: 0.05,
  spikeMs: 1500,
  // …and at least one certain timeout per run: the first read of the user list hangs past the timeout.
  rules: [{ method: 'GET', path: '/users', delayMs: 1500, times: 1 }],
};
/**
 * Half the attempts fail in this storm, so the default 6 attempts would give up on some request in most runs:
 * the tuning variables give the retry budget the weather needs (what a user on a bad network would do too).
 */
const TUNING = {
  WHOOT_API_TIMEOUT_MS: String(TIMEOUT_MS),
  WHOOT_API_MAX_ATTEMPTS: '20',
  WHOOT_API_MAX_RETRY_WAIT_MS: '60000',
};

/** What the storm did over this file: every kind must have happened at least once (checked at the end). */
const weather = { injected429: 0, injected503: 0, dropped: 0, timedOut: 0 };
let tallied = 0;
function tally(log: RequestLogEntry[]): void {
  tallied++;
  weather.injected429 += log.filter((e) => e.injected && e.status === 429).length;
  weather.injected503 += log.filter((e) => e.injected && e.status === 503).length;
  weather.dropped += log.filter((e) => e.injected && e.status === 0).length;
  weather.timedOut += log.filter((e) => !e.injected && e.status === 0).length; // cut by the client's timeout
}
afterAll(() => {
  if (tallied < 3) return; // a filtered run (-t) did not run the storm tests
  for (const [kind, n] of Object.entries(weather))
    expect(n, `no ${kind} in the storm: the fault injection did not happen`).toBeGreaterThan(0);
});

async function stormySetup(randomSeed: number) {
  const floor = makeFloor();
  const { sim, env } = await canarySimulator(floor.seed, { randomSeed });
  const dir = writeTree(floor.tree);
  stops.push(
    () => sim.stop(),
    () => cleanup(dir),
  );
  return { floor, sim, env: { ...env, ...TUNING }, dir };
}

describe(
  'transient faults: 30% 429 with Retry-After, 10% 503, dropped connections, latency spikes past the ' + 'timeout',
  () => {
    it.each([11, 29])('plan gives the same plan as without faults (random seed %i)', async (randomSeed) => {
      const { sim, env, dir } = await stormySetup(randomSeed);
      const clean = await runCli('faults/transient clean plan', ['plan', '--dir', dir, '--format', 'json', ...TODAY], {
        env,
      });
      expect(clean.code).toBe(0);
      const cleanRequests = sim.requestLog.length;

      sim.setFaults(STORM);
      sim.requestLog.length = 0;
      const stormy = await runCli(
        'faults/transient stormy plan',
        ['plan', '--dir', dir, '--format', 'json', '--log-level', 'debug', ...TODAY],
        { env },
      );
      expect(stormy.code).toBe(0);
      expect(stormy.stdout).toBe(clean.stdout);
      // The storm really happened: injected 429s, and at least the certain timeout on the user list.
      const log = sim.requestLog;
      tally(log);
      expect(log.filter((e) => e.injected && e.status === 429).length).toBeGreaterThan(0);
      expect(log.filter((e) => e.path === '/users' && !e.injected && e.status === 0)).toHaveLength(1);
      expect(log.length).toBeGreaterThan(cleanRequests);
      expect(stormy.stderr).toContain('retrying whoot api call');
    });

    it(
      'apply converges to exactly the tree, and every PUT (retries included) carries the full desired ' + 'list',
      async () => {
        const { floor, sim, env, dir } = await stormySetup(5);
        sim.setFaults(STORM);
        const applied = await runCli(
          'faults/transient stormy apply',
          ['apply', '--dir', dir, '--auto-approve', '--log-level', 'debug', ...TODAY],
          { env },
        );
        expect(applied.stderr).not.toMatch(/\n\s+at /);
        expect(applied.code).toBe(0);

        // Exactly the desired state: every managed room as in the tree, the unmanaged rooms untouched.
        tally(sim.requestLog);
        expect(liveRooms(sim)).toEqual({ ...floor.desired, ...floor.unmanaged });
        const puts = memberPuts(sim.requestLog);
        expect(new Set(puts.map((p) => roomNameOfPath(sim, p.path)))).toEqual(new Set(Object.keys(floor.desired)));
        expect(puts.length).toBeGreaterThan(Object.keys(floor.desired).length); // some PUTs were retried
        // Never a PUT built from partial data: each attempt's body is the room's whole desired list.
        for (const put of puts)
          expect(putBodyMembers(sim, put.body)).toEqual(floor.desired[roomNameOfPath(sim, put.path)]);
        expect(writes(sim.requestLog).every((e) => e.method === 'PUT')).toBe(true);

        // Converged: a re-plan, still in the storm, has nothing to do, and a second apply writes nothing.
        sim.requestLog.length = 0;
        sim.setFaults(STORM); // rules fire afresh
        const replan = await runCli(
          'faults/transient stormy re-plan',
          ['plan', '--dir', dir, '--detailed-exitcode', ...TODAY],
          { env },
        );
        expect(replan.code).toBe(0);
        const again = await runCli(
          'faults/transient stormy re-apply',
          ['apply', '--dir', dir, '--auto-approve', ...TODAY],
          { env },
        );
        expect(again.code).toBe(0);
        expect(again.stdout).toContain('Nothing to apply');
        expect(writes(sim.requestLog)).toEqual([]);
      },
    );

    it(
      'a room whose writes keep failing is reported with method, path and the last error after the retry budget; ' +
        'the rest converge',
      async () => {
        const { floor, sim, env, dir } = await stormySetup(3);
        const desk3 = sim.snapshot().rooms.find((r) => r.name === 'Desk 03')!.id;
        sim.setFaults({
          rules: [
            {
              method: 'PUT',
              path: `/rooms/${desk3}/members`,
              status: 503,
              message: 'members store is being rebalanced',
              retryAfterSeconds: 0.05,
            },
          ],
        });
        const r = await runCli(
          'faults/transient persistent 503 apply',
          ['apply', '--dir', dir, '--auto-approve', '--format', 'json', ...TODAY],
          {
            env: { ...env, WHOOT_API_MAX_ATTEMPTS: '3' },
          },
        );
        expect(r.code).toBe(1);
        const report = JSON.parse(r.stdout) as {
          applied: Array<{ name: string }>;
          failed: Array<{ name: string; error: string }>;
        };
        expect(report.failed).toEqual([
          {
            id: desk3,
            name: 'Desk 03',
            error:
              `PUT /rooms/${desk3}/members → 503 service_unavailable: members store is being rebalanced (gave ` +
              `up after 3 attempts)`,
          },
        ]);
        expect(report.applied).toHaveLength(9);
        expect(memberPuts(sim.requestLog).filter((p) => p.path === `/rooms/${desk3}/members`)).toHaveLength(3);
        expect(r.stderr).not.toMatch(/\n\s+at /);

        // Once the weather clears, a re-run writes only that room and converges.
        sim.setFaults({});
        sim.requestLog.length = 0;
        const rerun = await runCli(
          'faults/transient clear re-apply',
          ['apply', '--dir', dir, '--auto-approve', ...TODAY],
          {
            env,
          },
        );
        expect(rerun.code).toBe(0);
        expect(writes(sim.requestLog).map((e) => e.path)).toEqual([`/rooms/${desk3}/members`]);
        expect(liveRooms(sim)).toEqual({ ...floor.desired, ...floor.unmanaged });
      },
    );
  },
);

describe('the real rate limit', () => {
  it(
    'a key limited to 10 requests per second: apply at --concurrency 8 paces itself, retries its 429s, and ' +
      'converges',
    async () => {
      const floor = makeFloor();
      const { sim, env } = await canarySimulator(floor.seed, { rateLimit: 10 });
      const dir = writeTree(floor.tree);
      stops.push(
        () => sim.stop(),
        () => cleanup(dir),
      );
      const r = await runCli(
        'faults/rate-limited apply',
        ['apply', '--dir', dir, '--auto-approve', '--concurrency', '8', '--log-level', 'debug', ...TODAY],
        { env },
      );
      expect(r.code).toBe(0);
      expect(liveRooms(sim)).toEqual({ ...floor.desired, ...floor.unmanaged });
      for (const put of memberPuts(sim.requestLog))
        expect(putBodyMembers(sim, put.body)).toEqual(floor.desired[roomNameOfPath(sim, put.path)]);
      // Pacing on RateLimit-Remaining keeps the 429s to the first burst at most, never one per request.
      expect(sim.stats().status429).toBeLessThan(sim.requestLog.length / 2);
    },
  );
});

describe('a write whose answer is lost after whoot applied it', () => {
  it(
    'is retried with the same whole list (PUT is a full replace, so a repeat is harmless), and the run ' + 'converges',
    async () => {
      const floor = makeFloor(3);
      const { sim, env } = await canarySimulator(floor.seed);
      const dir = writeTree(floor.tree);
      stops.push(
        () => sim.stop(),
        () => cleanup(dir),
      );
      let lost = 0;
      // In front of whoot: the first PUT reaches it and is applied, but its answer never comes back.
      const front = await hostileServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          const headers = new Headers();
          for (const [k, v] of Object.entries(req.headers))
            if (typeof v === 'string' && k !== 'host' && k !== 'connection') headers.set(k, v);
          fetch(sim.url + (req.url ?? '/'), {
            method: req.method ?? 'GET',
            headers,
            ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
          })
            .then(async (answer) => {
              const body = Buffer.from(await answer.arrayBuffer());
              if (req.method === 'PUT' && lost++ === 0) return void req.socket.destroy();
              res.writeHead(answer.status, { 'content-type': 'application/json' }).end(body);
            })
            .catch(() => res.writeHead(502).end());
        });
      });
      stops.push(front.stop);
      const r = await runCli(
        'faults/lost answer apply',
        ['apply', '--dir', dir, '--auto-approve', '--format', 'json', '--concurrency', '1', ...TODAY],
        { env: { ...env, WHOOT_API_URL: front.url } },
      );
      expect(r.code).toBe(0);
      const report = JSON.parse(r.stdout) as { applied: Array<{ name: string; warning?: string }> };
      expect(report.applied).toHaveLength(3);
      const puts = memberPuts(sim.requestLog);
      expect(puts).toHaveLength(4); // the lost one, its retry, and the two other rooms
      expect(puts[0]?.path).toBe(puts[1]?.path);
      for (const put of puts)
        expect(putBodyMembers(sim, put.body)).toEqual(floor.desired[roomNameOfPath(sim, put.path)]);
      expect(liveRooms(sim)).toEqual({ ...floor.desired, ...floor.unmanaged });
      // The retry found the room already as the tree says: flagged, but not blamed on someone editing it.
      const warned = report.applied.find((a) => a.warning !== undefined);
      expect(warned?.warning).toContain('whoot reported no change');
      expect(warned?.warning).not.toContain('someone edited it meanwhile');
    },
  );
});
