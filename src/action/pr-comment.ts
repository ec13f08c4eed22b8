import { githubStatus } from '../github/errors.js';
import { planCommentMarker } from '../github/markers.js';
import { getPullRequest } from '../github/pulls.js';
import { upsertStickyComment } from '../github/sticky-comment.js';
import type { RunContext } from './context.js';
import type { PullRequestTarget } from './dispatch.js';
import { commentBudget as budgetAfter } from '../render/github-limits.js';

/** Room left for the rendered Markdown once the sticky marker line is prepended. */
export function commentBudget(path: string): number {
  return budgetAfter(planCommentMarker(path), 1, 500);
}

export type CommentOutcome = { kind: 'written'; url: string; created: boolean } | { kind: 'skipped'; reason: string };

/**
 * Write (create or update) the sticky plan comment of this tree on the pull request. Skipped, with a notice,
 * when comments are off, there is no GitHub token, or the pull request's head moved on (a run for an older
 * head must not overwrite the plan of a newer one). A 403 from a read-only token (fork pull requests) is a
 * notice when `readOnlyExpected`, an error otherwise.
 */
export async function writeStickyPlanComment(
  ctx: RunContext,
  pr: PullRequestTarget,
  markdown: string,
  opts: { readOnlyExpected: boolean },
): Promise<CommentOutcome> {
  if (!ctx.settings.comment) return { kind: 'skipped', reason: 'comment: false' };
  const session = ctx.github;
  if (!session) return { kind: 'skipped', reason: 'no github-token' };
  const repo = ctx.env.repo;
  try {
    const current = await getPullRequest(session.gh, repo, pr.number);
    if (current.headSha !== pr.headSha) {
      const reason =
        `pull request #${pr.number} has moved on to ${current.headSha.slice(0, 12)} ` +
        `(this run planned ${pr.headSha.slice(0, 12)}): the newer run owns the comment`;
      ctx.reporter.notice(`Plan comment not written: ${reason}.`);
      return { kind: 'skipped', reason };
    }
    const identity = await session.identity();
    const marker = planCommentMarker(ctx.settings.path);
    const result = await upsertStickyComment(session.gh, repo, pr.number, marker, `${marker}\n${markdown}`, identity);
    ctx.reporter.info(`${result.created ? 'Created' : 'Updated'} the plan comment ${result.url}`);
    return { kind: 'written', url: result.url, created: result.created };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (githubStatus(err) === 403 || (err as { status?: unknown }).status === 403) {
      if (opts.readOnlyExpected) {
        ctx.reporter.notice(
          `Plan comment not written (the GitHub token is read-only here, as on pull requests from forks): ${message}`,
        );
        return { kind: 'skipped', reason: 'read-only GitHub token' };
      }
      throw new Error(`${message}. The job needs \`permissions: pull-requests: write\` to comment the plan.`, {
        cause: err,
      });
    }
    throw err;
  }
}
