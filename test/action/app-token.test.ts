import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/sim/index.js';
import type { SimulatorHandle } from '../../src/sim/types.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { ALL_SCOPES, emails, makeWorkspace, seedOf, sha, writeRoom } from './fixtures.js';
import { runAction } from './harness.js';
import { pullRequestPayload, pushPayload } from './payloads.js';

const KEY = 'whoot_canary_APP_3c4d5e6f7a8b';
const APP_TOKEN = 'ghs_fake_app_installation_token';
const APP = 'whoot-rooms-app[bot]';
const PR = 31;
const MERGE = sha(0x3131);

let sim: SimulatorHandle;
let gh: FakeGitHub;
let ws: string;

beforeEach(async () => {
  sim = await startSimulator({
    seed: seedOf(
      emails('u', 3),
      [{ name: 'FX', members: [{ email: 'u1@acme.com' }] }],
      [{ token: KEY, scopes: ALL_SCOPES }],
    ),
  });
  gh = await startFakeGitHub();
  // An App installation token: it writes as the app's bot, and GET /user is refused.
  gh.addToken(APP_TOKEN, { login: APP, app: true });
  ws = makeWorkspace();
  writeRoom(ws, 'fx.yaml', { name: 'FX', members: [{ email: 'u1@acme.com' }, { email: 'u2@acme.com' }] });
});
afterEach(async () => {
  await gh.stop();
  await sim.stop();
});

function planPush(headSha: string, inputs: Record<string, string>) {
  const pull = gh.pulls.get(PR);
  if (pull) pull.headSha = headSha;
  else gh.addPull({ number: PR, headSha });
  return runAction({
    workspace: ws,
    eventName: 'pull_request',
    payload: pullRequestPayload({ owner: gh.owner, repo: gh.repo, number: PR, headSha }),
    sha: headSha,
    githubApiUrl: gh.url,
    githubToken: APP_TOKEN,
    inputs: { 'api-url': sim.url, 'api-token': KEY, ...inputs },
  });
}

describe('a GitHub App installation token', () => {
  it(
    'with comment-author: one sticky comment across two pushes, and apply on merge finds the reviewed ' + 'plan',
    async () => {
      const inputs = { 'comment-author': APP };
      expect((await planPush(sha(0x31), inputs)).code).toBe(0);
      writeRoom(ws, 'fx.yaml', { name: 'FX', members: [{ email: 'u1@acme.com' }, { email: 'u3@acme.com' }] });
      expect((await planPush(sha(0x32), inputs)).code).toBe(0);
      const ours = gh.commentsOn(PR).filter((c) => c.user.login === APP);
      expect(ours).toHaveLength(1);
      expect(ours[0]?.body).toContain('u3@acme.com');

      Object.assign(gh.pulls.get(PR)!, { state: 'closed', merged: true, mergeCommitSha: MERGE });
      gh.associateCommit(MERGE, [PR]);
      const run = await runAction({
        workspace: ws,
        eventName: 'push',
        payload: pushPayload({ owner: gh.owner, repo: gh.repo, after: MERGE }),
        sha: MERGE,
        githubApiUrl: gh.url,
        githubToken: APP_TOKEN,
        inputs: { 'api-url': sim.url, 'api-token': KEY, ...inputs },
      });
      expect(run.code).toBe(0);
      expect(JSON.parse(run.outputs['applied-rooms'] ?? '[]')).toEqual(['FX']);
    },
  );

  it(
    'without comment-author, a plan comment by another bot makes the step fail and say to set ' + 'comment-author',
    async () => {
      expect((await planPush(sha(0x31), { 'comment-author': APP })).code).toBe(0);
      const before = gh.commentsOn(PR).length;
      const run = await planPush(sha(0x32), {});
      expect(run.code).toBe(1);
      const said = run.annotations.map((a) => a.message).join('\n');
      expect(said).toContain(`has a whoot-rooms comment by ${APP}`);
      expect(said).toContain(`set the comment-author input to "${APP}"`);
      expect(gh.commentsOn(PR)).toHaveLength(before); // no second comment
    },
  );

  it('refuses a comment-author that is not a GitHub login', async () => {
    const run = await planPush(sha(0x31), { 'comment-author': 'evil login; rm' });
    expect(run.code).toBe(1);
    expect(run.annotations.at(-1)?.message).toContain('input "comment-author" must be a GitHub login');
  });
});
