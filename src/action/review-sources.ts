/**
 * Catch-up, the GitHub part: read a merged pull request's reviewed plan, walk the default branch back to the last
 * commit an apply completed on, and record this apply's outcome as a commit status on the commit it applied.
 */
import { firstParentHistory } from '../github/commits.js';
import { planCommentMarker } from '../github/markers.js';
import { findMergedPullForCommit, getPullRequest } from '../github/pulls.js';
import { findOwnComment } from '../github/sticky-comment.js';
import { applyStatusContext, latestStatus, setStatus, type CommitState } from '../github/statuses.js';
import { parseMachineBlock } from '../review/comment-block.js';
import type { CatchUpScope, ReviewSource } from './catch-up.js';
import type { GitHubSession, RunContext } from './context.js';
import { runUrl } from './environment.js';

/** A merged pull request's review: its labels now and the machine block of our own plan comment (data only). */
export async function readPullReview(ctx: RunContext, session: GitHubSession, number: number): Promise<ReviewSource> {
  const pull = await getPullRequest(session.gh, ctx.env.repo, number);
  const label = ctx.settings.allowRemovalsLabel;
  const identity = await session.identity();
  const marker = planCommentMarker(ctx.settings.path);
  const comment = await findOwnComment(session.gh, ctx.env.repo, pull.number, marker, identity);
  return {
    pull,
    block: comment ? parseMachineBlock(comment.body) : null,
    labelNow: pull.labels.includes(label) ? label : null,
  };
}

/** The pushed commit's own merged pull request and its review, retried while GitHub indexes the merge. */
export async function readOwnReview(
  ctx: RunContext,
  session: GitHubSession,
  sha: string,
): Promise<ReviewSource | null> {
  const found = await findMergedPullForCommit(session.gh, ctx.env.repo, sha, {
    attempts: ctx.prLookup.attempts,
    delayMs: ctx.prLookup.delayMs,
    onRetry: (n) =>
      ctx.reporter.info(
        `No merged pull request listed for ${sha.slice(0, 12)} yet (try ${n}); ` +
          'GitHub may still be indexing the merge, retrying.',
      ),
  });
  return found ? readPullReview(ctx, session, found.number) : null;
}

/** Status reads run this many at a time while looking for the last applied commit. */
const STATUS_BATCH = 10;

/**
 * Every merge since the last applied commit: walk the pushed commit's first-parent history (at most 100 commits)
 * back to the newest commit with a `success` status of this tree's apply context. The merges in between are the
 * ones whose apply never ran (GitHub cancelled the pending run) or did not complete. When no such commit is found,
 * only the pushed commit's own pull request counts (the first apply, or history beyond the limit).
 */
export async function catchUpScope(
  ctx: RunContext,
  session: GitHubSession,
  sha: string,
  own: ReviewSource,
): Promise<CatchUpScope> {
  const { repo } = ctx.env;
  const context = applyStatusContext(ctx.settings.path);
  const history = await firstParentHistory(session.gh, repo, sha);
  let since: string | null = null;
  let pending: string[] = [];
  for (let i = 0; i < history.length && since === null; i += STATUS_BATCH) {
    const batch = history.slice(i, i + STATUS_BATCH);
    const states = await Promise.all(batch.map((c) => latestStatus(session.gh, repo, c, context)));
    const hit = states.indexOf('success');
    if (hit >= 0) {
      since = batch[hit] ?? null;
      pending = [...pending, ...batch.slice(0, hit)];
    } else {
      pending = [...pending, ...batch];
    }
  }
  const scope: CatchUpScope = { sources: [own], since, walked: history.length };
  if (since === null) {
    ctx.reporter.info(
      `No commit with a successful ${context} status in the last ${history.length} commits: ` +
        `only #${own.pull.number} is considered.`,
    );
    return scope;
  }
  // The pushed commit is the first; its pull request is already `own`. Older ones were indexed long ago: one try.
  for (const commit of pending.slice(1)) {
    const found = await findMergedPullForCommit(session.gh, repo, commit, { attempts: 1 });
    if (!found || scope.sources.some((s) => s.pull.number === found.number)) continue;
    scope.sources.push(await readPullReview(ctx, session, found.number));
  }
  const older = scope.sources.slice(1).map((s) => `#${s.pull.number}`);
  ctx.reporter.info(
    `Last applied commit: ${since.slice(0, 12)}; merges since then: #${own.pull.number}` +
      (older.length > 0 ? ` and ${older.join(', ')} (their own apply did not run or did not complete)` : '') +
      '.',
  );
  return scope;
}

/**
 * Record this apply's outcome on the commit it applied (`whoot-rooms/apply`, or `whoot-rooms/apply (PATH)`): the next
 * apply starts its catch-up from the newest `success`. Returns a failure message when the status cannot be written:
 * without it the next apply cannot tell which merges were applied.
 */
export async function recordApplyStatus(
  ctx: RunContext,
  sha: string,
  state: CommitState,
  description: string,
): Promise<string | undefined> {
  const session = ctx.github;
  if (!session) return undefined;
  const context = applyStatusContext(ctx.settings.path);
  const url = runUrl(ctx.env);
  try {
    await setStatus(session.gh, ctx.env.repo, sha, { context, state, description, ...(url ? { targetUrl: url } : {}) });
    ctx.reporter.info(`Set the ${context} status of ${sha.slice(0, 12)} to ${state}.`);
    return undefined;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return (
      `${message}. The apply job needs \`permissions: statuses: write\`: the status records which merges were ` +
      'applied, so that a later apply catches up on merges whose own run never happened'
    );
  }
}
