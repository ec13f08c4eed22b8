import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/sim/index.js';
import type { SimulatorHandle } from '../../src/sim/types.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { ALL_SCOPES, emails, makeWorkspace, seedOf, sha, writeRoom, type RoomSpec } from './fixtures.js';
import { runActionProcess as runAction } from './harness.js';
import { pullRequestPayload, pushPayload } from './payloads.js';

const CANARY = 'whoot_canary_APPLY_0a1b2c3d4e5f';
const GH_TOKEN = 'ghs_fake_actions_token';
const BOT = 'github-actions[bot]';

const users = [...emails('eq', 8), ...emails('rt', 4), ...emails('fx', 6)];
const liveRooms: RoomSpec[] = [
  { name: 'Equities Desk', members: [{ email: 'eq1@acme.com', tx: true }, { email: 'eq2@acme.com' }] },
  { name: 'Rates Desk', members: [{ email: 'rt1@acme.com' }] },
  { name: 'FX Desk', members: emails('fx', 6).map((email) => ({ email })) },
  { name: 'Credit Desk', members: [{ email: 'rt4@acme.com' }] },
];

let sim: SimulatorHandle;
let gh: FakeGitHub;
let ws: string;

beforeEach(async () => {
  sim = await startSimulator({ seed: seedOf(users, liveRooms, [{ token: CANARY, scopes: ALL_SCOPES }]) });
  gh = await startFakeGitHub();
  gh.addToken(GH_TOKEN, { login: BOT, app: true });
  ws = makeWorkspace();
  writeRoom(ws, 'equities.yaml', {
    name: 'Equities Desk',
    members: [{ email: 'eq1@acme.com', tx: true }, { email: 'eq2@acme.com' }, { email: 'eq3@acme.com' }],
  });
  writeRoom(ws, 'rates.yaml', {
    name: 'Rates Desk',
    members: [{ email: 'rt1@acme.com' }, { email: 'rt2@acme.com', tx: true }],
  });
  writeRoom(ws, 'credit.yaml', { name: 'Credit Desk', members: [{ email: 'rt4@acme.com' }] });
});
afterEach(async () => {
  await gh.stop();
  await sim.stop();
});

const PR = 12;
const HEAD = sha(0x12);
const MERGE = sha(0x34);

/** The reviewer's view: plan on the pull request (writes the sticky comment with the machine block). */
async function planOnPullRequest(labels: string[] = []) {
  if (gh.pulls.has(PR)) gh.pulls.get(PR)!.labels = labels;
  else gh.addPull({ number: PR, headSha: HEAD, labels });
  const run = await runAction({
    workspace: ws,
    eventName: 'pull_request',
    payload: pullRequestPayload({ owner: gh.owner, repo: gh.repo, number: PR, headSha: HEAD, labels }),
    sha: sha(0x99),
    githubApiUrl: gh.url,
    githubToken: GH_TOKEN,
    inputs: { 'api-url': sim.url, 'api-token': CANARY },
  });
  expect(run.code).toBe(0);
  return run;
}

function merge(labels: string[] = []) {
  const pull = gh.pulls.get(PR)!;
  Object.assign(pull, { state: 'closed', merged: true, mergeCommitSha: MERGE, labels });
  gh.associateCommit(MERGE, [PR], 1); // GitHub lags right after a merge: the first answer is empty
}

function applyOnPush(inputs: Record<string, string> = {}) {
  return runAction({
    workspace: ws,
    eventName: 'push',
    payload: pushPayload({ owner: gh.owner, repo: gh.repo, after: MERGE }),
    sha: MERGE,
    githubApiUrl: gh.url,
    githubToken: GH_TOKEN,
    inputs: { 'api-url': sim.url, 'api-token': CANARY, ...inputs },
  });
}

const puts = () => sim.requestLog.filter((r) => r.method === 'PUT').map((r) => r.path);
const idOf = (name: string) => sim.snapshot().rooms.find((r) => r.name === name)!.id;
const membersOf = (name: string) => {
  const snap = sim.snapshot();
  const byId = new Map(snap.users.map((u) => [u.id, u.email]));
  return (snap.members[idOf(name)] ?? []).map((m) => `${byId.get(m.user_id)}${m.tx_permission ? ' tx' : ''}`).sort();
};

describe('apply on push to the default branch', () => {
  it('applies exactly the reviewed rooms and comments the result on the merged pull request', async () => {
    await planOnPullRequest();
    merge();
    sim.resetStats();
    sim.requestLog.length = 0;
    const run = await applyOnPush();
    expect(run.code).toBe(0);
    expect(puts().sort()).toEqual(
      [`/rooms/${idOf('Equities Desk')}/members`, `/rooms/${idOf('Rates Desk')}/members`].sort(),
    );
    expect(membersOf('Equities Desk')).toEqual(['eq1@acme.com tx', 'eq2@acme.com', 'eq3@acme.com']);
    expect(membersOf('Rates Desk')).toEqual(['rt1@acme.com', 'rt2@acme.com tx']);
    expect(JSON.parse(run.outputs['applied-rooms'] ?? 'null')).toEqual(
      expect.arrayContaining(['Equities Desk', 'Rates Desk']),
    );
    expect(run.outputs['skipped-rooms']).toBe('[]');
    expect(run.outputs['failed-rooms']).toBe('[]');
    expect(run.outputs.summary).toMatch(/^Applied 2 rooms, skipped 0, failed 0/);

    const ours = gh.commentsOn(PR).filter((c) => c.user.login === BOT);
    expect(ours).toHaveLength(2); // the sticky plan + a new apply result
    const result = ours[1]?.body ?? '';
    expect(result).toContain('<!-- whoot-rooms:apply-result path=. -->');
    expect(result).toContain('Applied 2 rooms');
    expect(result).toContain('https://github.example/acme/rooms/actions/runs/4242');
    expect(result).toContain(`reviewed on #${PR}`);
    expect(run.outputs['comment-url']).toBe(ours[1]?.html_url);
    expect(run.summary).toContain('Applied 2 rooms');
    expect(run.stdout).toContain('::group::Apply');
  });

  it('skips a room edited in the console after review, writes the others, and fails the job', async () => {
    await planOnPullRequest();
    merge();
    // Someone adds eq4 to Equities Desk in the console after the plan was reviewed.
    sim.consoleEdit('Equities Desk', [
      { email: 'eq1@acme.com', tx: true },
      { email: 'eq2@acme.com' },
      { email: 'eq4@acme.com' },
    ]);
    sim.requestLog.length = 0;
    const run = await applyOnPush();
    expect(run.code).toBe(1);
    expect(puts()).toEqual([`/rooms/${idOf('Rates Desk')}/members`]);
    expect(membersOf('Equities Desk')).toEqual(['eq1@acme.com tx', 'eq2@acme.com', 'eq4@acme.com']);
    expect(JSON.parse(run.outputs['skipped-rooms'] ?? '[]')).toEqual(['Equities Desk']);
    expect(run.annotations.some((a) => a.kind === 'error' && /skipped/.test(a.message))).toBe(true);
    const result = gh.commentsOn(PR).filter((c) => c.user.login === BOT)[1]?.body ?? '';
    expect(result).toContain('Skipped');
    expect(result).toContain('changed since review');
  });

  it('compares the whole plan, all or nothing, when the review recorded only the plan fingerprint', async () => {
    await planOnPullRequest();
    // What the comment holds when even the compact digests would not fit: the whole-plan fingerprint only.
    const sticky = gh.commentsOn(PR).find((c) => c.user.login === BOT)!;
    sticky.body = sticky.body.replace(/"rooms":\{[^}]*\}/, '"rooms":null');
    expect(sticky.body).toContain('"rooms":null');
    merge();
    sim.consoleEdit('Equities Desk', [
      { email: 'eq1@acme.com', tx: true },
      { email: 'eq2@acme.com' },
      { email: 'eq4@acme.com' },
    ]);
    const changed = await applyOnPush();
    expect(changed.code).toBe(1);
    expect(puts()).toEqual([]); // one room changed since review: nothing at all is written
    expect(JSON.parse(changed.outputs['skipped-rooms'] ?? '[]')).toEqual(
      expect.arrayContaining(['Equities Desk', 'Rates Desk']),
    );
    expect(gh.commentsOn(PR).at(-1)?.body).toContain('all or nothing');

    sim.consoleEdit('Equities Desk', [{ email: 'eq1@acme.com', tx: true }, { email: 'eq2@acme.com' }]);
    const same = await applyOnPush();
    expect(same.code).toBe(0);
    expect(puts()).toHaveLength(2);
  });

  it('writes nothing when the merged pull request has no reviewed plan', async () => {
    gh.addPull({ number: PR, headSha: HEAD });
    gh.addComment(PR, 'mallory', '<!-- whoot-rooms:sticky path=. -->\n<!-- whoot-rooms:plan {"v":1} -->');
    merge();
    const run = await applyOnPush();
    expect(run.code).toBe(1);
    expect(puts()).toEqual([]);
    expect(run.annotations.find((a) => a.kind === 'error')?.message).toMatch(/no whoot-rooms plan/);
    const result = gh.commentsOn(PR).filter((c) => c.user.login === BOT);
    expect(result).toHaveLength(1);
    expect(result[0]?.body).toContain('Nothing applied');
  });

  it('holds the mass-removal guard; a label added after the last plan lifts nothing and says to re-plan', async () => {
    writeRoom(ws, 'fx.yaml', { name: 'FX Desk', members: [{ email: 'fx1@acme.com' }] }); // 5 of 6 removed
    await planOnPullRequest();
    merge();
    const guarded = await applyOnPush();
    expect(guarded.code).toBe(1);
    expect(puts()).not.toContain(`/rooms/${idOf('FX Desk')}/members`);
    expect(JSON.parse(guarded.outputs['skipped-rooms'] ?? '[]')).toEqual(['FX Desk']);
    expect(membersOf('FX Desk')).toHaveLength(6);

    // A triager adds the label after the plan the reviewer approved: the plan comment still shows FX blocked.
    merge(['whoot-rooms/allow-mass-removal']);
    const late = await applyOnPush();
    expect(late.code).toBe(1);
    expect(membersOf('FX Desk')).toHaveLength(6);
    expect(JSON.parse(late.outputs['skipped-rooms'] ?? '[]')).toEqual(['FX Desk']);
    const said = late.annotations.map((a) => a.message).join('\n');
    expect(said).toMatch(/label was added to #12 after its last plan, so the lifting was never reviewed/);
    expect(said).toMatch(/re-run the plan on the pull request/);
  });

  it('the override label on the pull request when it is planned is shown on the plan, and apply lifts it', async () => {
    writeRoom(ws, 'fx.yaml', { name: 'FX Desk', members: [{ email: 'fx1@acme.com' }] }); // 5 of 6 removed
    await planOnPullRequest(['whoot-rooms/allow-mass-removal']);
    const plan =
      gh
        .commentsOn(PR)
        .filter((c) => c.user.login === BOT)
        .at(-1)?.body ?? '';
    expect(plan).toContain('guard lifted by label <code>whoot-rooms/allow-mass-removal</code>');
    merge(['whoot-rooms/allow-mass-removal']);
    const forced = await applyOnPush();
    expect(forced.code).toBe(0);
    expect(membersOf('FX Desk')).toEqual(['fx1@acme.com']);
    const result =
      gh
        .commentsOn(PR)
        .filter((c) => c.user.login === BOT)
        .at(-1)?.body ?? '';
    expect(result).toContain('mass-removal guard was lifted');
    expect(result).toContain('whoot-rooms/allow-mass-removal');
  });

  it('a label removed after the plan that showed it lifted lifts nothing', async () => {
    writeRoom(ws, 'fx.yaml', { name: 'FX Desk', members: [{ email: 'fx1@acme.com' }] });
    await planOnPullRequest(['whoot-rooms/allow-mass-removal']);
    merge([]);
    const run = await applyOnPush();
    expect(run.code).toBe(1);
    expect(membersOf('FX Desk')).toHaveLength(6);
    expect(run.annotations.map((a) => a.message).join('\n')).toMatch(
      /label was on #12 when it was planned but has been removed since, so the guard holds/,
    );
  });

  it('applies nothing and fails on a push with no merged pull request (require-reviewed-plan on)', async () => {
    const run = await applyOnPush();
    expect(run.code).toBe(1);
    expect(sim.requestLog).toEqual([]);
    expect(run.annotations.at(-1)?.message).toMatch(
      /no merged pull request was found for commit .*nothing was applied/,
    );
    expect(JSON.parse(run.outputs['applied-rooms'] ?? 'null')).toEqual([]);
  });

  it('applies everything with a warning on a direct push only with require-reviewed-plan: false', async () => {
    const run = await applyOnPush({ 'require-reviewed-plan': 'false' });
    expect(run.code).toBe(0);
    expect(puts()).toHaveLength(2);
    expect(run.annotations.some((a) => a.kind === 'warning' && /No merged pull request/.test(a.message))).toBe(true);
    // No pull request to comment on: the only GitHub write is the outcome recorded on the applied commit.
    expect(gh.writes().map((r) => `${r.method} ${r.path}`)).toEqual([`POST /repos/acme/rooms/statuses/${MERGE}`]);
    expect(gh.statusesOf(MERGE)[0]).toMatchObject({ state: 'success', context: 'whoot-rooms/apply' });
    // The lookup was retried before concluding there is no pull request.
    expect(gh.requests.filter((r) => r.path.endsWith(`/commits/${MERGE}/pulls`))).toHaveLength(3);
  });

  it(
    'command apply refuses a push to another branch and a workflow_dispatch: zero whoot requests, failed ' + 'step',
    async () => {
      const cases = [
        {
          eventName: 'push',
          payload: pushPayload({ owner: gh.owner, repo: gh.repo, after: MERGE, ref: 'refs/heads/feature' }),
          why: /not a push to the default branch/,
        },
        {
          eventName: 'workflow_dispatch',
          payload: { repository: { default_branch: 'main' }, ref: 'refs/heads/main' },
          why: /refuses to run on a workflow_dispatch event/,
        },
      ];
      for (const c of cases) {
        sim.requestLog.length = 0;
        const run = await runAction({
          workspace: ws,
          eventName: c.eventName,
          payload: c.payload,
          sha: MERGE,
          githubApiUrl: gh.url,
          githubToken: GH_TOKEN,
          inputs: { 'api-url': sim.url, 'api-token': CANARY, command: 'apply' },
        });
        expect(run.code).toBe(1);
        expect(run.annotations[0]?.message).toMatch(c.why);
        expect(sim.requestLog).toEqual([]);
      }
    },
  );

  it('never applies on a merge queue or pull request event', async () => {
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestPayload({ owner: gh.owner, repo: gh.repo, number: PR, headSha: HEAD }),
      sha: HEAD,
      githubApiUrl: gh.url,
      githubToken: GH_TOKEN,
      inputs: { 'api-url': sim.url, 'api-token': CANARY, command: 'apply' },
    });
    expect(run.code).toBe(1);
    expect(run.annotations[0]?.message).toMatch(/refuses to run on a pull_request event/);
    expect(puts()).toEqual([]);
  });
});
