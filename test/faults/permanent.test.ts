import { afterEach, describe, expect, it } from 'vitest';
import { canarySimulator, cleanup, memberPuts, runCli, writeTree, writes } from '../support/cli.js';
import { liveRooms, makeFloor, putBodyMembers, roomNameOfPath } from '../support/floor.js';

const stops: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

const TODAY = ['--today', '2026-11-27'];

interface JsonReport {
  applied: Array<{ id: string; name: string }>;
  skipped: Array<{ id: string; name: string; reason: string }>;
  failed: Array<{ id: string; name: string; error: string }>;
  summary: { applied: number; skipped: number; failed: number; interrupted: boolean };
}

async function setup() {
  const floor = makeFloor(6);
  const { sim, env } = await canarySimulator(floor.seed);
  const dir = writeTree(floor.tree);
  stops.push(
    () => sim.stop(),
    () => cleanup(dir),
  );
  const idOf = (name: string) => sim.snapshot().rooms.find((r) => r.name === name)!.id;
  return { floor, sim, env, dir, idOf };
}

describe('permanent failures mid-apply (403 on one room, 422 on another)', () => {
  it(
    'applies every other room, reports the failed ones with the server message, exits 1; a re-run applies only ' +
      'what is still different',
    async () => {
      const { floor, sim, env, dir, idOf } = await setup();
      const [d2, d5] = [idOf('Desk 02'), idOf('Desk 05')];
      sim.setFaults({
        rules: [
          {
            method: 'PUT',
            path: `/rooms/${d2}/members`,
            status: 403,
            code: 'forbidden',
            message: 'this key may not manage Desk 02 (restricted by compliance)',
          },
          {
            method: 'PUT',
            path: `/rooms/${d5}/members`,
            status: 422,
            code: 'unknown_user',
            message: 'user_id 0000-dead does not exist',
          },
        ],
      });
      const r = await runCli(
        'faults/permanent apply',
        ['apply', '--dir', dir, '--auto-approve', '--format', 'json', '--log-level', 'debug', ...TODAY],
        { env },
      );
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout) as JsonReport;
      expect(report.failed).toEqual([
        {
          id: d2,
          name: 'Desk 02',
          error: `PUT /rooms/${d2}/members → 403 forbidden: this key may not manage Desk 02 (restricted by compliance)`,
        },
        {
          id: d5,
          name: 'Desk 05',
          error: `PUT /rooms/${d5}/members → 422 unknown_user: user_id 0000-dead does not exist`,
        },
      ]);
      expect(report.applied.map((a) => a.name).sort()).toEqual(['Desk 01', 'Desk 03', 'Desk 04', 'Desk 06']);
      expect(report.summary).toMatchObject({ applied: 4, failed: 2, interrupted: false });
      expect(r.stderr).not.toMatch(/\n\s+at /); // an expected failure, not a stack trace
      // Permanent answers are not retried: one PUT per failed room.
      expect(memberPuts(sim.requestLog).filter((p) => p.path.includes(d2) || p.path.includes(d5))).toHaveLength(2);
      // The failed rooms are as they were; the others are done.
      const live = liveRooms(sim);
      for (const name of ['Desk 01', 'Desk 03', 'Desk 04', 'Desk 06']) expect(live[name]).toEqual(floor.desired[name]);
      for (const name of ['Desk 02', 'Desk 05']) expect(live[name]).not.toEqual(floor.desired[name]);

      // The text report names them too, with the server's message.
      sim.requestLog.length = 0;
      const text = await runCli('faults/permanent apply text', ['apply', '--dir', dir, '--auto-approve', ...TODAY], {
        env,
      });
      expect(text.code).toBe(1);
      expect(text.stdout + text.stderr).toContain(
        '403 forbidden: this key may not manage Desk 02 (restricted by compliance)',
      );
      expect(text.stdout + text.stderr).toContain('422 unknown_user: user_id 0000-dead does not exist');
      expect(
        writes(sim.requestLog)
          .map((e) => e.path)
          .sort(),
      ).toEqual([`/rooms/${d2}/members`, `/rooms/${d5}/members`].sort());

      // Fixed on the server side: a re-run writes exactly the two rooms still different, with whole lists.
      sim.setFaults({});
      sim.requestLog.length = 0;
      const rerun = await runCli('faults/permanent re-apply', ['apply', '--dir', dir, '--auto-approve', ...TODAY], {
        env,
      });
      expect(rerun.code).toBe(0);
      const puts = memberPuts(sim.requestLog);
      expect(puts.map((p) => roomNameOfPath(sim, p.path)).sort()).toEqual(['Desk 02', 'Desk 05']);
      for (const put of puts)
        expect(putBodyMembers(sim, put.body)).toEqual(floor.desired[roomNameOfPath(sim, put.path)]);
      expect(liveRooms(sim)).toEqual({ ...floor.desired, ...floor.unmanaged });
    },
  );

  it(
    'a key revoked mid-apply (401 on the writes) fails every remaining room with the message, never echoing ' +
      'the key',
    async () => {
      const { sim, env, dir } = await setup();
      sim.setFaults({
        rules: [
          {
            method: 'PUT',
            path: '/rooms/*',
            status: 401,
            code: 'invalid_token',
            message: 'the API key is invalid or revoked',
          },
        ],
      });
      const r = await runCli(
        'faults/permanent revoked apply',
        ['apply', '--dir', dir, '--auto-approve', '--format', 'json', '--log-level', 'debug', ...TODAY],
        { env },
      );
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout) as JsonReport;
      expect(report.applied).toEqual([]);
      expect(report.failed).toHaveLength(6);
      for (const f of report.failed)
        expect(f.error).toMatch(/^PUT \/rooms\/[^/]+\/members → 401 invalid_token: the API key is invalid or revoked$/);
      expect(r.stdout + r.stderr).not.toContain(env.WHOOT_API_TOKEN);
    },
  );
});
