import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/sim/index.js';
import type { SimulatorHandle } from '../../src/sim/types.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { ALL_SCOPES, emails, makeWorkspace, seedOf, sha, writeRoom } from './fixtures.js';
import { runActionProcess } from './harness.js';
import { pullRequestPayload } from './payloads.js';
import { startProxy } from '../support/forward-proxy.js';

const KEY = 'whoot_canary_PROXY_4b5c6d7e8f9a';
const TOKEN = 'ghs_fake_proxy_token';
const BOT = 'github-actions[bot]';

let sim: SimulatorHandle;
let gh: FakeGitHub;
let proxy: Awaited<ReturnType<typeof startProxy>>;
let ws: string;
beforeEach(async () => {
  sim = await startSimulator({
    seed: seedOf(emails('u', 2), [{ name: 'FX', members: [] }], [{ token: KEY, scopes: ALL_SCOPES }]),
  });
  gh = await startFakeGitHub();
  gh.addToken(TOKEN, { login: BOT, app: true });
  proxy = await startProxy();
  ws = makeWorkspace();
  writeRoom(ws, 'fx.yaml', { name: 'FX', members: [{ email: 'u1@acme.com' }] });
  gh.addPull({ number: 9, headSha: sha(0x9) });
});
afterEach(async () => {
  await proxy.stop();
  await gh.stop();
  await sim.stop();
});

const plan = (env: Record<string, string>) =>
  runActionProcess({
    workspace: ws,
    eventName: 'pull_request',
    payload: pullRequestPayload({ owner: gh.owner, repo: gh.repo, number: 9, headSha: sha(0x9) }),
    sha: sha(0x9),
    githubApiUrl: gh.url,
    githubToken: TOKEN,
    inputs: { 'api-url': sim.url, 'api-token': KEY },
    env,
  });

const targets = () => proxy.seen.map((s) => s.target);

describe('the Action behind a proxy', () => {
  it('sends every whoot and GitHub request through HTTP_PROXY, and none with NO_PROXY covering the hosts', async () => {
    const through = await plan({ HTTP_PROXY: proxy.url });
    expect(through.code).toBe(0);
    expect(targets().some((u) => u.startsWith(`${sim.url}/me`))).toBe(true);
    expect(targets().some((u) => u.startsWith(`${gh.url}/repos/`))).toBe(true);
    expect(targets().filter((u) => !u.startsWith(sim.url) && !u.startsWith(gh.url))).toEqual([]);
    expect(sim.requestLog.length).toBeGreaterThan(0);
    expect(targets().filter((u) => u.startsWith(sim.url))).toHaveLength(sim.requestLog.length);
    expect(gh.commentsOn(9).filter((c) => c.user.login === BOT)).toHaveLength(1);

    proxy.seen.length = 0;
    const bypass = await plan({ HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' });
    expect(bypass.code).toBe(0);
    expect(proxy.seen).toEqual([]);
  });
});
