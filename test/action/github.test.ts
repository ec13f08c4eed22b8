import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { DRIFT_ISSUE_TITLE, driftIssueTitle, findOpenDriftIssue } from '../../src/github/drift-issue.js';
import { GITHUB_ACTIONS_BOT, resolveIdentity } from '../../src/github/identity.js';
import { planCommentMarker } from '../../src/github/markers.js';
import { findMergedPullForCommit } from '../../src/github/pulls.js';
import { findOwnComment, upsertStickyComment } from '../../src/github/sticky-comment.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';
import { sha } from './fixtures.js';

let fake: FakeGitHub;
let gh: GitHubClient;
const warnings: string[] = [];
const repo = { owner: 'acme', repo: 'rooms' };

function client(token: string, spacingMs = 0): GitHubClient {
  return createGitHubClient({
    token,
    baseUrl: fake.url,
    log: { debug: () => {}, info: () => {}, warn: (m) => warnings.push(m), error: () => {} },
    spacing: { writeMs: spacingMs, notifyMs: spacingMs },
  });
}

beforeEach(async () => {
  warnings.length = 0;
  fake = await startFakeGitHub();
  fake.addToken('app', { login: GITHUB_ACTIONS_BOT, app: true });
  fake.addToken('pat', { login: 'rooms-bot', app: false });
  gh = client('app');
});
afterEach(async () => {
  await fake.stop();
});

describe('identity', () => {
  it('is the login for a personal token and the Actions bot for the GITHUB_TOKEN', async () => {
    expect(await resolveIdentity(client('pat'))).toEqual({ login: 'rooms-bot', source: 'user' });
    expect(await resolveIdentity(gh)).toEqual({ login: GITHUB_ACTIONS_BOT, source: 'github-token' });
  });
  it('fails clearly for a token GitHub rejects, without echoing it', async () => {
    const err = (await resolveIdentity(client('nope-secret-value')).catch((e: unknown) => e)) as Error;
    expect(err.message).toBe(
      'finding who the GitHub token belongs to: GitHub API GET /user answered 401: Bad credentials',
    );
    expect(JSON.stringify(err)).not.toContain('nope-secret-value');
  });
});

describe('sticky comment', () => {
  const identity = { login: GITHUB_ACTIONS_BOT, source: 'github-token' as const };
  const marker = planCommentMarker('.');

  it('is found on a later page of comments and updated in place', async () => {
    for (let i = 0; i < 230; i++) fake.addComment(4, 'reviewer', `comment ${i}`);
    const mine = fake.addComment(4, GITHUB_ACTIONS_BOT, `${marker}\nold plan`);
    const found = await findOwnComment(gh, repo, 4, marker, identity);
    expect(found?.id).toBe(mine.id);
    const pages = fake.requests.filter((r) => r.path.endsWith('/issues/4/comments'));
    expect(pages.map((r) => new URLSearchParams(r.query).get('page') ?? '1')).toEqual(['1', '2', '3']);
    const result = await upsertStickyComment(gh, repo, 4, marker, `${marker}\nnew plan`, identity);
    expect(result).toMatchObject({ id: mine.id, created: false });
    expect(fake.commentsOn(4).filter((c) => c.user.login === GITHUB_ACTIONS_BOT)).toHaveLength(1);
    expect(mine.body).toBe(`${marker}\nnew plan`);
  });

  it('refuses a body without its marker (it could never be found again)', async () => {
    await expect(upsertStickyComment(gh, repo, 4, marker, 'no marker', identity)).rejects.toThrow('lacks its marker');
  });

  it(
    "spaces content-creating requests by the client's spacing (GitHub asks for 1 s, 3 s when they " + 'notify)',
    async () => {
      const spaced = client('app', 300);
      await upsertStickyComment(spaced, repo, 4, marker, `${marker}\none`, identity);
      await upsertStickyComment(spaced, repo, 5, marker, `${marker}\ntwo`, identity);
      const [first, second] = fake.writes();
      expect(second!.at - first!.at).toBeGreaterThanOrEqual(280);
    },
  );

  it('rides out a transient 502 and a 429 with Retry-After', async () => {
    fake.failNext('/issues/4/comments', 502, 1);
    fake.failNext('/issues/4/comments', 429, 1, { 'retry-after': '1' }, 'You have exceeded a secondary rate limit');
    const result = await upsertStickyComment(gh, repo, 4, marker, `${marker}\nplan`, identity);
    expect(result.created).toBe(true);
    expect(fake.requests.filter((r) => r.status >= 500 || r.status === 429)).toHaveLength(2);
    expect(warnings.some((w) => /rate limit/.test(w))).toBe(true);
  });
});

describe('merged pull request of a pushed commit', () => {
  it('retries while GitHub has not indexed the merge yet', async () => {
    fake.addPull({ number: 9, headSha: sha(9), state: 'closed', merged: true, mergeCommitSha: sha(90) });
    fake.associateCommit(sha(90), [9], 2);
    const waits: number[] = [];
    const found = await findMergedPullForCommit(gh, repo, sha(90), {
      attempts: 3,
      delayMs: 2000,
      sleep: (ms) => Promise.resolve(void waits.push(ms)),
    });
    expect(found?.number).toBe(9);
    expect(waits).toEqual([2000, 2000]);
  });

  it('gives up after the configured tries (a direct push)', async () => {
    const waits: number[] = [];
    expect(
      await findMergedPullForCommit(gh, repo, sha(91), {
        attempts: 3,
        delayMs: 5,
        sleep: (ms) => Promise.resolve(void waits.push(ms)),
      }),
    ).toBeNull();
    expect(waits).toHaveLength(2);
  });

  it('prefers the pull request whose merge commit is the pushed one, and never an open one', async () => {
    fake.addPull({ number: 1, headSha: sha(1), state: 'open' });
    fake.addPull({ number: 2, headSha: sha(2), state: 'closed', merged: true, mergeCommitSha: sha(200) });
    fake.addPull({ number: 3, headSha: sha(3), state: 'closed', merged: true, mergeCommitSha: sha(300) });
    fake.associateCommit(sha(300), [1, 3, 2]);
    expect((await findMergedPullForCommit(gh, repo, sha(300)))?.number).toBe(3);
    fake.associateCommit(sha(400), [1]);
    expect(await findMergedPullForCommit(gh, repo, sha(400), { attempts: 1 })).toBeNull();
  });
});

describe('drift issue', () => {
  it('is titled for the tree and found only among our own open issues (not pull requests)', async () => {
    expect(driftIssueTitle('.')).toBe(DRIFT_ISSUE_TITLE);
    expect(driftIssueTitle('infra/whoot')).toBe(`${DRIFT_ISSUE_TITLE} (infra/whoot)`);
    fake.addPull({ number: 1, headSha: sha(1) });
    const identity = { login: GITHUB_ACTIONS_BOT, source: 'github-token' as const };
    expect(await findOpenDriftIssue(gh, repo, '.', identity)).toBeUndefined();
  });
});
