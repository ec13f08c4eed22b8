import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/sim/index.js';
import type { SimulatorHandle } from '../../src/sim/types.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { ALL_SCOPES, emails, makeWorkspace, seedOf, sha, writeRoom } from './fixtures.js';
import { runAction } from './harness.js';
import { pullRequestPayload } from './payloads.js';

const KEY = 'whoot_canary_GHES_7a8b9c0d1e2f';
const TOKEN = 'ghs_fake_ghes_token';
const BOT = 'github-actions[bot]';
const SERVER = 'https://ghe.acme.example';

let sim: SimulatorHandle;
let gh: FakeGitHub;
let ws: string;
beforeEach(async () => {
  sim = await startSimulator({
    seed: seedOf(emails('u', 2), [{ name: 'FX', members: [] }], [{ token: KEY, scopes: ALL_SCOPES }]),
  });
  gh = await startFakeGitHub('acme', 'rooms', { apiPrefix: '/api/v3' });
  gh.addToken(TOKEN, { login: BOT, app: true });
  ws = makeWorkspace();
  writeRoom(ws, 'fx.yaml', { name: 'FX', members: [{ email: 'u1@acme.com' }] });
});
afterEach(async () => {
  await gh.stop();
  await sim.stop();
});

describe('GitHub Enterprise Server', () => {
  it('calls the API under GITHUB_API_URL (/api/v3) and links to GITHUB_SERVER_URL', async () => {
    expect(gh.url).toMatch(/\/api\/v3$/);
    gh.addPull({ number: 5, headSha: sha(0x5) });
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      payload: pullRequestPayload({ owner: 'acme', repo: 'rooms', number: 5, headSha: sha(0x5) }),
      sha: sha(0x5),
      githubApiUrl: gh.url,
      githubToken: TOKEN,
      inputs: { 'api-url': sim.url, 'api-token': KEY },
      env: { GITHUB_SERVER_URL: SERVER },
    });
    expect(run.code).toBe(0);
    expect(gh.requests.length).toBeGreaterThan(0);
    expect(gh.requests.every((r) => r.path.startsWith('/api/v3/'))).toBe(true);
    const comment = gh.commentsOn(5).find((c) => c.user.login === BOT)?.body ?? '';
    expect(comment).toContain(`[workflow run](${SERVER}/acme/rooms/actions/runs/4242)`);
    expect(comment).not.toContain('https://github.com');
    expect(run.summary).toContain(`${SERVER}/acme/rooms/actions/runs/4242`);
  });
});
