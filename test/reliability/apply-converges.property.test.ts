import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { executePlan, planTree, type ConnectionSettings } from '../../src/engine.js';
import { silentLogger } from '../../src/log.js';
import { startSimulator } from '../../src/sim/index.js';
import type { SimSeed } from '../../src/sim/seed-types.js';
import { CANARY_TOKEN } from '../support/captures.js';
import { ALL_SCOPES, cleanup, memberPuts, writeTree } from '../support/cli.js';
import { liveRooms, putBodyMembers, roomNameOfPath } from '../support/floor.js';

/**
 * The convergence property end to end: for random live and desired states, the real engine (loader, live
 * reader, planner, executor, HTTP client) against the simulator, with random 429s on the way, leaves whoot
 * exactly as the tree says; every PUT carries the room's whole desired list; re-planning is empty; rooms
 * the tree does not name are untouched. (test/plan/properties.test.ts proves the same of the pure planner
 * by applying its PUT bodies to a model, over many more runs.)
 */
const EMAILS = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi'].map((n) => `${n}@acme.com`);
const ROOMS = ['Equities', 'Rates', 'FX', 'Credit', 'Metals'];
const show = (m: { email: string; tx: boolean }) => `${m.email.toLowerCase()}${m.tx ? ' (tx)' : ''}`;

const members = fc.uniqueArray(fc.record({ user: fc.integer({ min: 0, max: EMAILS.length - 1 }), tx: fc.boolean() }), {
  selector: (m) => m.user,
  maxLength: EMAILS.length,
});
const upperSome = (s: string) =>
  fc
    .array(fc.boolean(), { minLength: s.length, maxLength: s.length })
    .map((f) => [...s].map((c, i) => (f[i] ? c.toUpperCase() : c)).join(''));

const scenario = fc
  .record({
    live: fc.array(members, { minLength: ROOMS.length, maxLength: ROOMS.length }),
    /** per room: undefined = not in the tree (unmanaged), else its desired members */
    desired: fc.array(fc.option(members, { nil: undefined }), { minLength: ROOMS.length, maxLength: ROOMS.length }),
    p429: fc.constantFrom(0, 0.2),
    randomSeed: fc.nat(1000),
    concurrency: fc.integer({ min: 1, max: 4 }),
  })
  .filter((s) => s.desired.some((d) => d !== undefined))
  .chain((s) =>
    // Emails as written in the tree: any case (matching is case-insensitive).
    fc
      .tuple(...s.desired.map((d) => fc.tuple(...(d ?? []).map((m) => upperSome(EMAILS[m.user]!)))))
      .map((written) => ({ ...s, written })),
  );

describe('apply converges, through the real engine and client against the simulator (property)', () => {
  it(
    'whoot ends exactly as the tree says, PUTs are whole, re-planning is empty, unmanaged rooms ' + 'untouched',
    async () => {
      await fc.assert(
        fc.asyncProperty(scenario, async (s) => {
          const seed: SimSeed = {
            users: EMAILS.map((email) => ({ email })),
            rooms: ROOMS.map((name, r) => ({
              name,
              members: (s.live[r] ?? []).map((m) => ({ email: EMAILS[m.user]!, tx: m.tx })),
            })),
            tokens: [{ token: CANARY_TOKEN, scopes: ALL_SCOPES }],
          };
          const tree: Record<string, string> = {};
          const expected: Record<string, string[]> = {};
          s.desired.forEach((d, r) => {
            const name = ROOMS[r]!;
            if (d === undefined) return;
            const entries = d.map((m, k) =>
              m.tx ? `  - user: ${s.written[r]![k]}\n    tx: true` : `  - ${s.written[r]![k]}`,
            );
            tree[`rooms/${name.toLowerCase()}.yaml`] =
              `name: ${name}\nmembers:${entries.length ? `\n${entries.join('\n')}` : ' []'}\n`;
            expected[name] = d.map((m) => show({ email: EMAILS[m.user]!, tx: m.tx })).sort();
          });
          const sim = await startSimulator({
            seed,
            port: 0,
            randomSeed: s.randomSeed,
            faults: { p429: s.p429, retryAfterSeconds: 0.01 },
          });
          const dir = writeTree(tree);
          try {
            const before = liveRooms(sim);
            const conn: ConnectionSettings = {
              apiUrl: sim.url,
              token: CANARY_TOKEN,
              concurrency: s.concurrency,
              tuning: { maxAttempts: 30 },
            };
            const ctx = { logger: silentLogger(), today: '2026-11-27' };
            const opts = { dir, maxRemovalPercent: 25, force: true };
            const first = await planTree(opts, conn, { ...ctx, needWrite: true });
            if (first.kind !== 'planned') throw new Error(`invalid tree: ${JSON.stringify(first.errors)}`);
            const report = await executePlan(first.plan, conn, { force: true }, ctx);
            expect(report.failed).toEqual([]);
            expect(report.summary.applied).toBe(first.plan.rooms.length);

            const after = liveRooms(sim);
            for (const name of ROOMS) expect(after[name]).toEqual(expected[name] ?? before[name]);
            for (const put of memberPuts(sim.requestLog))
              expect(putBodyMembers(sim, put.body)).toEqual(expected[roomNameOfPath(sim, put.path)]);
            const again = await planTree(opts, conn, ctx);
            if (again.kind !== 'planned') throw new Error('invalid tree on re-plan');
            expect(again.plan.rooms).toEqual([]);
          } finally {
            await sim.stop();
            cleanup(dir);
          }
        }),
        { numRuns: 40 },
      );
    },
  );
});
