/**
 * No merge is left unapplied (issue 13 §3): GitHub keeps one pending run per concurrency group, so with quick merges
 * a middle merge's apply run may never happen. The next apply considers every pull request merged since the last
 * commit with a successful `whoot-rooms/apply` status, and records its own outcome as that status.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/sim/index.js';
import type { SimulatorHandle } from '../../src/sim/types.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { ALL_SCOPES, emails, makeWorkspace, seedOf, sha, writeRoom, type RoomSpec } from './fixtures.js';
import { runActionProcess as runAction } from './harness.js';
import { pullRequestPayload, pushPayload } from './payloads.js';

const CANARY = 'whoot_canary_CATCHUP_6f5e4d3c2b1a';
const GH_TOKEN = 'ghs_fake_actions_token';
const BOT = 'github-actions[bot]';
const RUN_URL = 'https://github.example/acme/rooms/actions/runs/4242';

const users = [...emails('eq', 8), ...emails('rt', 4)];
const base: Record<string, RoomSpec> = {
  'equities.yaml': { name: 'Equities Desk', members: [{ email: 'eq1@acme.com', tx: true }, { email: 'eq2@acme.com' }] },
  'rates.yaml': { name: 'Rates Desk', members: [{ email: 'rt1@acme.com' }] },
  'credit.yaml': { name: 'Credit Desk', members: [{ email: 'rt4@acme.com' }] },
};

let sim: SimulatorHandle;
let gh: FakeGitHub;
let ws: string;

beforeEach(async () => {
  sim = await startSimulator({ seed: seedOf(users, Object.values(base), [{ token: CANARY, scopes: ALL_SCOPES }]) });
  gh = await startFakeGitHub();
  gh.addToken(GH_TOKEN, { login: BOT, app: true });
  ws = makeWorkspace();
});
afterEach(async () => {
  await gh.stop();
  await sim.stop();
});

/** The checkout: the base rooms with `changes` on top (file → room). */
function checkout(changes: Record<string, RoomSpec>): void {
  for (const [file, room] of Object.entries({ ...base, ...changes })) writeRoom(ws, file, room);
}

const BASE = sha(0xb0);
const head = (pr: number) => sha(0x100 + pr);
const mergeOf = (pr: number) => sha(0x200 + pr);

/** The reviewer's view of pull request `pr`: its branch (base + `changes`) planned, the sticky comment written. */
async function planPull(pr: number, changes: Record<string, RoomSpec>): Promise<void> {
  checkout(changes);
  gh.addPull({ number: pr, headSha: head(pr) });
  gh.addCommit(head(pr), [BASE]);
  const run = await runAction({
    workspace: ws,
    eventName: 'pull_request',
    payload: pullRequestPayload({ owner: gh.owner, repo: gh.repo, number: pr, headSha: head(pr) }),
    sha: sha(0x300 + pr),
    githubApiUrl: gh.url,
    githubToken: GH_TOKEN,
    inputs: { 'api-url': sim.url, 'api-token': CANARY },
  });
  expect(run.code).toBe(0);
}

/** Merge `pr` onto the default branch after `parent` (a merge commit: first parent main, second the branch). */
function merge(pr: number, parent: string): string {
  const commit = mergeOf(pr);
  Object.assign(gh.pulls.get(pr)!, { state: 'closed', merged: true, mergeCommitSha: commit });
  gh.addCommit(commit, [parent, head(pr)]);
  gh.associateCommit(commit, [pr]);
  return commit;
}

function applyOnPush(commit: string) {
  return runAction({
    workspace: ws,
    eventName: 'push',
    payload: pushPayload({ owner: gh.owner, repo: gh.repo, after: commit }),
    sha: commit,
    githubApiUrl: gh.url,
    githubToken: GH_TOKEN,
    inputs: { 'api-url': sim.url, 'api-token': CANARY },
  });
}

const puts = () =>
  sim.requestLog
    .filter((r) => r.method === 'PUT')
    .map((r) => r.path)
    .sort();
const idOf = (name: string) => sim.snapshot().rooms.find((r) => r.name === name)!.id;
const membersOf = (name: string) => {
  const snap = sim.snapshot();
  const byId = new Map(snap.users.map((u) => [u.id, u.email]));
  return (snap.members[idOf(name)] ?? []).map((m) => `${byId.get(m.user_id)}${m.tx_permission ? ' tx' : ''}`).sort();
};
const results = (pr: number) =>
  gh.commentsOn(pr).filter((c) => c.user.login === BOT && c.body.includes('<!-- whoot-rooms:apply-result path=. -->'));

const equities3: RoomSpec = {
  ...base['equities.yaml']!,
  members: [...base['equities.yaml']!.members, { email: 'eq3@acme.com' }],
};
const rates = (...extra: string[]): RoomSpec => ({
  name: 'Rates Desk',
  members: [{ email: 'rt1@acme.com' }, ...extra.map((email) => ({ email, tx: true }))],
});
const credit2: RoomSpec = { name: 'Credit Desk', members: [{ email: 'rt4@acme.com' }, { email: 'rt2@acme.com' }] };

describe('catch-up: no merge is ever left unapplied', () => {
  it(
    'three pull requests; the second merge never runs; the third applies the rooms of both, comments on both, ' +
      'sets the status',
    async () => {
      await planPull(21, { 'equities.yaml': equities3 });
      await planPull(22, { 'rates.yaml': rates('rt2@acme.com') });
      await planPull(23, { 'credit.yaml': credit2 });

      // First merge: applied as usual, and recorded on its commit.
      const m21 = merge(21, BASE);
      checkout({ 'equities.yaml': equities3 });
      const first = await applyOnPush(m21);
      expect(first.code).toBe(0);
      expect(puts()).toEqual([`/rooms/${idOf('Equities Desk')}/members`]);
      expect(gh.statusesOf(m21)).toEqual([
        expect.objectContaining({ state: 'success', context: 'whoot-rooms/apply', target_url: RUN_URL }),
      ]);
      expect(gh.statusesOf(m21)[0]?.description).toMatch(/^Applied 1 room, skipped 0, failed 0/);

      // Second merge: its pending run is replaced by the third's, so it never happens.
      const m22 = merge(22, m21);
      const m23 = merge(23, m22);
      checkout({ 'equities.yaml': equities3, 'rates.yaml': rates('rt2@acme.com'), 'credit.yaml': credit2 });
      sim.requestLog.length = 0;
      const third = await applyOnPush(m23);
      expect(third.code).toBe(0);
      expect(puts()).toEqual([`/rooms/${idOf('Credit Desk')}/members`, `/rooms/${idOf('Rates Desk')}/members`].sort());
      expect(membersOf('Rates Desk')).toEqual(['rt1@acme.com', 'rt2@acme.com tx']);
      expect(membersOf('Credit Desk')).toEqual(['rt2@acme.com', 'rt4@acme.com']);
      expect(JSON.parse(third.outputs['applied-rooms'] ?? '[]')).toEqual(['Credit Desk', 'Rates Desk']);

      // The result is posted on each pull request the apply covered, naming whose review each room used.
      for (const pr of [22, 23]) {
        expect(results(pr), `#${pr}`).toHaveLength(1);
        const body = results(pr)[0]?.body ?? '';
        expect(body).toContain('Applied 2 rooms');
        expect(body).toContain('#23 (this push) and #22');
        expect(body).toMatch(/Rates Desk.*\| #22 \|/);
        expect(body).toMatch(/Credit Desk.*\| #23 \|/);
        expect(body).toContain(RUN_URL);
      }
      expect(results(21)).toHaveLength(1); // only the first apply's own result
      expect(third.outputs['comment-url']).toBe(results(23)[0]?.html_url);

      // The status is on the commit this run applied; the commit whose run never happened has none.
      const status = gh.statusesOf(m23)[0];
      expect(status).toMatchObject({ state: 'success', context: 'whoot-rooms/apply', target_url: RUN_URL });
      expect(status?.description).toBe('Applied 2 rooms, skipped 0, failed 0, 1 unchanged. (#23, #22)');
      expect(gh.statusesOf(m22)).toEqual([]);
      // The walk followed the first parents only (the branches' own commits were never asked about).
      const asked = gh.requests.filter((r) => r.path.endsWith('/statuses') && r.method === 'GET').map((r) => r.path);
      expect(asked.some((p) => p.includes(head(22)) || p.includes(head(23)))).toBe(false);
    },
  );

  it(
    'a room changed by two unapplied pull requests, each reviewed against an older state, is skipped naming ' + 'both',
    async () => {
      await planPull(21, { 'equities.yaml': equities3 });
      await planPull(22, { 'rates.yaml': rates('rt2@acme.com') });
      await planPull(23, { 'rates.yaml': rates('rt3@acme.com'), 'credit.yaml': credit2 });
      const m21 = merge(21, BASE);
      checkout({ 'equities.yaml': equities3 });
      expect((await applyOnPush(m21)).code).toBe(0);

      const m22 = merge(22, m21);
      const m23 = merge(23, m22);
      // git merged both edits of Rates Desk: neither reviewed plan describes the combined change.
      checkout({
        'equities.yaml': equities3,
        'rates.yaml': rates('rt2@acme.com', 'rt3@acme.com'),
        'credit.yaml': credit2,
      });
      sim.requestLog.length = 0;
      const run = await applyOnPush(m23);
      expect(run.code).toBe(1);
      expect(puts()).toEqual([`/rooms/${idOf('Credit Desk')}/members`]);
      expect(membersOf('Rates Desk')).toEqual(['rt1@acme.com']);
      expect(JSON.parse(run.outputs['skipped-rooms'] ?? '[]')).toEqual(['Rates Desk']);
      const said = run.annotations.map((a) => a.message).join('\n');
      expect(said).toMatch(
        /room "Rates Desk" was not written: changed by #23 and #22, each reviewed against an older state/,
      );
      expect(said).toMatch(/re-plan it on a new pull request/);
      for (const pr of [22, 23]) {
        const body = results(pr)[0]?.body ?? '';
        // Markdown escaping keeps `#23` from being taken for a link in the room's message (a zero-width joiner).
        expect(body, `#${pr}`).toMatch(/changed by #\u200d?23 and #\u200d?22/);
        expect(body, `#${pr}`).toContain('re-plan');
      }
      expect(gh.statusesOf(m23)[0]).toMatchObject({
        state: 'failure',
        context: 'whoot-rooms/apply',
        target_url: RUN_URL,
      });
    },
  );

  it(
    'a failed apply is caught up by the next one; a tree that is not the root has its own status ' + 'context',
    async () => {
      const tree = 'infra/whoot';
      const context = `whoot-rooms/apply (${tree})`;
      const put = (changes: Record<string, RoomSpec>) => {
        for (const [file, room] of Object.entries({ ...base, ...changes })) writeRoom(`${ws}/${tree}`, file, room);
      };
      const run = (eventName: string, payload: Record<string, unknown>, commit: string) =>
        runAction({
          workspace: ws,
          eventName,
          payload,
          sha: commit,
          githubApiUrl: gh.url,
          githubToken: GH_TOKEN,
          inputs: { 'api-url': sim.url, 'api-token': CANARY, path: tree },
        });
      const planIn = async (pr: number, changes: Record<string, RoomSpec>) => {
        put(changes);
        gh.addPull({ number: pr, headSha: head(pr) });
        const payload = pullRequestPayload({ owner: gh.owner, repo: gh.repo, number: pr, headSha: head(pr) });
        expect((await run('pull_request', payload, sha(0x300 + pr))).code).toBe(0);
      };
      const applyIn = (commit: string) =>
        run('push', pushPayload({ owner: gh.owner, repo: gh.repo, after: commit }), commit);
      const treeResults = (pr: number) =>
        gh.commentsOn(pr).filter((c) => c.body.includes('<!-- whoot-rooms:apply-result path=infra%2Fwhoot -->'));

      await planIn(30, { 'equities.yaml': equities3 });
      await planIn(31, { 'rates.yaml': rates('rt2@acme.com') });
      await planIn(32, { 'credit.yaml': credit2 });
      const m30 = merge(30, BASE);
      put({ 'equities.yaml': equities3 });
      expect((await applyIn(m30)).code).toBe(0);
      expect(gh.statusesOf(m30)[0]).toMatchObject({ state: 'success', context });

      // Someone edits Rates Desk in the console before #31's apply: it is skipped, and the commit records a failure.
      const m31 = merge(31, m30);
      put({ 'equities.yaml': equities3, 'rates.yaml': rates('rt2@acme.com') });
      sim.consoleEdit('Rates Desk', [{ email: 'rt1@acme.com' }, { email: 'rt3@acme.com' }]);
      expect((await applyIn(m31)).code).toBe(1);
      expect(gh.statusesOf(m31)[0]).toMatchObject({ state: 'failure', context });
      expect(membersOf('Rates Desk')).toEqual(['rt1@acme.com', 'rt3@acme.com']);

      // The console edit is undone; the next merge's apply writes #31's reviewed room too.
      sim.consoleEdit('Rates Desk', [{ email: 'rt1@acme.com' }]);
      const m32 = merge(32, m31);
      put({ 'equities.yaml': equities3, 'rates.yaml': rates('rt2@acme.com'), 'credit.yaml': credit2 });
      const next = await applyIn(m32);
      expect(next.code).toBe(0);
      expect(membersOf('Rates Desk')).toEqual(['rt1@acme.com', 'rt2@acme.com tx']);
      expect(membersOf('Credit Desk')).toEqual(['rt2@acme.com', 'rt4@acme.com']);
      expect(gh.statusesOf(m32)[0]).toMatchObject({ state: 'success', context });
      expect(gh.statusesOf(m32)[0]?.description).toContain('(#32, #31)');
      expect(treeResults(31).at(-1)?.body).toContain('Applied 2 rooms');
      expect(treeResults(32).at(-1)?.body).toContain('Applied 2 rooms');
    },
  );

  it(
    'without statuses permission: a history it cannot read applies nothing, a status it cannot write fails the ' +
      'step',
    async () => {
      await planPull(21, { 'equities.yaml': equities3 });
      const m21 = merge(21, BASE);
      checkout({ 'equities.yaml': equities3 });
      gh.failNext('/repos/acme/rooms/commits', 403, 1, {}, 'Resource not accessible by integration');
      const unread = await applyOnPush(m21);
      expect(unread.code).toBe(1);
      expect(puts()).toEqual([]);
      expect(unread.annotations.at(-1)?.message).toMatch(
        /reading the history of .*403.*Nothing was applied.*needs `permissions: statuses: write`/,
      );

      gh.failNext(`/statuses/${m21}`, 403, 1, {}, 'Resource not accessible by integration');
      const unrecorded = await applyOnPush(m21);
      expect(unrecorded.code).toBe(1);
      expect(puts()).toEqual([`/rooms/${idOf('Equities Desk')}/members`]); // the apply itself happened
      expect(unrecorded.annotations.at(-1)?.message).toMatch(
        /setting the whoot-rooms\/apply status .*403.*needs `permissions: statuses: write`/,
      );
      expect(results(21).at(-1)?.body).toContain('Applied 1 room');
    },
  );
});
