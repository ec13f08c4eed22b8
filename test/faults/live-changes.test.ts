import { afterEach, describe, expect, it } from 'vitest';
import { canarySimulator, cleanup, memberPuts, runCli, writeTree } from '../support/cli.js';
import { liveRooms, makeFloor, roomNameOfPath } from '../support/floor.js';

const stops: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

const TODAY = ['--today', '2026-11-27'];

interface JsonReport {
  applied: Array<{ id: string; name: string }>;
  skipped: Array<{ id: string; name: string; reason: string }>;
  failed: Array<{ id: string; name: string; error: string }>;
}

async function setup() {
  const floor = makeFloor(6);
  const { sim, env } = await canarySimulator(floor.seed);
  const dir = writeTree(floor.tree);
  stops.push(
    () => sim.stop(),
    () => cleanup(dir),
  );
  return { floor, sim, env, dir };
}

describe('live state changing between plan and apply', () => {
  it(
    'a console edit after apply read the room: the room is skipped as changed since plan, the edit kept, exit ' + '1',
    async () => {
      const floor = makeFloor(3);
      let edit: (() => void) | undefined;
      const { sim, env } = await canarySimulator(floor.seed, {
        // Right after apply has read Desk 02's members, someone adds a trader in the console.
        onRequest: (e) => {
          if (e.method === 'GET' && e.path === `/rooms/${desk2Id()}/members` && edit) {
            edit();
            edit = undefined;
          }
        },
      });
      const desk2Id = () => sim.snapshot().rooms.find((r) => r.name === 'Desk 02')!.id;
      const dir = writeTree(floor.tree);
      stops.push(
        () => sim.stop(),
        () => cleanup(dir),
      );
      const before = sim.snapshot();
      const emails = new Map(before.users.map((u) => [u.id, u.email]));
      const current = (before.members[desk2Id()] ?? []).map((m) => ({
        email: emails.get(m.user_id)!,
        tx: m.tx_permission,
      }));
      edit = () => sim.consoleEdit('Desk 02', [...current, { email: 'trader200@acme.com' }]);

      const r = await runCli(
        'faults/drift race apply',
        ['apply', '--dir', dir, '--auto-approve', '--format', 'json', ...TODAY],
        { env },
      );
      expect(edit).toBeUndefined(); // the edit happened
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout) as JsonReport & { skipped: Array<{ message: string; changed?: unknown }> };
      // The removal of trader200 was never shown to anyone: nothing is written to Desk 02.
      expect(report.skipped.map((s) => [s.name, s.reason])).toEqual([['Desk 02', 'changed_since_plan']]);
      expect(report.skipped[0]?.changed).toEqual({
        appeared: ['trader200@acme.com (listen)'],
        disappeared: [],
        changed: [],
      });
      expect(report.skipped[0]?.message).toMatch(
        /^changed since plan: trader200@acme\.com \(listen\) appeared after the plan read it; .*nothing was written/,
      );
      expect(memberPuts(sim.requestLog).map((p) => roomNameOfPath(sim, p.path))).not.toContain('Desk 02');
      expect(liveRooms(sim)['Desk 02']).toContain('trader200@acme.com');
      expect(report.applied.map((a) => a.name).sort()).toEqual(['Desk 01', 'Desk 03']);
      for (const name of ['Desk 01', 'Desk 03']) expect(liveRooms(sim)[name]).toEqual(floor.desired[name]);
    },
  );

  it(
    'with a reviewed plan file, a room edited in the console after review is skipped (exit 1) and the others ' +
      'applied',
    async () => {
      const { floor, sim, env, dir } = await setup();
      const planFile = `${dir}/reviewed-plan.json`;
      const planned = await runCli('faults/drift reviewed plan', ['plan', '--dir', dir, '--out', planFile, ...TODAY], {
        env,
      });
      expect(planned.code).toBe(0);

      // After review, someone edits Desk 04 in the console: what apply would now write is not what was reviewed.
      sim.consoleEdit('Desk 04', [{ email: 'trader100@acme.com', tx: true }]);
      sim.requestLog.length = 0;
      const r = await runCli(
        'faults/drift reviewed apply',
        ['apply', '--dir', dir, '--plan-file', planFile, '--auto-approve', '--format', 'json', ...TODAY],
        { env },
      );
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout) as JsonReport;
      expect(report.skipped.map((s) => s.name)).toEqual(['Desk 04']);
      expect(report.skipped[0]?.reason).toMatch(/review/);
      expect(report.applied.map((a) => a.name).sort()).toEqual(['Desk 01', 'Desk 02', 'Desk 03', 'Desk 05', 'Desk 06']);
      expect(memberPuts(sim.requestLog).map((p) => roomNameOfPath(sim, p.path))).not.toContain('Desk 04');
      expect(liveRooms(sim)['Desk 04']).toEqual(['trader100@acme.com (tx)']); // untouched
      for (const name of ['Desk 01', 'Desk 02', 'Desk 03', 'Desk 05', 'Desk 06'])
        expect(liveRooms(sim)[name]).toEqual(floor.desired[name]);
    },
  );
});
