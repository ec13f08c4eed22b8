import { setTimeout as sleep } from 'node:timers/promises';
import type { GitHubClient } from './client.js';
import { toGitHubApiError } from './errors.js';
import type { RepoRef } from './repo.js';

/** What the Action needs to know about a pull request. */
export interface PullRequestInfo {
  number: number;
  url: string;
  headSha: string;
  state: string;
  merged: boolean;
  mergeCommitSha: string | null;
  labels: string[];
}

interface PullLike {
  number: number;
  html_url: string;
  head: { sha: string };
  state: string;
  merged_at: string | null;
  merge_commit_sha?: string | null;
  labels: Array<{ name?: string } | string>;
}

function toInfo(p: PullLike): PullRequestInfo {
  return {
    number: p.number,
    url: p.html_url,
    headSha: p.head.sha,
    state: p.state,
    merged: p.merged_at !== null,
    mergeCommitSha: p.merge_commit_sha ?? null,
    labels: p.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((n) => n !== ''),
  };
}

/** The pull request as it is now (head SHA, labels, merged state). */
export async function getPullRequest(gh: GitHubClient, repo: RepoRef, number: number): Promise<PullRequestInfo> {
  try {
    const { data } = await gh.rest.pulls.get({ ...repo, pull_number: number });
    return toInfo(data);
  } catch (err) {
    throw toGitHubApiError(err, `reading pull request #${number}`);
  }
}

export interface MergedPullLookupOptions {
  /** total tries (default 3) */
  attempts?: number;
  /** wait between tries in ms (default 2000) */
  delayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (attempt: number) => void;
}

const defaultSleep = (ms: number): Promise<void> => sleep(ms);

/**
 * The merged pull request that produced commit `sha` on the default branch, or null for a direct push.
 * GitHub fills `GET /commits/{sha}/pulls` a moment after the merge, so an empty answer is retried briefly.
 * Among several candidates the one whose merge commit is `sha` wins; open pull requests that merely contain
 * the commit are never taken for the merged one.
 */
export async function findMergedPullForCommit(
  gh: GitHubClient,
  repo: RepoRef,
  sha: string,
  opts: MergedPullLookupOptions = {},
): Promise<PullRequestInfo | null> {
  const attempts = Math.max(1, opts.attempts ?? 3);
  const sleep = opts.sleep ?? defaultSleep;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let pulls: PullRequestInfo[];
    try {
      const { data } = await gh.rest.repos.listPullRequestsAssociatedWithCommit({
        ...repo,
        commit_sha: sha,
        per_page: 100,
      });
      pulls = data.map((p) => toInfo(p));
    } catch (err) {
      throw toGitHubApiError(err, `finding the pull request of commit ${sha.slice(0, 12)}`);
    }
    const merged = pulls.filter((p) => p.merged);
    const exact = merged.find((p) => p.mergeCommitSha === sha);
    if (exact) return exact;
    if (merged.length > 0) return merged.sort((a, b) => b.number - a.number)[0] ?? null;
    if (attempt < attempts) {
      opts.onRetry?.(attempt);
      await sleep(opts.delayMs ?? 2000);
    }
  }
  return null;
}
