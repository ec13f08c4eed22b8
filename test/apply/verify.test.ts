import { describe, expect, it } from 'vitest';
import { executePlanWithApi } from '../../src/apply/execute.js';
import { decideWrite, planBasis } from '../../src/apply/verify.js';
import { fakeApi } from './fake-api.js';
import { liveMembers, planOf, roomPlan } from './plan-builder.js';

const emailOf = (id: string) => `${id.slice(2)}@acme.com`;
// The plan read alice (listen) and bob (transmit); the tree wants alice transmitting, bob gone, carol listening.
const before = { alice: false, bob: true };
const after = { alice: true, carol: false };
/** The room list as whoot reports it, with its member count. */
const equitiesWith = (memberCount: number) => [
  { id: 'eq', name: 'Equities', display_name: 'Equities', external_id: null, member_count: memberCount },
];

describe('the plan basis: the member list a plan was computed from, rebuilt from the plan', () => {
  it('is the PUT body without the adds, with permission changes undone, plus the removals', () => {
    const room = roomPlan('eq', before, after);
    expect(Object.fromEntries(planBasis(room))).toEqual({ 'u-alice': false, 'u-bob': true });
  });

  it('an unchanged fresh list means: write exactly the planned body', () => {
    const room = roomPlan('eq', before, after);
    const decision = decideWrite(room, liveMembers(before), emailOf);
    expect(decision).toEqual({ kind: 'write', put: room.put, expected: { added: 1, updated: 1, removed: 1 } });
  });
});

describe('verify before write: a room edited in the console after the plan read it', () => {
  it(
    'authoritative: is skipped as "changed since plan", naming who appeared, disappeared or changed, and gets ' +
      'no write',
    async () => {
      const room = roomPlan('eq', before, after, { name: 'Equities' });
      // Since the plan: dave added, bob removed, alice given transmit.
      const fresh = [
        { user_id: 'u-alice', tx_permission: true },
        { user_id: 'u-dave', tx_permission: false, email: 'dave@acme.com' },
      ];
      const fake = fakeApi({ members: { eq: fresh } });
      const report = await executePlanWithApi(fake.api, planOf([room]), { concurrency: 1, emailOf });
      expect(fake.calls).toEqual([{ method: 'GET', path: '/rooms/eq/members' }]);
      expect(report.skipped).toEqual([
        {
          id: 'eq',
          name: 'Equities',
          reason: 'changed_since_plan',
          message: expect.stringMatching(
            /^changed since plan: dave@acme\.com \(listen\) appeared; bob@acme\.com disappeared; /,
          ) as unknown,
          changed: {
            appeared: ['dave@acme.com (listen)'],
            disappeared: ['bob@acme.com'],
            changed: ['alice@acme.com (listen → transmit)'],
          },
        },
      ]);
      expect(report.skipped[0]?.message).toContain('nothing was written');
    },
  );

  it(
    'additive: is re-planned from the fresh list, keeps the console addition, and makes only the reviewed ' + 'changes',
    async () => {
      // Additive rooms never remove: the plan adds carol and gives alice transmit.
      const room = roomPlan(
        'eq',
        before,
        { alice: true, bob: true, carol: false },
        { name: 'Equities', mode: 'additive' },
      );
      const fresh = [...liveMembers(before), { user_id: 'u-dave', tx_permission: false }];
      const fake = fakeApi({ members: { eq: fresh }, rooms: equitiesWith(3) });
      const report = await executePlanWithApi(fake.api, planOf([room]), { concurrency: 1, emailOf });
      expect(fake.writes()).toEqual([
        {
          method: 'PUT',
          path: '/rooms/eq/members',
          body: {
            members: [
              { user_id: 'u-alice', tx_permission: true },
              { user_id: 'u-bob', tx_permission: true },
              { user_id: 'u-dave', tx_permission: false },
              { user_id: 'u-carol', tx_permission: false },
            ],
          },
        },
      ]);
      // The counts whoot answers are the re-planned ones: no "counts differ" warning, only the re-plan note.
      expect(report.applied).toEqual([
        expect.objectContaining({ id: 'eq', members_added: 1, members_updated: 1, members_removed: 0 }),
      ]);
      expect(report.applied[0]?.warning).toMatch(
        /^changed since plan \(dave@acme\.com \(listen\) appeared\): additive room/,
      );
    },
  );

  it("additive: a fresh list that disagrees with the room's member_count twice is never written from", async () => {
    const room = roomPlan('eq', before, { alice: true, bob: true }, { name: 'Equities', mode: 'additive' });
    // The answer lost bob (a truncating proxy); the room says it has 3 members.
    const fake = fakeApi({
      members: {
        eq: [
          { user_id: 'u-alice', tx_permission: false },
          { user_id: 'u-dave', tx_permission: false },
        ],
      },
      rooms: equitiesWith(3),
    });
    const report = await executePlanWithApi(fake.api, planOf([room]), { concurrency: 1, emailOf });
    expect(fake.writes()).toEqual([]);
    expect(report.failed).toEqual([
      { id: 'eq', name: 'Equities', error: expect.stringContaining('member list incomplete: read 2 of 3') as unknown },
    ]);
  });
});
