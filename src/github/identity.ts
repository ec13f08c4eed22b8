import type { GitHubClient } from './client.js';
import { githubStatus, toGitHubApiError } from './errors.js';

/** The login our comments and issues are written under: only those are ever trusted or edited. */
export interface GitHubIdentity {
  login: string;
  /**
   * how it was found: the `comment-author` input, `GET /user` (a personal or app user token), or the
   * GITHUB_TOKEN fallback (`GET /user` refused: the Actions bot is assumed)
   */
  source: 'input' | 'user' | 'github-token';
}

/** The bot the workflow's GITHUB_TOKEN writes as. */
export const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

/**
 * Who the token is: the `comment-author` input when set, else `GET /user`, which answers for a personal access
 * token; an installation token such as the workflow's GITHUB_TOKEN gets 403 ("Resource not accessible by
 * integration"), and then the author is the Actions bot. A 401 is a bad token and fails.
 */
export async function resolveIdentity(gh: GitHubClient, commentAuthor?: string): Promise<GitHubIdentity> {
  // A GitHub App installation token cannot ask who it is (GET /user is refused): the workflow names it.
  if (commentAuthor !== undefined && commentAuthor !== '') return { login: commentAuthor, source: 'input' };
  try {
    const { data } = await gh.rest.users.getAuthenticated();
    return { login: data.login, source: 'user' };
  } catch (err) {
    const status = githubStatus(err);
    if (status === 403 || status === 404) return { login: GITHUB_ACTIONS_BOT, source: 'github-token' };
    throw toGitHubApiError(err, 'finding who the GitHub token belongs to');
  }
}

/**
 * True when a comment or issue author is us. Exact (case-insensitive) login match: `alice` and `alice[bot]`
 * are different accounts, and anyone else's comment carrying our marker is ignored.
 */
export function isOwnAuthor(login: string | undefined | null, identity: GitHubIdentity): boolean {
  return typeof login === 'string' && login.toLowerCase() === identity.login.toLowerCase();
}
