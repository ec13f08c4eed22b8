import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/sim/index.js';
import type { SimulatorHandle } from '../../src/sim/types.js';
import { revealed } from '../support/captures.js';
import { ECHO_SHAPES, echoFront, keyForms, type EchoFront } from '../support/echo-front.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { ALL_SCOPES, emails, makeWorkspace, seedOf, sha, writeRoom } from './fixtures.js';
import { runAction, runActionProcess } from './harness.js';
import { pullRequestPayload, pushPayload } from './payloads.js';

const KEY = 'whoot_canary_ECHO_9f8e7d6c5b4a';
const GH_TOKEN = 'ghs_fake_actions_token';
const BOT = 'github-actions[bot]';
const PR = 21;
const HEAD = sha(0x21);
const MERGE = sha(0x2121);

let sim: SimulatorHandle;
let gh: FakeGitHub;
let ws: string;
const fronts: EchoFront[] = [];

beforeEach(async () => {
  sim = await startSimulator({
    seed: seedOf(
      emails('u', 3),
      [{ name: 'FX', members: [{ email: 'u1@acme.com' }] }],
      [{ token: KEY, scopes: ALL_SCOPES }],
    ),
  });
  gh = await startFakeGitHub();
  gh.addToken(GH_TOKEN, { login: BOT, app: true });
  ws = makeWorkspace();
  writeRoom(ws, 'fx.yaml', { name: 'FX', members: [{ email: 'u1@acme.com' }, { email: 'u2@acme.com' }] });
});
afterEach(async () => {
  for (const f of fronts.splice(0)) await f.stop();
  await gh.stop();
  await sim.stop();
});

// The shape that leaked before (the key in the error code), one with error_description, and plain text.
const shapes = ECHO_SHAPES.filter((s) =>
  ['{"error":{"code","message"}}', 'error_description', 'plain text'].includes(s.name),
);

describe('the Action, against a server echoing the key in its error answer', () => {
  it.each(shapes.map((s) => [s.name, s] as const))(
    '%s: the key is in no comment, summary, output or annotation',
    async (_n, shape) => {
      const front = await echoFront(sim.url, shape);
      fronts.push(front);
      const inputs = { 'api-url': front.url, 'api-token': KEY };
      gh.addPull({ number: PR, headSha: HEAD });
      const planned = await runAction({
        workspace: ws,
        eventName: 'pull_request',
        payload: pullRequestPayload({ owner: gh.owner, repo: gh.repo, number: PR, headSha: HEAD }),
        sha: HEAD,
        githubApiUrl: gh.url,
        githubToken: GH_TOKEN,
        inputs,
      });
      expect(planned.code).toBe(0);
      Object.assign(gh.pulls.get(PR)!, { state: 'closed', merged: true, mergeCommitSha: MERGE });
      gh.associateCommit(MERGE, [PR]);
      // The shape that leaked before goes through dist/index.js as the runner runs it; the others in process.
      const run = await (shape === shapes[0] ? runActionProcess : runAction)({
        workspace: ws,
        eventName: 'push',
        payload: pushPayload({ owner: gh.owner, repo: gh.repo, after: MERGE }),
        sha: MERGE,
        githubApiUrl: gh.url,
        githubToken: GH_TOKEN,
        inputs,
        env: { WHOOT_API_MAX_ATTEMPTS: '1' },
      });
      expect(run.code, run.annotations.map((a) => a.message).join('\n')).toBe(1);
      expect(JSON.parse(run.outputs['failed-rooms'] ?? '[]')).toEqual(['FX']);
      const result =
        gh
          .commentsOn(PR)
          .filter((c) => c.user.login === BOT)
          .at(-1)?.body ?? '';
      expect(revealed(result)).toContain(revealed(shape.reported));
      const annotations = run.annotations.map((a) => a.message).join('\n');
      expect(annotations).toContain(shape.reported);
      const everything = [
        run.visibleStdout,
        run.stderr,
        run.summary,
        JSON.stringify(run.outputs),
        annotations,
        ...gh.commentsOn(PR).map((c) => c.body),
      ];
      for (const text of everything) {
        for (const form of keyForms(KEY)) {
          expect(text).not.toContain(form);
          expect(revealed(text)).not.toContain(form);
        }
      }
    },
  );
});
