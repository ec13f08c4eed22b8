import type { GitHubClient } from './client.js';
import { toGitHubApiError } from './errors.js';
import { isOwnAuthor, type GitHubIdentity } from './identity.js';
import { driftIssueMarker, hasMarker, normaliseTreePath } from './markers.js';
import type { RepoRef } from './repo.js';

/** The drift issue's title (the tree's path is appended when it is not the repository root). */
export const DRIFT_ISSUE_TITLE = 'whoot rooms drifted from git';

export function driftIssueTitle(path: string): string {
  const tree = normaliseTreePath(path);
  return tree === '.' ? DRIFT_ISSUE_TITLE : `${DRIFT_ISSUE_TITLE} (${tree})`;
}

export interface DriftIssue {
  number: number;
  url: string;
}

/** Our open drift issue for this tree, found by marker among issues we opened (all pages). */
export async function findOpenDriftIssue(
  gh: GitHubClient,
  repo: RepoRef,
  path: string,
  identity: GitHubIdentity,
): Promise<DriftIssue | undefined> {
  const marker = driftIssueMarker(path);
  try {
    const pages = gh.paginate.iterator(gh.rest.issues.listForRepo, { ...repo, state: 'open', per_page: 100 });
    for await (const page of pages) {
      for (const issue of page.data) {
        if (issue.pull_request) continue;
        if (isOwnAuthor(issue.user?.login, identity) && hasMarker(issue.body, marker)) {
          return { number: issue.number, url: issue.html_url };
        }
      }
    }
    return undefined;
  } catch (err) {
    throw toGitHubApiError(err, 'looking for the open drift issue');
  }
}

export type DriftIssueAction = 'opened' | 'updated' | 'closed' | 'none';

/** Open the drift issue, or update the open one in place. `body` must carry the drift marker. */
export async function reportDrift(
  gh: GitHubClient,
  repo: RepoRef,
  path: string,
  body: string,
  identity: GitHubIdentity,
): Promise<DriftIssue & { action: DriftIssueAction }> {
  if (!hasMarker(body, driftIssueMarker(path))) throw new Error('internal: the drift issue body lacks its marker');
  const existing = await findOpenDriftIssue(gh, repo, path, identity);
  try {
    if (existing) {
      await gh.rest.issues.update({ ...repo, issue_number: existing.number, body });
      return { ...existing, action: 'updated' };
    }
    const { data } = await gh.rest.issues.create({ ...repo, title: driftIssueTitle(path), body });
    return { number: data.number, url: data.html_url, action: 'opened' };
  } catch (err) {
    throw toGitHubApiError(err, existing ? `updating drift issue #${existing.number}` : 'opening the drift issue');
  }
}

/** Back in sync: comment on and close the open drift issue, if there is one. */
export async function resolveDrift(
  gh: GitHubClient,
  repo: RepoRef,
  path: string,
  comment: string,
  identity: GitHubIdentity,
): Promise<(DriftIssue & { action: DriftIssueAction }) | { action: 'none' }> {
  const existing = await findOpenDriftIssue(gh, repo, path, identity);
  if (!existing) return { action: 'none' };
  try {
    await gh.rest.issues.createComment({ ...repo, issue_number: existing.number, body: comment });
    await gh.rest.issues.update({ ...repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
    return { ...existing, action: 'closed' };
  } catch (err) {
    throw toGitHubApiError(err, `closing drift issue #${existing.number}`);
  }
}
