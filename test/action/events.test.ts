import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/sim/index.js';
import type { SimulatorHandle } from '../../src/sim/types.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { ALL_SCOPES, emails, makeWorkspace, seedOf, sha, writeRawFile, writeRoom } from './fixtures.js';
// In process, but for the fork story: that one runs dist/index.js as the runner does.
import { runAction, runActionProcess } from './harness.js';
import { mergeGroupPayload, pullRequestPayload, pushPayload } from './payloads.js';

const CANARY = 'whoot_canary_EVENTS_5e4d3c2b1a';
const GH_TOKEN = 'ghs_fake_actions_token';
const FORK_TOKEN = 'ghs_fake_fork_read_only';

let sim: SimulatorHandle;
let gh: FakeGitHub;
let ws: string;

beforeAll(async () => {
  sim = await startSimulator({
    seed: seedOf(
      emails('eq', 4),
      [{ name: 'Equities Desk', members: [{ email: 'eq1@acme.com' }] }],
      [{ token: CANARY, scopes: ALL_SCOPES }],
    ),
  });
});
afterAll(async () => {
  await sim.stop();
});
beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addToken(GH_TOKEN, { login: 'github-actions[bot]', app: true });
  gh.addToken(FORK_TOKEN, { login: 'github-actions[bot]', app: true, readOnly: true });
  ws = makeWorkspace();
  writeRoom(ws, 'equities.yaml', {
    name: 'Equities Desk',
    members: [{ email: 'eq1@acme.com' }, { email: 'eq2@acme.com', tx: true }],
  });
  sim.requestLog.length = 0;
});
afterEach(async () => {
  await gh.stop();
});

describe('a pull request from a fork (no secrets)', () => {
  const forkRun = () =>
    runActionProcess({
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestPayload({ owner: gh.owner, repo: gh.repo, number: 3, headSha: sha(3), fork: true }),
      sha: sha(0x33),
      githubApiUrl: gh.url,
      githubToken: FORK_TOKEN,
      inputs: { 'api-url': sim.url, 'api-token': '' },
    });

  it('validates only, says why, treats the read-only comment 403 as a notice, and passes', async () => {
    gh.addPull({ number: 3, headSha: sha(3), headRepo: 'contributor/rooms' });
    const run = await forkRun();
    expect(run.code).toBe(0);
    expect(sim.requestLog).toHaveLength(0); // the live API was never called
    expect(run.summary).toContain('The live plan was skipped');
    expect(run.summary).toContain('fork');
    expect(run.outputs.summary).toMatch(/valid.*Live plan skipped/);
    const notices = run.annotations.filter((a) => a.kind === 'notice');
    expect(notices.some((a) => /Live plan skipped/.test(a.message))).toBe(true);
    expect(notices.some((a) => /Plan comment not written.*read-only/.test(a.message))).toBe(true);
    expect(run.annotations.filter((a) => a.kind === 'error')).toHaveLength(0);
  });

  it('writes the validate-only note into the comment when the token may comment', async () => {
    gh.addPull({ number: 3, headSha: sha(3), headRepo: 'contributor/rooms' });
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestPayload({ owner: gh.owner, repo: gh.repo, number: 3, headSha: sha(3), fork: true }),
      sha: sha(0x33),
      githubApiUrl: gh.url,
      githubToken: GH_TOKEN,
      inputs: { 'api-url': sim.url },
    });
    expect(run.code).toBe(0);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]?.body).toContain('The live plan was skipped');
  });

  it('still fails on an invalid tree', async () => {
    gh.addPull({ number: 3, headSha: sha(3), headRepo: 'contributor/rooms' });
    writeRawFile(ws, 'rooms/bad.yaml', 'name: Bad\nmembers: {}\n');
    const run = await forkRun();
    expect(run.code).toBe(1);
    expect(run.annotations.find((a) => a.kind === 'error')?.properties.file).toBe('rooms/bad.yaml');
  });
});

describe('a pull request from the same repository', () => {
  it('fails when the api-token input is empty (a misspelt secret), naming the input and the secret', async () => {
    gh.addPull({ number: 4, headSha: sha(4) });
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestPayload({ owner: gh.owner, repo: gh.repo, number: 4, headSha: sha(4) }),
      sha: sha(0x44),
      githubApiUrl: gh.url,
      githubToken: GH_TOKEN,
      inputs: { 'api-url': sim.url, 'api-token': '' },
    });
    expect(run.code).toBe(1);
    expect(sim.requestLog).toHaveLength(0);
    expect(run.annotations.at(-1)?.message).toMatch(/`api-token` input is empty.*secrets\.WHOOT_READ_KEY/);
  });

  it(
    'treats a pull request whose head repository was deleted (head.repo null) as a fork: the key is never ' + 'used',
    async () => {
      gh.addPull({ number: 5, headSha: sha(5) });
      const payload = pullRequestPayload({ owner: gh.owner, repo: gh.repo, number: 5, headSha: sha(5) });
      ((payload.pull_request as Record<string, unknown>).head as Record<string, unknown>).repo = null;
      const run = await runAction({
        workspace: ws,
        eventName: 'pull_request',
        payload,
        sha: sha(0x55),
        githubApiUrl: gh.url,
        githubToken: GH_TOKEN,
        inputs: { 'api-url': sim.url, 'api-token': CANARY },
      });
      expect(run.code).toBe(0);
      expect(sim.requestLog).toHaveLength(0);
      expect(run.summary).toContain('fork');
    },
  );

  it('fails with the permission to grant when the token may not comment', async () => {
    gh.addPull({ number: 4, headSha: sha(4) });
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestPayload({ owner: gh.owner, repo: gh.repo, number: 4, headSha: sha(4) }),
      sha: sha(0x44),
      githubApiUrl: gh.url,
      githubToken: FORK_TOKEN,
      inputs: { 'api-url': sim.url, 'api-token': CANARY },
    });
    expect(run.code).toBe(1);
    expect(run.annotations.at(-1)?.message).toMatch(
      /writing the plan comment on #4: GitHub API POST \/repos\/acme\/rooms\/issues\/4\/comments answered 403: Resource not accessible by integration\. The job needs `permissions: pull-requests: write`/,
    );
    // The plan itself still reached the job summary and the outputs.
    expect(run.summary).toContain('Plan: 1 room to change');
    expect(run.outputs['has-changes']).toBe('true');
  });
});

describe('auto dispatch', () => {
  it('plans on merge_group without commenting or applying', async () => {
    const run = await runAction({
      workspace: ws,
      eventName: 'merge_group',
      payload: mergeGroupPayload({ owner: gh.owner, repo: gh.repo, headSha: sha(0x44) }),
      sha: sha(0x44),
      ref: 'refs/heads/gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64',
      githubApiUrl: gh.url,
      githubToken: GH_TOKEN,
      inputs: { 'api-url': sim.url, 'api-token': CANARY },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('plan (merge_group event');
    expect(run.outputs['has-changes']).toBe('true');
    expect(sim.requestLog.filter((r) => r.method !== 'GET')).toHaveLength(0);
    expect(gh.writes()).toHaveLength(0);
  });

  it('refuses a push to another branch, naming it', async () => {
    const run = await runAction({
      workspace: ws,
      eventName: 'push',
      payload: pushPayload({ owner: gh.owner, repo: gh.repo, after: sha(5), ref: 'refs/heads/feature/x' }),
      sha: sha(5),
      githubApiUrl: gh.url,
      githubToken: GH_TOKEN,
      inputs: { 'api-url': sim.url, 'api-token': CANARY },
    });
    expect(run.code).toBe(1);
    expect(run.annotations[0]?.message).toMatch(
      /push to refs\/heads\/feature\/x is not a push to the default branch \(main\)/,
    );
    expect(sim.requestLog.filter((r) => r.method !== 'GET')).toHaveLength(0);
  });

  it('names an event it does not handle', async () => {
    const run = await runAction({
      workspace: ws,
      eventName: 'release',
      payload: { repository: { full_name: 'acme/rooms', default_branch: 'main' } },
      sha: sha(6),
      githubApiUrl: gh.url,
      githubToken: GH_TOKEN,
      inputs: { 'api-url': sim.url, 'api-token': CANARY },
    });
    expect(run.code).toBe(1);
    expect(run.annotations[0]?.message).toMatch(/does not know what to do on a release event/);
  });

  it('rejects a bad concurrency or command input with a clear message', async () => {
    const base = {
      workspace: ws,
      eventName: 'workflow_dispatch',
      payload: { repository: { full_name: 'acme/rooms', default_branch: 'main' } },
      sha: sha(6),
      githubApiUrl: gh.url,
      githubToken: GH_TOKEN,
    };
    const bad = await runAction({ ...base, inputs: { 'api-url': sim.url, 'api-token': CANARY, concurrency: 'four' } });
    expect(bad.code).toBe(1);
    expect(bad.annotations[0]?.message).toBe('input "concurrency" must be a whole number between 1 and 64, got "four"');
    const cmd = await runAction({ ...base, inputs: { 'api-url': sim.url, 'api-token': CANARY, command: 'destroy' } });
    expect(cmd.code).toBe(1);
    expect(cmd.annotations[0]?.message).toBe(
      'input "command" must be one of auto, plan, apply, drift, validate, restore, expire, got "destroy"',
    );
    expect(sim.requestLog).toHaveLength(0);
  });

  it('plans on workflow_dispatch into the job summary', async () => {
    const run = await runAction({
      workspace: ws,
      eventName: 'workflow_dispatch',
      payload: { inputs: {}, ref: 'refs/heads/main', repository: { full_name: 'acme/rooms', default_branch: 'main' } },
      sha: sha(6),
      githubApiUrl: gh.url,
      githubToken: GH_TOKEN,
      inputs: { 'api-url': sim.url, 'api-token': CANARY },
    });
    expect(run.code).toBe(0);
    expect(run.summary).toContain('Plan: 1 room to change');
    expect(gh.writes()).toHaveLength(0);
  });
});
