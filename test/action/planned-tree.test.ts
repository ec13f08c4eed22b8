import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkedOutCommit } from '../../src/action/checkout.js';
import { parseMachineBlock } from '../../src/review/comment-block.js';
import { startSimulator } from '../../src/sim/index.js';
import type { SimulatorHandle } from '../../src/sim/types.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { ALL_SCOPES, emails, makeWorkspace, seedOf, writeRoom } from './fixtures.js';
import { runAction } from './harness.js';
import { pullRequestPayload } from './payloads.js';

const KEY = 'whoot_canary_TREE_1a2b3c4d5e6f';
const GH_TOKEN = 'ghs_fake_actions_token';
const BOT = 'github-actions[bot]';
const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);
const MERGE = 'd'.repeat(40);

/** A checkout whose HEAD is `commit` (detached, as actions/checkout leaves it). */
function checkout(ws: string, commit: string): void {
  mkdirSync(join(ws, '.git'), { recursive: true });
  writeFileSync(join(ws, '.git/HEAD'), `${commit}\n`);
}

describe('the checkout HEAD', () => {
  it('is read from a detached HEAD, a loose ref, packed refs, a worktree file; null outside git', () => {
    const ws = makeWorkspace();
    expect(checkedOutCommit(ws)).toBeNull();
    checkout(ws, HEAD);
    expect(checkedOutCommit(ws)).toBe(HEAD);
    writeFileSync(join(ws, '.git/HEAD'), 'ref: refs/heads/main\n');
    expect(checkedOutCommit(ws)).toBeNull();
    writeFileSync(
      join(ws, '.git/packed-refs'),
      `# pack-refs with: peeled fully-peeled sorted\n${BASE} refs/heads/main\n`,
    );
    expect(checkedOutCommit(ws)).toBe(BASE);
    mkdirSync(join(ws, '.git/refs/heads'), { recursive: true });
    writeFileSync(join(ws, '.git/refs/heads/main'), `${MERGE}\n`);
    expect(checkedOutCommit(ws)).toBe(MERGE);
    const wt = makeWorkspace();
    writeFileSync(join(wt, '.git'), `gitdir: ${join(ws, '.git')}\n`);
    expect(checkedOutCommit(wt)).toBe(MERGE);
  });
});

describe('the plan records the tree it planned', () => {
  let sim: SimulatorHandle;
  let gh: FakeGitHub;
  let ws: string;
  beforeEach(async () => {
    sim = await startSimulator({
      seed: seedOf(emails('u', 3), [{ name: 'FX', members: [] }], [{ token: KEY, scopes: ALL_SCOPES }]),
    });
    gh = await startFakeGitHub();
    gh.addToken(GH_TOKEN, { login: BOT, app: true });
    ws = makeWorkspace();
    writeRoom(ws, 'fx.yaml', { name: 'FX', members: [{ email: 'u1@acme.com' }] });
    gh.addPull({ number: 3, headSha: HEAD });
  });
  afterEach(async () => {
    await gh.stop();
    await sim.stop();
  });

  const plan = (eventName: string, envSha: string) =>
    runAction({
      workspace: ws,
      eventName,
      payload: pullRequestPayload({ owner: gh.owner, repo: gh.repo, number: 3, headSha: HEAD }),
      sha: envSha,
      githubApiUrl: gh.url,
      githubToken: GH_TOKEN,
      inputs: { 'api-url': sim.url, 'api-token': KEY },
    });
  const comment = () => gh.commentsOn(3).find((c) => c.user.login === BOT)?.body ?? '';
  const said = () => comment().replaceAll('&#40;', '(').replaceAll('&#41;', ')').replaceAll('\u200d', '');

  it('pull_request_target checks out the base: the comment says so and records no review', async () => {
    checkout(ws, BASE);
    const run = await plan('pull_request_target', BASE);
    expect(run.code).toBe(0);
    expect(said()).toContain(`This plan is of the base branch (commit ${BASE.slice(0, 12)}), not of pull request #3`);
    expect(comment()).toContain(`commit <code>${BASE}</code>`);
    expect(parseMachineBlock(comment())).toBeNull();
    expect(run.annotations.some((a) => a.kind === 'warning' && /This plan is of the base branch/.test(a.message))).toBe(
      true,
    );
  });

  it('pull_request with the test merge checked out records a review; the footer names the merge commit', async () => {
    checkout(ws, MERGE);
    const run = await plan('pull_request', MERGE);
    expect(run.code).toBe(0);
    expect(comment()).toContain(`commit <code>${MERGE}</code>`);
    expect(comment()).not.toContain('This plan is of');
    expect(parseMachineBlock(comment())?.head_sha).toBe(HEAD);
  });

  it('pull_request whose workflow checked out another commit records no review', async () => {
    checkout(ws, BASE);
    await plan('pull_request', MERGE);
    expect(said()).toContain(`This plan is of a different tree (commit ${BASE.slice(0, 12)})`);
    expect(parseMachineBlock(comment())).toBeNull();
  });
});
