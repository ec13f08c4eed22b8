import type { GitHubClient } from './client.js';
import { toGitHubApiError } from './errors.js';
import type { RepoRef } from './repo.js';

/** How far back an apply looks for the last applied commit (one page of the commits list). */
export const HISTORY_LIMIT = 100;

/**
 * The first-parent history of `sha`, newest first, starting with `sha` itself: at most `HISTORY_LIMIT` commits, and
 * fewer when the history is shorter or leaves the one page read (`GET /repos/{o}/{r}/commits?sha=`). Merge commits
 * are followed along their first parent only: the default branch's own line, one commit per merge.
 */
export async function firstParentHistory(gh: GitHubClient, repo: RepoRef, sha: string): Promise<string[]> {
  let data: Array<{ sha: string; parents: Array<{ sha: string }> }>;
  try {
    ({ data } = await gh.rest.repos.listCommits({ ...repo, sha, per_page: HISTORY_LIMIT }));
  } catch (err) {
    throw toGitHubApiError(err, `reading the history of ${sha.slice(0, 12)}`);
  }
  const parentOf = new Map(data.map((c) => [c.sha, c.parents[0]?.sha] as const));
  const chain: string[] = [sha];
  for (let next = parentOf.get(sha); next !== undefined && chain.length < HISTORY_LIMIT; next = parentOf.get(next)) {
    if (!parentOf.has(next) || chain.includes(next)) break;
    chain.push(next);
  }
  return chain;
}
