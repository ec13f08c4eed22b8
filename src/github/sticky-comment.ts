import type { GitHubClient } from './client.js';
import { toGitHubApiError } from './errors.js';
import { isOwnAuthor, type GitHubIdentity } from './identity.js';
import { hasMarker } from './markers.js';
import type { RepoRef } from './repo.js';

/** A comment we found or wrote. */
export interface IssueComment {
  id: number;
  url: string;
  body: string;
}

/**
 * Our comment on an issue or pull request carrying `marker`, searched across every page of comments and only
 * among comments written by `identity` (someone else pasting our marker cannot hijack or feed the plan).
 * The oldest match wins, so the sticky comment keeps its place in the conversation.
 */
export async function findOwnComment(
  gh: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  marker: string,
  identity: GitHubIdentity,
): Promise<IssueComment | undefined> {
  try {
    const pages = gh.paginate.iterator(gh.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
    for await (const page of pages) {
      for (const c of page.data) {
        if (isOwnAuthor(c.user?.login, identity) && hasMarker(c.body, marker)) {
          return { id: c.id, url: c.html_url, body: c.body ?? '' };
        }
      }
    }
    return undefined;
  } catch (err) {
    throw toGitHubApiError(err, `reading the comments of #${issueNumber}`);
  }
}

export interface UpsertResult extends IssueComment {
  created: boolean;
}

/** Create the sticky comment once, then update it in place. `body` must contain `marker` on a line of its own. */
export async function upsertStickyComment(
  gh: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  marker: string,
  body: string,
  identity: GitHubIdentity,
): Promise<UpsertResult> {
  if (!hasMarker(body, marker)) throw new Error('internal: the sticky comment body lacks its marker');
  const existing = await findOwnComment(gh, repo, issueNumber, marker, identity);
  try {
    if (existing) {
      const { data } = await gh.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
      return { id: data.id, url: data.html_url, body: data.body ?? body, created: false };
    }
    const { data } = await gh.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
    return { id: data.id, url: data.html_url, body: data.body ?? body, created: true };
  } catch (err) {
    throw toGitHubApiError(err, `writing the plan comment on #${issueNumber}`);
  }
}

/** Post a new comment (apply results: a record per apply, never edited). */
export async function postComment(gh: GitHubClient, repo: RepoRef, issueNumber: number, body: string): Promise<IssueComment> {
  try {
    const { data } = await gh.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
    return { id: data.id, url: data.html_url, body: data.body ?? body };
  } catch (err) {
    throw toGitHubApiError(err, `commenting on #${issueNumber}`);
  }
}
