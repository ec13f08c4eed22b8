import { describe, expect, it } from 'vitest';
import { executePlanWithApi } from '../../src/apply/execute.js';
import { roomDigest } from '../../src/plan/fingerprint.js';
import { fakeApi } from './fake-api.js';
import { liveMembers, liveOf, planOf, roomPlan } from './plan-builder.js';

const eqBefore = { alice: false, bob: true };
const eqAfter = { alice: true, carol: false };

describe('applying a plan', () => {
  it('sends one full-replace PUT per changed room with the complete desired list, and nothing else', async () => {
    const eq = roomPlan('eq', eqBefore, eqAfter, { name: 'Equities' });
    const fx = roomPlan('fx', { dan: false }, { dan: false, erin: true }, { name: 'FX' });
    const fake = fakeApi({ members: { eq: liveMembers(eqBefore), fx: liveMembers({ dan: false }) } });

    const report = await executePlanWithApi(fake.api, planOf([eq, fx], 3), { concurrency: 4 });

    // Each room: its members read again (verify before write), then the full-replace PUT.
    const ofRoom = (id: string) => fake.calls.filter((c) => c.path.startsWith(`/rooms/${id}/`));
    expect(ofRoom('eq')).toEqual([
      { method: 'GET', path: '/rooms/eq/members' },
      {
        method: 'PUT',
        path: '/rooms/eq/members',
        body: {
          members: [
            { user_id: 'u-alice', tx_permission: true },
            { user_id: 'u-carol', tx_permission: false },
          ],
        },
      },
    ]);
    expect(ofRoom('fx')).toEqual([
      { method: 'GET', path: '/rooms/fx/members' },
      {
        method: 'PUT',
        path: '/rooms/fx/members',
        body: {
          members: [
            { user_id: 'u-dan', tx_permission: false },
            { user_id: 'u-erin', tx_permission: true },
          ],
        },
      },
    ]);
    expect(fake.calls).toHaveLength(4);
    expect(report.applied).toEqual([
      { id: 'eq', name: 'Equities', members_added: 1, members_updated: 1, members_removed: 1, metadata: [] },
      { id: 'fx', name: 'FX', members_added: 1, members_updated: 0, members_removed: 0, metadata: [] },
    ]);
    expect(report.summary).toEqual({ applied: 2, skipped: 0, failed: 0, unchanged: 3, interrupted: false });
  });

  it(
    'removes a SCIM mapping with DELETE, patches the display name, and sends no PUT when membership is ' + 'unchanged',
    async () => {
      const room = roomPlan(
        'eq',
        { alice: false },
        { alice: false },
        {
          metadata: { display_name: { from: 'Eq', to: 'Equities Desk' }, external_id: { from: 'okta-1', to: null } },
        },
      );
      const fake = fakeApi();
      const report = await executePlanWithApi(fake.api, planOf([room]), { concurrency: 2 });
      expect(fake.calls).toEqual([
        { method: 'DELETE', path: '/rooms/eq' },
        { method: 'PATCH', path: '/rooms/eq', body: { display_name: 'Equities Desk' } },
      ]);
      expect(report.applied[0]?.metadata).toEqual(['display_name', 'external_id']);
    },
  );

  it('sets a new external id with one PATCH together with the display name', async () => {
    const room = roomPlan(
      'eq',
      {},
      {},
      {
        metadata: { display_name: { from: 'a', to: 'b' }, external_id: { from: null, to: 'okta-2' } },
      },
    );
    const fake = fakeApi();
    await executePlanWithApi(fake.api, planOf([room]), { concurrency: 1 });
    expect(fake.calls).toEqual([
      { method: 'PATCH', path: '/rooms/eq', body: { display_name: 'b', external_id: 'okta-2' } },
    ]);
  });

  it('never has more rooms in flight than the concurrency', async () => {
    const rooms = Array.from({ length: 12 }, (_, i) =>
      roomPlan(`r${String(i).padStart(2, '0')}`, {}, { alice: false }),
    );
    const fake = fakeApi({ delayMs: 5 });
    const report = await executePlanWithApi(fake.api, planOf(rooms), { concurrency: 3 });
    expect(report.summary.applied).toBe(12);
    expect(fake.maxInFlight).toBe(3);
  });

  it('keeps going when one room fails and reports the server message', async () => {
    const a = roomPlan('a', {}, { alice: false }, { name: 'A' });
    const b = roomPlan('b', {}, { bob: false }, { name: 'B' });
    const fake = fakeApi({
      fail: (c) =>
        c.path === '/rooms/a/members'
          ? new Error('PUT /rooms/a/members: 403 Forbidden: missing scope api:rooms:write')
          : undefined,
    });
    const report = await executePlanWithApi(fake.api, planOf([a, b]), { concurrency: 1 });
    expect(report.failed).toEqual([
      { id: 'a', name: 'A', error: 'PUT /rooms/a/members: 403 Forbidden: missing scope api:rooms:write' },
    ]);
    expect(report.applied.map((r) => r.id)).toEqual(['b']);
  });

  it('never writes a blocked room unless forced', async () => {
    const blocked = roomPlan(
      'eq',
      { a: false, b: false, c: false, d: false },
      { a: false },
      { name: 'Equities', blocked: 'would remove 3 of 4 members (75% > 25%)' },
    );
    const fine = roomPlan('fx', {}, { a: false }, { name: 'FX' });

    const guarded = fakeApi();
    const report = await executePlanWithApi(guarded.api, planOf([blocked, fine]), { concurrency: 2 });
    expect(guarded.writes().map((c) => c.path)).toEqual(['/rooms/fx/members']);
    expect(report.skipped).toEqual([expect.objectContaining({ id: 'eq', reason: 'blocked' })]);
    expect(report.skipped[0]?.message).toContain('--force');

    const forced = fakeApi({ members: liveOf([blocked, fine]) });
    const forcedReport = await executePlanWithApi(forced.api, planOf([blocked, fine]), { concurrency: 2, force: true });
    expect(
      forced
        .writes()
        .map((c) => c.path)
        .sort(),
    ).toEqual(['/rooms/eq/members', '/rooms/fx/members']);
    expect(forcedReport.skipped).toEqual([]);
  });

  it('never writes an errored room, even when forced', async () => {
    const errored = roomPlan(
      '',
      {},
      {},
      {
        name: 'Rates',
        errors: [{ file: 'rooms/rates.yaml', line: 4, column: 5, message: 'unknown user "zed@acme.com"' }],
        put: null,
      },
    );
    const fine = roomPlan('fx', {}, { a: false });
    const fake = fakeApi();
    const report = await executePlanWithApi(fake.api, planOf([errored, fine]), { concurrency: 2, force: true });
    expect(fake.writes().map((c) => c.path)).toEqual(['/rooms/fx/members']);
    expect(report.skipped).toEqual([
      {
        id: '',
        name: 'Rates',
        reason: 'errored',
        message: 'not written: rooms/rates.yaml:4:5: unknown user "zed@acme.com"',
      },
    ]);
  });

  it(
    'warns on the applied room when the PUT counts differ from the plan (an edit between the check and the ' + 'PUT)',
    async () => {
      const room = roomPlan('eq', eqBefore, eqAfter, { name: 'Equities' });
      const fake = fakeApi({
        members: { eq: liveMembers(eqBefore) },
        // Someone added dave in the console after the verify read: the PUT removed him too.
        putResult: (id) => ({ room_id: id, members_added: 1, members_updated: 1, members_removed: 2 }),
      });
      const report = await executePlanWithApi(fake.api, planOf([room]), { concurrency: 1 });
      expect(report.applied[0]?.warning).toMatch(/\+1 ~1 -2 but the plan expected \+1 ~1 -1/);
      expect(report.summary.failed).toBe(0);
    },
  );
});

describe('applying only what was reviewed', () => {
  const eq = roomPlan('eq', eqBefore, eqAfter, { name: 'Equities' });
  const fx = roomPlan('fx', {}, { dan: false }, { name: 'FX' });
  const rates = roomPlan('rates', {}, { erin: true }, { name: 'Rates' });
  const live = liveOf([eq, fx, rates]);

  it('applies rooms whose fingerprint or digest matches, skips changed and unreviewed ones', async () => {
    const fake = fakeApi({ members: live });
    const report = await executePlanWithApi(fake.api, planOf([eq, fx, rates]), {
      concurrency: 2,
      reviewed: {
        fingerprint: 'sha256:whatever',
        rooms: { eq: eq.fingerprint, fx: 'sha256:0000', rates: roomDigest('rates', rates.fingerprint) },
      },
    });
    expect(
      fake
        .writes()
        .map((c) => c.path)
        .sort(),
    ).toEqual(['/rooms/eq/members', '/rooms/rates/members']);
    expect(report.skipped).toEqual([expect.objectContaining({ id: 'fx', reason: 'changed_since_review' })]);
  });

  it('skips a room that was not in the reviewed plan', async () => {
    const fake = fakeApi({ members: live });
    const report = await executePlanWithApi(fake.api, planOf([eq, fx]), {
      concurrency: 2,
      reviewed: { fingerprint: 'x', rooms: { eq: eq.fingerprint } },
    });
    expect(fake.writes().map((c) => c.path)).toEqual(['/rooms/eq/members']);
    expect(report.skipped).toEqual([expect.objectContaining({ id: 'fx', reason: 'not_reviewed' })]);
    expect(report.skipped[0]?.message).toBe('not reviewed: this room was not in the reviewed plan');
  });

  it('does not accept a digest bound to another room', async () => {
    const fake = fakeApi({ members: live });
    await executePlanWithApi(fake.api, planOf([fx]), {
      concurrency: 1,
      reviewed: { fingerprint: 'x', rooms: { fx: roomDigest('eq', fx.fingerprint) } },
    });
    expect(fake.writes()).toEqual([]);
  });

  it('with only a whole-plan fingerprint, applies all or nothing', async () => {
    const plan = planOf([eq, fx]);
    const none = fakeApi({ members: live });
    const refused = await executePlanWithApi(none.api, plan, {
      concurrency: 2,
      reviewed: { fingerprint: 'sha256:other', rooms: null },
    });
    expect(none.writes()).toEqual([]);
    expect(refused.skipped.map((s) => s.reason)).toEqual(['changed_since_review', 'changed_since_review']);

    const all = fakeApi({ members: live });
    const accepted = await executePlanWithApi(all.api, plan, {
      concurrency: 2,
      reviewed: { fingerprint: plan.fingerprint, rooms: null },
    });
    expect(all.writes()).toHaveLength(2);
    expect(accepted.summary.applied).toBe(2);
  });
});

describe('interrupting an apply', () => {
  it('starts no new room once aborted, lets the one in flight finish, and marks the rest interrupted', async () => {
    const rooms = ['a', 'b', 'c', 'd'].map((id) => roomPlan(id, {}, { alice: false }, { name: id.toUpperCase() }));
    const controller = new AbortController();
    const fake = fakeApi({ delayMs: 30 });
    const running = executePlanWithApi(fake.api, planOf(rooms), { concurrency: 1, signal: controller.signal });
    setTimeout(() => controller.abort(), 75); // during the second room's verify read (GET 60-90 ms, PUT 90-120 ms)
    const report = await running;
    expect(fake.writes().map((c) => c.path)).toEqual(['/rooms/a/members', '/rooms/b/members']);
    expect(report.applied.map((r) => r.id)).toEqual(['a', 'b']);
    expect(report.skipped).toEqual([
      { id: 'c', name: 'C', reason: 'interrupted', message: 'not started: apply was interrupted' },
      { id: 'd', name: 'D', reason: 'interrupted', message: 'not started: apply was interrupted' },
    ]);
    expect(report.summary.interrupted).toBe(true);
  });

  it('stops waiting for a write in flight after the drain timeout and says its outcome is unknown', async () => {
    const controller = new AbortController();
    const fake = fakeApi({ delayMs: 2_000 });
    const running = executePlanWithApi(fake.api, planOf([roomPlan('slow', {}, { a: false }, { name: 'Slow' })]), {
      concurrency: 1,
      signal: controller.signal,
      drainTimeoutMs: 20,
    });
    setTimeout(() => controller.abort(), 10);
    const report = await running;
    expect(report.failed.map((f) => f.id)).toEqual(['slow']);
    expect(report.failed[0]?.error).toContain('outcome is unknown');
    expect(report.summary.interrupted).toBe(true);
  });
});
