import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/sim/index.js';
import type { SimulatorHandle } from '../../src/sim/types.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { ALL_SCOPES, emails, makeWorkspace, seedOf, sha, writeRoom } from './fixtures.js';
import { runAction } from './harness.js';
import { schedulePayload } from './payloads.js';

const CANARY = 'whoot_canary_DRIFT_77aa88bb99cc';
const GH_TOKEN = 'ghs_fake_actions_token';
const BOT = 'github-actions[bot]';

let sim: SimulatorHandle;
let gh: FakeGitHub;
let ws: string;

const desk = [{ email: 'eq1@acme.com', tx: true }, { email: 'eq2@acme.com' }];

beforeEach(async () => {
  sim = await startSimulator({
    seed: seedOf(emails('eq', 4), [{ name: 'Equities Desk', members: desk }], [{ token: CANARY, scopes: ALL_SCOPES }]),
  });
  gh = await startFakeGitHub();
  gh.addToken(GH_TOKEN, { login: BOT, app: true });
  ws = makeWorkspace();
  writeRoom(ws, 'equities.yaml', { name: 'Equities Desk', members: desk });
});
afterEach(async () => {
  await gh.stop();
  await sim.stop();
});

const driftCheck = () =>
  runAction({
    workspace: ws,
    eventName: 'schedule',
    payload: schedulePayload({ owner: gh.owner, repo: gh.repo }),
    sha: sha(0xd1),
    githubApiUrl: gh.url,
    githubToken: GH_TOKEN,
    inputs: { 'api-url': sim.url, 'api-token': CANARY },
  });

describe('drift watch on a schedule', () => {
  it('opens one issue on a console edit, updates it in place, and closes it when back in sync', async () => {
    const calm = await driftCheck();
    expect(calm.code).toBe(0);
    expect(gh.issues).toHaveLength(0);

    // Someone adds eq3 in the whoot console.
    sim.consoleEdit('Equities Desk', [...desk, { email: 'eq3@acme.com' }]);
    const first = await driftCheck();
    expect(first.code).toBe(0);
    expect(gh.issues).toHaveLength(1);
    const issue = gh.issues[0]!;
    expect(issue.title).toBe('whoot rooms drifted from git');
    expect(issue.state).toBe('open');
    expect(issue.body).toContain('<!-- whoot-rooms:drift path=. -->');
    expect(issue.body).toContain('eq3@acme.com');
    expect(first.outputs['comment-url']).toBe(issue.html_url);
    expect(first.annotations.some((a) => a.kind === 'warning' && /drifted from git/.test(a.message))).toBe(true);
    expect(sim.requestLog.filter((r) => r.method !== 'GET')).toHaveLength(0); // drift never writes to whoot

    sim.consoleEdit('Equities Desk', [...desk, { email: 'eq3@acme.com' }, { email: 'eq4@acme.com' }]);
    const second = await driftCheck();
    expect(second.code).toBe(0);
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0]?.body).toContain('eq4@acme.com');

    sim.consoleEdit('Equities Desk', desk);
    const synced = await driftCheck();
    expect(synced.code).toBe(0);
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0]?.state).toBe('closed');
    expect(
      gh
        .commentsOn(issue.number)
        .map((c) => c.body)
        .join('\n'),
    ).toContain('Back in sync');

    // The next drift opens a fresh issue rather than reopening a closed one.
    sim.consoleEdit('Equities Desk', [{ email: 'eq1@acme.com', tx: true }]);
    await driftCheck();
    expect(gh.issues.filter((i) => i.state === 'open')).toHaveLength(1);
    expect(gh.issues).toHaveLength(2);
  });

  it('ignores an issue with the marker opened by someone else', async () => {
    sim.consoleEdit('Equities Desk', [...desk, { email: 'eq3@acme.com' }]);
    gh.issues.push({
      number: 50,
      title: 'whoot rooms drifted from git',
      body: '<!-- whoot-rooms:drift path=. -->\nfake',
      state: 'open',
      state_reason: null,
      user: { login: 'mallory', type: 'User' },
      labels: [],
      html_url: 'https://github.example/acme/rooms/issues/50',
    });
    const run = await driftCheck();
    expect(run.code).toBe(0);
    expect(gh.issues.find((i) => i.number === 50)?.body).toBe('<!-- whoot-rooms:drift path=. -->\nfake');
    expect(gh.issues.filter((i) => i.user.login === BOT)).toHaveLength(1);
  });
});
