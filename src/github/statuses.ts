import type { GitHubClient } from './client.js';
import { toGitHubApiError } from './errors.js';
import { normaliseTreePath } from './markers.js';
import type { RepoRef } from './repo.js';

/**
 * The commit status context an apply run records its outcome under: `whoot-rooms/apply`, or
 * `whoot-rooms/apply (PATH)` for a tree that is not the repository root (two trees are applied independently).
 */
export function applyStatusContext(path: string): string {
  const tree = normaliseTreePath(path);
  return tree === '.' ? 'whoot-rooms/apply' : `whoot-rooms/apply (${tree})`;
}

export type CommitState = 'success' | 'failure' | 'error' | 'pending';

/** GitHub keeps at most 140 characters of a status description. */
export const STATUS_DESCRIPTION_MAX = 140;

/** The latest state recorded under `context` on commit `sha`, or null when there is none. */
export async function latestStatus(
  gh: GitHubClient,
  repo: RepoRef,
  sha: string,
  context: string,
): Promise<CommitState | null> {
  try {
    // Newest first: the first entry with our context is the one that counts.
    const { data } = await gh.rest.repos.listCommitStatusesForRef({ ...repo, ref: sha, per_page: 100 });
    const found = data.find((s) => s.context === context);
    return found ? (found.state as CommitState) : null;
  } catch (err) {
    throw toGitHubApiError(err, `reading the commit statuses of ${sha.slice(0, 12)}`);
  }
}

/** Record `state` under `context` on commit `sha`, with a one-line description and the run link. */
export async function setStatus(
  gh: GitHubClient,
  repo: RepoRef,
  sha: string,
  status: { context: string; state: CommitState; description: string; targetUrl?: string },
): Promise<void> {
  const description =
    status.description.length > STATUS_DESCRIPTION_MAX
      ? `${status.description.slice(0, STATUS_DESCRIPTION_MAX - 1)}…`
      : status.description;
  try {
    await gh.rest.repos.createCommitStatus({
      ...repo,
      sha,
      state: status.state,
      context: status.context,
      description,
      ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
    });
  } catch (err) {
    throw toGitHubApiError(err, `setting the ${status.context} status on ${sha.slice(0, 12)}`);
  }
}
