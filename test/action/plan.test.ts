import { existsSync, readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/sim/index.js';
import type { SimulatorHandle } from '../../src/sim/types.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { ALL_SCOPES, emails, makeWorkspace, seedOf, sha, writeRawFile, writeRoom } from './fixtures.js';
import { runAction } from './harness.js';
import { pullRequestPayload } from './payloads.js';

const CANARY = 'whoot_canary_PLAN_9f8e7d6c5b4a';
const GH_TOKEN = 'ghs_fake_actions_token';

const users = [...emails('eq', 6), ...emails('rt', 4)];
const live = [
  { name: 'Equities Desk', members: [{ email: 'eq1@acme.com', tx: true }, { email: 'eq2@acme.com' }] },
  { name: 'Rates Desk', members: [{ email: 'rt1@acme.com' }] },
];

let sim: SimulatorHandle;
let gh: FakeGitHub;
let ws: string;

beforeAll(async () => {
  sim = await startSimulator({ seed: seedOf(users, live, [{ token: CANARY, scopes: ALL_SCOPES }]) });
});
afterAll(async () => {
  await sim.stop();
});
beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addToken(GH_TOKEN, { login: 'github-actions[bot]', app: true });
  ws = makeWorkspace();
  writeRoom(ws, 'equities.yaml', {
    name: 'Equities Desk',
    members: [{ email: 'eq1@acme.com', tx: true }, { email: 'eq2@acme.com' }, { email: 'eq3@acme.com' }],
  });
  writeRoom(ws, 'rates.yaml', {
    name: 'Rates Desk',
    members: [{ email: 'rt1@acme.com' }, { email: 'rt2@acme.com', tx: true }],
  });
});
afterEach(async () => {
  await gh.stop();
});

function planRun(headSha: string, extra: { inputs?: Record<string, string>; fork?: boolean; number?: number } = {}) {
  const number = extra.number ?? 7;
  return runAction({
    workspace: ws,
    eventName: 'pull_request',
    payload: pullRequestPayload({ owner: gh.owner, repo: gh.repo, number, headSha, fork: extra.fork ?? false }),
    sha: sha(999),
    ref: `refs/pull/${number}/merge`,
    githubApiUrl: gh.url,
    githubToken: GH_TOKEN,
    inputs: { 'api-url': sim.url, 'api-token': CANARY, ...extra.inputs },
  });
}

describe('plan on a pull request', () => {
  it('writes one sticky comment, then updates it in place on the next push', async () => {
    gh.addPull({ number: 7, headSha: sha(1) });
    // 120 comments by people first: ours must be found across pages, and a forged marker by a human ignored.
    for (let i = 0; i < 120; i++) gh.addComment(7, 'reviewer', `looks good ${i}`);
    gh.addComment(7, 'mallory', '<!-- whoot-rooms:sticky path=. -->\nforged plan');

    const first = await planRun(sha(1));
    expect(first.stderr).not.toMatch(/error/i);
    expect(first.code).toBe(0);
    const ours = gh.commentsOn(7).filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toContain('<!-- whoot-rooms:sticky path=. -->');
    expect(ours[0]?.body).toContain('Plan: 2 rooms to change: +2 -0 ~0');
    expect(ours[0]?.body).toMatch(/<!-- whoot-rooms:plan \{.*"fingerprint":"sha256:[0-9a-f]{64}"/);
    expect(ours[0]?.body).toContain(sha(1).slice(0, 12));
    expect(gh.comments.find((c) => c.user.login === 'mallory')?.body).toBe(
      '<!-- whoot-rooms:sticky path=. -->\nforged plan',
    );

    expect(first.outputs['has-changes']).toBe('true');
    expect(first.outputs['rooms-changed']).toBe('2');
    expect(first.outputs.summary).toBe('Plan: 2 rooms to change: +2 -0 ~0, 0 unchanged, 0 unmanaged');
    expect(first.outputs.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(first.outputs['comment-url']).toBe(ours[0]?.html_url);
    const planFile = first.outputs['plan-file'] ?? '';
    expect(planFile).toMatch(/whoot-rooms-plan-[0-9a-f]{12}\.json$/);
    expect(existsSync(planFile)).toBe(true);
    expect(JSON.parse(readFileSync(planFile, 'utf8'))).toMatchObject({
      format_version: 1,
      fingerprint: first.outputs.fingerprint,
    });
    expect(first.summary).toContain('Plan: 2 rooms to change');
    expect(first.summary).toContain('eq3@acme.com');
    // Logs are grouped by phase.
    expect(first.stdout).toContain('::group::Load and validate the tree');
    expect(first.stdout).toContain('::group::Read live state and plan');
    expect(first.stdout).toContain('::group::Comment');

    // The author pushes again: the PR head moves, the same comment is updated.
    gh.pulls.get(7)!.headSha = sha(2);
    const second = await planRun(sha(2));
    expect(second.code).toBe(0);
    const after = gh.commentsOn(7).filter((c) => c.user.login === 'github-actions[bot]');
    expect(after).toHaveLength(1);
    expect(after[0]?.id).toBe(ours[0]?.id);
    expect(after[0]?.body).toContain(sha(2).slice(0, 12));
    expect(gh.writes().map((r) => r.method)).toEqual(['POST', 'PATCH']);
  });

  it('gives two trees in one repository two comments', async () => {
    gh.addPull({ number: 7, headSha: sha(1) });
    writeRoom(`${ws}/emea`, 'equities.yaml', { name: 'Equities Desk', members: [{ email: 'eq1@acme.com', tx: true }] });
    const root = await planRun(sha(1));
    const emea = await planRun(sha(1), { inputs: { path: 'emea' } });
    expect(root.code).toBe(0);
    expect(emea.code).toBe(0);
    const ours = gh.commentsOn(7).filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(2);
    expect(ours.map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- whoot-rooms:sticky path=. -->',
      '<!-- whoot-rooms:sticky path=emea -->',
    ]);
    expect(root.outputs['plan-file']).not.toBe(emea.outputs['plan-file']);
  });

  it('does not let a run for an older head overwrite the plan of a newer one', async () => {
    gh.addPull({ number: 7, headSha: sha(3) });
    const stale = await planRun(sha(2));
    expect(stale.code).toBe(0);
    expect(gh.writes()).toHaveLength(0);
    expect(stale.annotations.some((a) => a.kind === 'notice' && /moved on/.test(a.message))).toBe(true);
  });

  it('finds its comment again when the token is a personal access token (GET /user works)', async () => {
    gh.addToken('ghp_person', { login: 'rooms-bot', app: false });
    gh.addPull({ number: 7, headSha: sha(1) });
    gh.addComment(7, 'github-actions[bot]', "<!-- whoot-rooms:sticky path=. -->\nsomeone else's bot");
    const run = (s: string) =>
      runAction({
        workspace: ws,
        eventName: 'pull_request',
        payload: pullRequestPayload({ owner: gh.owner, repo: gh.repo, number: 7, headSha: s }),
        sha: sha(999),
        githubApiUrl: gh.url,
        inputs: { 'api-url': sim.url, 'api-token': CANARY, 'github-token': 'ghp_person' },
      });
    expect((await run(sha(1))).code).toBe(0);
    expect((await run(sha(1))).code).toBe(0);
    expect(gh.commentsOn(7).filter((c) => c.user.login === 'rooms-bot')).toHaveLength(1);
    expect(gh.commentsOn(7).find((c) => c.user.login === 'github-actions[bot]')?.body).toContain("someone else's bot");
  });

  it('says so in the comment when nothing changes (updated, not deleted)', async () => {
    gh.addPull({ number: 7, headSha: sha(1) });
    expect((await planRun(sha(1))).code).toBe(0);
    writeRoom(ws, 'equities.yaml', {
      name: 'Equities Desk',
      members: [{ email: 'eq1@acme.com', tx: true }, { email: 'eq2@acme.com' }],
    });
    writeRoom(ws, 'rates.yaml', { name: 'Rates Desk', members: [{ email: 'rt1@acme.com' }] });
    const run = await planRun(sha(1));
    expect(run.code).toBe(0);
    expect(run.outputs['has-changes']).toBe('false');
    const ours = gh.commentsOn(7).filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body).toContain('No changes.');
    expect(gh.writes().map((r) => r.method)).toEqual(['POST', 'PATCH']);
  });

  it('annotates invalid YAML at the file and line, lists every error in the comment, and fails', async () => {
    gh.addPull({ number: 7, headSha: sha(1) });
    writeRawFile(ws, 'rooms/broken.yaml', 'name: Broken\nmembers:\n  - eq1@acme.com\n  bad: [\n');
    for (let i = 0; i < 12; i++)
      writeRawFile(ws, `rooms/typo-${String(i).padStart(2, '0')}.yaml`, `name: Typo ${i}\nmemebers: []\n`);
    const logStart = sim.requestLog.length;
    const run = await planRun(sha(1));
    expect(run.code).toBe(1);
    // GitHub shows 10 error annotations per step: 9 on files, the 10th is the failure message.
    const errors = run.annotations.filter((a) => a.kind === 'error' && a.properties.file);
    expect(errors).toHaveLength(9);
    expect(run.annotations.filter((a) => a.kind === 'error')).toHaveLength(10);
    expect(run.annotations.at(-1)?.message).toMatch(/^the tree \. is invalid: \d+ errors/);
    const broken = errors.find((a) => a.properties.file === 'rooms/broken.yaml');
    expect(broken?.properties.line).toMatch(/^\d+$/);
    expect(broken?.properties.col).toMatch(/^\d+$/);
    const comment = gh.commentsOn(7).find((c) => c.user.login === 'github-actions[bot]');
    expect(comment?.body).toContain('The tree is invalid');
    for (let i = 0; i < 12; i++) expect(comment?.body).toContain(`rooms/typo-${String(i).padStart(2, '0')}.yaml:2:1`);
    expect(run.summary).toContain('rooms/typo-11.yaml:2:1');
    // A broken tree is never planned: nothing is written to whoot, and the reads started while it loaded were
    // cancelled.
    expect(run.outputs['has-changes']).toBe('false');
    expect(sim.requestLog.slice(logStart).filter((r) => r.method !== 'GET')).toHaveLength(0);
  });

  it('annotates with repository-relative paths when the tree is in a sub-folder', async () => {
    gh.addPull({ number: 7, headSha: sha(1) });
    writeRawFile(ws, 'infra/whoot/rooms/eq.yaml', 'name: Eq\nmembers: [\n');
    const run = await planRun(sha(1), { inputs: { path: 'infra/whoot' } });
    expect(run.code).toBe(1);
    expect(run.annotations.find((a) => a.kind === 'error' && a.properties.file)?.properties.file).toBe(
      'infra/whoot/rooms/eq.yaml',
    );
  });
});
