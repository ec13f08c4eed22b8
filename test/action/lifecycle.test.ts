/**
 * Restore and expire (issue 13 §1, §2): the two commands that write to whoot without a merge, from the default
 * branch only, on workflow_dispatch or schedule.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/sim/index.js';
import type { SimulatorHandle } from '../../src/sim/types.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { ALL_SCOPES, emails, makeWorkspace, seedOf, sha, writeRawFile, writeRoom, type RoomSpec } from './fixtures.js';
import { runActionProcess as runAction } from './harness.js';
import { pullRequestPayload, pushPayload, schedulePayload } from './payloads.js';

const CANARY = 'whoot_canary_LIFECYCLE_1a2b3c4d5e6f';
const GH_TOKEN = 'ghs_fake_actions_token';
const BOT = 'github-actions[bot]';

const desk: RoomSpec = {
  name: 'Equities Desk',
  members: [{ email: 'eq1@acme.com', tx: true }, { email: 'eq2@acme.com' }],
};
const fx: RoomSpec = { name: 'FX Desk', members: emails('fx', 6).map((email) => ({ email })) };

let sim: SimulatorHandle;
let gh: FakeGitHub;
let ws: string;

beforeEach(async () => {
  const live = [
    desk,
    fx,
    { name: 'Rates Desk', members: [{ email: 'rt1@acme.com' }, { email: 'rt2@acme.com', tx: true }] },
  ];
  sim = await startSimulator({
    seed: seedOf([...emails('eq', 4), ...emails('fx', 6), ...emails('rt', 3)], live, [
      { token: CANARY, scopes: ALL_SCOPES },
    ]),
  });
  gh = await startFakeGitHub();
  gh.addToken(GH_TOKEN, { login: BOT, app: true });
  ws = makeWorkspace();
  writeRoom(ws, 'equities.yaml', desk);
  writeRoom(ws, 'fx.yaml', fx);
  writeRoom(ws, 'rates.yaml', {
    name: 'Rates Desk',
    members: [{ email: 'rt1@acme.com' }, { email: 'rt2@acme.com', tx: true }],
  });
});
afterEach(async () => {
  await gh.stop();
  await sim.stop();
});

const dispatchPayload = (ref = 'refs/heads/main') => ({
  ref,
  inputs: {},
  workflow: '.github/workflows/whoot-rooms.yml',
  repository: { full_name: 'acme/rooms', name: 'rooms', owner: { login: 'acme' }, default_branch: 'main' },
  sender: { login: 'desk-admin' },
});

function run(eventName: string, payload: Record<string, unknown>, command: string, ref = 'refs/heads/main') {
  return runAction({
    workspace: ws,
    eventName,
    payload,
    sha: sha(0xd1),
    ref,
    githubApiUrl: gh.url,
    githubToken: GH_TOKEN,
    inputs: { 'api-url': sim.url, 'api-token': CANARY, command },
  });
}

const driftCheck = () => run('schedule', schedulePayload({ owner: gh.owner, repo: gh.repo }), 'auto');
const idOf = (name: string) => sim.snapshot().rooms.find((r) => r.name === name)!.id;
const membersOf = (name: string) => {
  const snap = sim.snapshot();
  const byId = new Map(snap.users.map((u) => [u.id, u.email]));
  return (snap.members[idOf(name)] ?? []).map((m) => `${byId.get(m.user_id)}${m.tx_permission ? ' tx' : ''}`).sort();
};
const writes = () => sim.requestLog.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

describe('command: restore', () => {
  it(
    'on workflow_dispatch of the default branch applies the fresh plan, posts the result on the drift issue ' +
      'and closes it',
    async () => {
      sim.consoleEdit('Equities Desk', [...desk.members, { email: 'eq3@acme.com' }]);
      expect((await driftCheck()).code).toBe(0);
      const issue = gh.issues[0]!;
      expect(issue.state).toBe('open');
      expect(issue.body).toContain('run the workflow with `command: restore` to put whoot back to the default branch');
      expect(issue.body).toContain('or merge a pull request that adopts the console change');

      sim.requestLog.length = 0;
      const restored = await run('workflow_dispatch', dispatchPayload(), 'restore');
      expect(restored.code).toBe(0);
      expect(writes()).toEqual([`PUT /rooms/${idOf('Equities Desk')}/members`]);
      expect(membersOf('Equities Desk')).toEqual(['eq1@acme.com tx', 'eq2@acme.com']);
      expect(JSON.parse(restored.outputs['applied-rooms'] ?? '[]')).toEqual(['Equities Desk']);
      expect(gh.issues[0]?.state).toBe('closed');
      const comment = gh.commentsOn(issue.number).at(-1)?.body ?? '';
      expect(comment).toContain('### whoot-rooms restore');
      expect(comment).toContain('Applied 1 room');
      expect(comment).toContain('Back in sync');
      expect(restored.outputs['comment-url']).toBe(issue.html_url);
      expect(restored.summary).toContain('whoot-rooms restore');
      // Restore is no merge: it comments on no pull request and records no apply status.
      expect(gh.writes().map((r) => `${r.method} ${r.path}`)).not.toContainEqual(
        expect.stringMatching(/statuses|pulls/),
      );
    },
  );

  it('holds the mass-removal guard (no label lifts it), posts the result and leaves the drift issue open', async () => {
    // The console added four people to FX Desk: putting it back removes 4 of 10, over the 25% guard.
    sim.consoleEdit('FX Desk', [...fx.members, ...emails('eq', 4).map((email) => ({ email }))]);
    expect((await driftCheck()).code).toBe(0);
    sim.consoleEdit('Equities Desk', [...desk.members, { email: 'eq3@acme.com' }]);
    const restored = await run('schedule', schedulePayload({ owner: gh.owner, repo: gh.repo }), 'restore');
    expect(restored.code).toBe(1);
    expect(membersOf('FX Desk')).toHaveLength(10);
    expect(membersOf('Equities Desk')).toEqual(['eq1@acme.com tx', 'eq2@acme.com']);
    expect(JSON.parse(restored.outputs['skipped-rooms'] ?? '[]')).toEqual(['FX Desk']);
    expect(restored.annotations.map((a) => a.message).join('\n')).toMatch(/restore never lifts the guard/);
    const issue = gh.issues[0]!;
    expect(issue.state).toBe('open');
    expect(gh.commentsOn(issue.number).at(-1)?.body).toContain('does not match the default branch yet');
  });

  it('is refused on another ref, on a push and on a pull request, with zero requests to whoot or GitHub', async () => {
    sim.consoleEdit('Equities Desk', [...desk.members, { email: 'eq3@acme.com' }]);
    const cases = [
      {
        run: () => run('workflow_dispatch', dispatchPayload('refs/heads/feature'), 'restore', 'refs/heads/feature'),
        why: /runs only on the default branch \(main\), not on refs\/heads\/feature/,
      },
      {
        run: () => run('push', pushPayload({ owner: gh.owner, repo: gh.repo, after: sha(7) }), 'restore'),
        why: /refuses to run on a push event/,
      },
      {
        run: () =>
          run(
            'pull_request',
            pullRequestPayload({ owner: gh.owner, repo: gh.repo, number: 4, headSha: sha(4) }),
            'restore',
          ),
        why: /refuses to run on a pull_request event/,
      },
      {
        run: () => run('workflow_dispatch', dispatchPayload('refs/heads/feature'), 'expire', 'refs/heads/feature'),
        why: /command "expire" runs only on the default branch/,
      },
    ];
    for (const c of cases) {
      sim.requestLog.length = 0;
      gh.requests.length = 0;
      const refused = await c.run();
      expect(refused.code).toBe(1);
      expect(refused.annotations.at(-1)?.message).toMatch(c.why);
      expect(sim.requestLog).toEqual([]);
      expect(gh.requests).toEqual([]);
    }
    expect(membersOf('Equities Desk')).toContain('eq3@acme.com');
  });
});

describe('command: expire', () => {
  it('on schedule removes the expired access only: drift, a console addition and a pending merge stay', async () => {
    writeRawFile(
      ws,
      'groups/fx.yaml',
      `name: fx\nmembers:\n${emails('fx', 6)
        .map((e) => `  - ${e}\n`)
        .join('')}`,
    );
    writeRawFile(
      ws,
      'rooms/fx.yaml',
      [
        'name: FX Desk',
        'members:',
        '  - group: fx',
        '  - user: fx1@acme.com',
        '    tx: true',
        '    expires: 2026-02-01', // fx1 keeps listen through the group: downgraded, not removed
        '',
      ].join('\n'),
    );
    writeRawFile(
      ws,
      'rooms/rates.yaml',
      [
        'name: Rates Desk',
        'members:',
        '  - rt1@acme.com',
        '  - user: rt2@acme.com',
        '    tx: true',
        '    expires: 2026-01-31', // gone
        '  - rt3@acme.com', // merged but not applied yet: expire adds nobody
        '',
      ].join('\n'),
    );
    sim.consoleEdit(
      'FX Desk',
      emails('fx', 6).map((email) => ({ email, tx: email === 'fx1@acme.com' })),
    );
    // Drift elsewhere: a console addition in a room with nothing expired.
    sim.consoleEdit('Equities Desk', [...desk.members, { email: 'eq4@acme.com' }]);
    sim.requestLog.length = 0;

    const expired = await run('schedule', schedulePayload({ owner: gh.owner, repo: gh.repo }), 'expire');
    expect(expired.code).toBe(0);
    expect(writes().sort()).toEqual(
      [`PUT /rooms/${idOf('FX Desk')}/members`, `PUT /rooms/${idOf('Rates Desk')}/members`].sort(),
    );
    expect(membersOf('Rates Desk')).toEqual(['rt1@acme.com']);
    expect(membersOf('FX Desk')).toEqual(emails('fx', 6).sort());
    expect(membersOf('Equities Desk')).toEqual(['eq1@acme.com tx', 'eq2@acme.com', 'eq4@acme.com']);
    expect(JSON.parse(expired.outputs['applied-rooms'] ?? '[]')).toEqual(['FX Desk', 'Rates Desk']);
    expect(expired.summary).toContain('### whoot-rooms expire');
    expect(expired.summary).toMatch(/rt2@acme\.com.*expired 2026-01-31/);
    expect(expired.stdout).toMatch(/rt2@acme\.com \(expired 2026-01-31, rooms\/rates\.yaml:\d+\)/);
    expect(gh.writes()).toEqual([]); // nothing on GitHub: the job summary holds the result

    sim.requestLog.length = 0;
    const again = await run('schedule', schedulePayload({ owner: gh.owner, repo: gh.repo }), 'expire');
    expect(again.code).toBe(0);
    expect(writes()).toEqual([]);
    expect(again.outputs.summary).toMatch(/^Nothing has expired that is still in whoot/);
  });

  it('is never chosen by auto: a schedule event runs the drift check', async () => {
    writeRawFile(
      ws,
      'rooms/rates.yaml',
      'name: Rates Desk\nmembers:\n  - rt1@acme.com\n  - user: rt2@acme.com\n    expires: 2026-01-31\n',
    );
    sim.requestLog.length = 0;
    const drift = await driftCheck();
    expect(drift.code).toBe(0);
    expect(writes()).toEqual([]);
    expect(membersOf('Rates Desk')).toEqual(['rt1@acme.com', 'rt2@acme.com tx']);
  });
});
