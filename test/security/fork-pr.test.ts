import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/sim/index.js';
import type { SimulatorHandle } from '../../src/sim/types.js';
import { startFakeGitHub, type FakeGitHub } from '../action/fake-github.js';
import { ALL_SCOPES, emails, makeWorkspace, seedOf, sha, writeRoom } from '../action/fixtures.js';
import { runActionProcess as runAction } from '../action/harness.js';
import { pullRequestPayload } from '../action/payloads.js';
import { CANARY_TOKEN, recordCapture } from '../support/captures.js';

/**
 * A fork's pull request is untrusted: the Action must never use the whoot key on it. GitHub gives `pull_request`
 * runs from forks no secrets (test/action/events.test.ts covers that path: validate only); this covers a
 * workflow that hands the key over anyway (`pull_request_target`, or secrets passed to forks).
 */
const GH_TOKEN = 'ghs_fake_actions_token';

let sim: SimulatorHandle;
let gh: FakeGitHub;
let ws: string;

beforeAll(async () => {
  sim = await startSimulator({
    seed: seedOf(
      emails('eq', 2),
      [{ name: 'Equities Desk', members: [{ email: 'eq1@acme.com' }] }],
      [{ token: CANARY_TOKEN, scopes: ALL_SCOPES }],
    ),
  });
});
afterAll(async () => {
  await sim.stop();
  await gh.stop();
});
beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addToken(GH_TOKEN, { login: 'github-actions[bot]', app: true });
  ws = makeWorkspace();
  writeRoom(ws, 'equities.yaml', {
    name: 'Equities Desk',
    members: [{ email: 'eq1@acme.com' }, { email: 'eq2@acme.com', tx: true }],
  });
  sim.requestLog.length = 0;
});

describe('a pull request from a fork, with the whoot key given anyway', () => {
  it.each(['pull_request', 'pull_request_target'])(
    '%s: validates only and never calls whoot with the key',
    async (eventName) => {
      gh.addPull({ number: 7, headSha: sha(7), headRepo: 'contributor/rooms' });
      const run = await runAction({
        workspace: ws,
        eventName,
        payload: pullRequestPayload({ owner: gh.owner, repo: gh.repo, number: 7, headSha: sha(7), fork: true }),
        sha: sha(0x77),
        githubApiUrl: gh.url,
        githubToken: GH_TOKEN,
        inputs: { 'api-url': sim.url, 'api-token': CANARY_TOKEN },
      });
      recordCapture(`security/fork-pr ${eventName} stdout`, run.visibleStdout);
      recordCapture(`security/fork-pr ${eventName} stderr`, run.stderr);
      recordCapture(`security/fork-pr ${eventName} summary`, run.summary);
      for (const c of gh.comments) recordCapture(`security/fork-pr ${eventName} comment`, c.body);
      expect(run.code).toBe(0);
      expect(sim.requestLog).toEqual([]); // the live API was never called
      expect(run.summary).toContain('The live plan was skipped');
      expect(run.summary).toContain('never uses the whoot key on a fork');
    },
  );
});
