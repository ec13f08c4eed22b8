import { describe, expect, it } from 'vitest';
import { combineReviews, explainUnmatched, statusDescription, type ReviewSource } from '../../src/action/catch-up.js';
import { resolveDispatch, DispatchError } from '../../src/action/dispatch.js';
import type { RunnerEnvironment } from '../../src/action/environment.js';
import type { ApplyReport } from '../../src/apply/types.js';
import { applyStatusContext } from '../../src/github/statuses.js';
import { roomDigest } from '../../src/plan/fingerprint.js';
import type { Plan, RoomPlan } from '../../src/plan/types.js';
import type { MachineBlock } from '../../src/review/comment-block.js';
import { schedulePayload } from './payloads.js';

const fp = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`;
const room = (id: string, fingerprint: string, extra: Partial<RoomPlan> = {}) =>
  ({ id, name: id.toUpperCase(), fingerprint, errors: [], blocked: null, ...extra }) as unknown as RoomPlan;
const planOf = (rooms: RoomPlan[]): Plan => ({ fingerprint: fp(999), rooms }) as unknown as Plan;

function source(
  number: number,
  rooms: Record<string, string> | null,
  opts: { lifted?: string[]; label?: boolean } = {},
): ReviewSource {
  const block: MachineBlock = {
    v: 2,
    path: '.',
    fingerprint: fp(number),
    head_sha: null,
    rooms: rooms === null ? null : Object.fromEntries(Object.entries(rooms).map(([id, f]) => [id, roomDigest(id, f)])),
    lifted: opts.lifted ?? [],
  };
  const pull = {
    number,
    url: '',
    headSha: 'a'.repeat(40),
    state: 'closed',
    merged: true,
    mergeCommitSha: null,
    labels: [],
  };
  return { pull, block, labelNow: opts.label ? 'whoot-rooms/allow-mass-removal' : null };
}

describe('combineReviews', () => {
  const fresh = planOf([
    room('a', fp(1)),
    room('b', fp(2)),
    room('c', fp(3)),
    room('', fp(4), { errors: [{}] as never }),
  ]);

  it('approves a room when any considered review recorded exactly its fresh change, naming that pull request', () => {
    const combined = combineReviews([source(23, { c: fp(3) }), source(22, { b: fp(2), a: fp(1) })], fresh);
    expect(combined.reviewed.rooms).toEqual({ a: fp(1), b: fp(2), c: fp(3) });
    expect([...combined.matchedBy]).toEqual([
      ['a', 22],
      ['b', 22],
      ['c', 23],
    ]);
  });

  it('approves nothing for a room whose fresh change no review recorded, and knows who touched it', () => {
    const combined = combineReviews([source(23, { b: fp(20) }), source(22, { b: fp(21) })], fresh);
    expect(combined.reviewed.rooms).toEqual({});
    expect(combined.touchedBy.get('b')).toEqual([23, 22]);
    const report: ApplyReport = {
      applied: [],
      skipped: [
        { id: 'b', name: 'B', reason: 'not_reviewed', message: 'x' },
        { id: 'c', name: 'C', reason: 'not_reviewed', message: 'x' },
      ],
      failed: [],
      summary: { applied: 0, skipped: 2, failed: 0, unchanged: 0, interrupted: false },
    };
    const explained = explainUnmatched(report, combined, [source(23, {}), source(22, {})]);
    expect(explained.skipped[0]).toMatchObject({ reason: 'changed_since_review' });
    expect(explained.skipped[0]?.message).toMatch(
      /^changed by #23 and #22, each reviewed against an older state.*re-plan/,
    );
    expect(explained.skipped[1]?.message).toMatch(
      /^not in the reviewed plan of any pull request this apply considered \(#23 and #22\)/,
    );
  });

  it('lifts the guard only for a room whose matching review recorded the lifting, with that label still on', () => {
    const blocked = planOf([room('a', fp(1), { blocked: 'x' }), room('b', fp(2), { blocked: 'y' })]);
    const combined = combineReviews(
      [
        source(23, { a: fp(1) }, { lifted: ['a'], label: true }),
        source(22, { b: fp(2) }, { lifted: ['b'], label: false }),
      ],
      blocked,
    );
    expect([...combined.forceRooms]).toEqual(['a']);
  });

  it('a record too large to list rooms approves the whole fresh plan or nothing', () => {
    const whole = source(22, null);
    expect(combineReviews([source(23, {}), whole], fresh).reviewed.rooms).toEqual({});
    whole.block!.fingerprint = fresh.fingerprint;
    expect(combineReviews([source(23, {}), whole], fresh).reviewed.rooms).toEqual({ a: fp(1), b: fp(2), c: fp(3) });
  });
});

describe('status context and description', () => {
  it('names the tree when it is not the repository root, and the pull requests covered', () => {
    expect(applyStatusContext('.')).toBe('whoot-rooms/apply');
    expect(applyStatusContext('./infra/whoot/')).toBe('whoot-rooms/apply (infra/whoot)');
    expect(statusDescription('Applied 1 room.', [23, 22])).toBe('Applied 1 room. (#23, #22)');
  });
});

describe('restore and expire dispatch', () => {
  const env = (eventName: string, payload: Record<string, unknown>, ref = ''): RunnerEnvironment => ({
    eventName,
    payload,
    repo: { owner: 'acme', repo: 'rooms' },
    sha: 'f'.repeat(40),
    ref,
    apiUrl: 'https://api.github.com',
    serverUrl: 'https://github.com',
    runId: '1',
    runAttempt: '1',
    runnerTemp: '/tmp',
    workspace: '/w',
  });
  const repo = { owner: 'acme', repo: 'rooms' };

  it('runs on workflow_dispatch or schedule of the default branch only', () => {
    expect(resolveDispatch('restore', env('schedule', schedulePayload(repo), 'refs/heads/main')).command).toBe(
      'restore',
    );
    const dispatched = { ref: 'refs/heads/main', repository: { default_branch: 'main' } };
    expect(resolveDispatch('expire', env('workflow_dispatch', dispatched)).command).toBe('expire');
    expect(() => resolveDispatch('restore', env('schedule', schedulePayload(repo), 'refs/heads/dev'))).toThrow(
      DispatchError,
    );
    expect(() => resolveDispatch('expire', env('workflow_dispatch', { ref: 'refs/heads/main' }))).toThrow(
      /default_branch/,
    );
    expect(() =>
      resolveDispatch('restore', env('push', { ref: 'refs/heads/main', repository: { default_branch: 'main' } })),
    ).toThrow(/refuses to run on a push event/);
  });

  it('is never chosen by auto', () => {
    expect(resolveDispatch('auto', env('schedule', schedulePayload(repo), 'refs/heads/main')).command).toBe('drift');
    expect(resolveDispatch('auto', env('workflow_dispatch', { repository: { default_branch: 'main' } })).command).toBe(
      'plan',
    );
  });
});
