import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/sim/index.js';
import type { SimulatorHandle } from '../../src/sim/types.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { ALL_SCOPES, emails, makeWorkspace, seedOf, sha, writeRoom, type RoomSpec } from './fixtures.js';
import { runActionProcess as runAction } from './harness.js';
import { pullRequestPayload } from './payloads.js';

const KEY = 'whoot_canary_LARGE_5e6f7a8b9c0d';
const GH_TOKEN = 'ghs_fake_actions_token';
const BOT = 'github-actions[bot]';
const ROOMS = 700;
const users = emails('t', 40);

let sim: SimulatorHandle;
let gh: FakeGitHub;
let ws: string;

beforeEach(async () => {
  // 700 empty rooms; the tree gives each 40 listeners, and one trader transmit in Desk 523.
  const live: RoomSpec[] = Array.from({ length: ROOMS }, (_, i) => ({ name: `Desk ${i}`, members: [] }));
  sim = await startSimulator({ seed: seedOf(users, live, [{ token: KEY, scopes: ALL_SCOPES }]) });
  gh = await startFakeGitHub();
  gh.addToken(GH_TOKEN, { login: BOT, app: true });
  ws = makeWorkspace();
  for (let i = 0; i < ROOMS; i++) {
    writeRoom(ws, `desk-${i}.yaml`, {
      name: `Desk ${i}`,
      members: users.map((email, j) => ({ email, tx: i === 523 && j === 6 })),
    });
  }
});
afterEach(async () => {
  await gh.stop();
  await sim.stop();
});

describe('a plan too large for one comment', () => {
  it("a 700-room plan with one transmit grant: the grant's user and room are in the comment", async () => {
    gh.addPull({ number: 7, headSha: sha(0x77) });
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestPayload({ owner: gh.owner, repo: gh.repo, number: 7, headSha: sha(0x77) }),
      sha: sha(0x77),
      githubApiUrl: gh.url,
      githubToken: GH_TOKEN,
      inputs: { 'api-url': sim.url, 'api-token': KEY },
    });
    expect(run.code).toBe(0);
    const comment = (gh.commentsOn(7).find((c) => c.user.login === BOT)?.body ?? '').replaceAll('\u200d', '');
    expect(comment.length).toBeLessThanOrEqual(65_536);
    expect(comment).toContain('too large for one comment');
    expect(comment).toContain('#### Transmit grants and removals (1 grant, 0 removals: always listed)');
    expect(comment).toContain('- `Desk 523`: **+ transmit** <code>t7@acme.com</code>');
    // The job summary has the full plan, with the same grant in its room's diff.
    expect(run.summary.replaceAll('\u200d', '')).toMatch(/\+ t7@acme\.com.* transmit/);
  });
});
