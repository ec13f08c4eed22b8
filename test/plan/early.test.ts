import { describe, expect, it } from 'vitest';
import { EarlyRoomPlanner } from '../../src/pipeline/early-planner.js';
import { plan } from '../../src/plan/index.js';
import { renderJson } from '../../src/render/index.js';
import { DEFAULTS, desired, live, liveRoom, user } from './builders.js';

const users = ['alice', 'bob', 'carol', 'dave'].map((u) => user(u));
const names = Array.from({ length: 12 }, (_, i) => `Room ${String(i).padStart(2, '0')}`);
const tree = desired(
  ...names.map((name, i) => ({ name, members: i % 2 ? ['alice@acme.com', 'bob@acme.com'] : ['carol@acme.com'] })),
);
const state = live(
  users,
  names.map((name, i) => [liveRoom(name), i % 3 ? ['alice', 'dave:tx'] : ['carol']]),
);

describe('the early room planner', () => {
  it(
    'catches up on member lists that arrived before the match a slice at a time, through the scheduler it is ' +
      'given, and ends with the pure plan',
    () => {
      let clock = 0;
      const deferred: Array<() => void> = [];
      // every reading of the clock is one ms later: each slice plans two rooms, then hands back
      const early = new EarlyRoomPlanner(DEFAULTS, {
        now: () => clock++,
        defer: (step) => deferred.push(step),
        sliceMs: 2,
      });
      for (const [id, list] of Object.entries(state.members)) early.membersRead(id, list);
      early.roomsRead(state.rooms);
      early.usersRead(state.users);
      early.treeLoaded(tree);
      expect(early.plannedEarly).toBe(2);
      let turns = 0;
      while (deferred.length > 0) {
        (deferred.shift() as () => void)();
        turns++;
      }
      expect(turns).toBe(5);
      expect(early.plannedEarly).toBe(12);
      expect(renderJson(early.finish(tree, state))).toBe(renderJson(plan(tree, state, DEFAULTS)));
    },
  );

  it(
    'without a scheduler plans everything that arrived at once, and finish is the pure plan even when nothing ' +
      'was planned early',
    () => {
      const early = new EarlyRoomPlanner(DEFAULTS);
      for (const [id, list] of Object.entries(state.members)) early.membersRead(id, list);
      early.roomsRead(state.rooms);
      early.usersRead(state.users);
      early.treeLoaded(tree);
      expect(early.plannedEarly).toBe(12);
      expect(renderJson(early.finish(tree, state))).toBe(renderJson(plan(tree, state, DEFAULTS)));
      expect(renderJson(new EarlyRoomPlanner(DEFAULTS).finish(tree, state))).toBe(
        renderJson(plan(tree, state, DEFAULTS)),
      );
    },
  );
});
