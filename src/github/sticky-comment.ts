import type { GitHubClient } from './client.js';
import { toGitHubApiError } from './errors.js';
import { isOwnAuthor, type GitHubIdentity } from './identity.js';
import { hasMarker } from './markers.js';
import type { RepoRef } from './repo.js';

/**
 * Our marker is on a comment by another bot, and the token could not say who it is (GET /user refused, no
 * `comment-author`): it may be our own GitHub App, or anyone's. Neither trusting it nor writing a second
 * comment is safe, so the step stops and says how to name the author.
 */
export class AmbiguousAuthorError extends Error {
  override name = 'AmbiguousAuthorError';
  constructor(login: string, issueNumber: number) {
    super(
      `#${issueNumber} has a whoot-rooms comment by ${login}, but this token's identity could not be read ` +
        '(GET /user was refused), so it was assumed to be github-actions[bot]. If the workflow uses a GitHub App ' +
        `token and ${login} is that app, set the comment-author input to "${login}" (the app-slug output of ` +
        'actions/create-github-app-token, with [bot]); nothing was trusted or written.',
    );
  }
}

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
    const pages = gh.paginate.iterator(gh.rest.issues.listComments, {
      ...repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    let otherBot: string | undefined;
    for await (const page of pages) {
      for (const c of page.data) {
        if (!hasMarker(c.body, marker)) continue;
        if (isOwnAuthor(c.user?.login, identity)) return { id: c.id, url: c.html_url, body: c.body ?? '' };
        if (c.user?.type === 'Bot' || c.user?.login.endsWith('[bot]')) otherBot ??= c.user.login;
      }
    }
    if (otherBot !== undefined && identity.source === 'github-token') {
      throw new AmbiguousAuthorError(otherBot, issueNumber);
    }
    return undefined;
  } catch (err) {
    if (err instanceof AmbiguousAuthorError) throw err;
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
export async function postComment(
  gh: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  body: string,
): Promise<IssueComment> {
  try {
    const { data } = await gh.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
    return { id: data.id, url: data.html_url, body: data.body ?? body };
  } catch (err) {
    throw toGitHubApiError(err, `commenting on #${issueNumber}`);
  }
}
