/**
 * What an apply run leaves behind: the outputs, the result comment on each pull request it covered, the commit
 * status, and one annotation per room not written. Shared by apply and restore.
 */
import type { ApplyReport } from '../apply/types.js';
import { applyCommentMarker } from '../github/markers.js';
import { postComment } from '../github/sticky-comment.js';
import { renderApplyReport, renderApplySummaryLine } from '../render/apply-report.js';
import { mdEscape } from '../render/escape.js';
import type { RunContext, RunResult } from './context.js';
import { runUrl } from './environment.js';
import { footer } from './markdown.js';
import { GITHUB_COMMENT_MAX_CHARS } from '../render/github-limits.js';
import { recordApplyStatus } from './review-sources.js';

export const EMPTY_REPORT: ApplyReport = {
  applied: [],
  skipped: [],
  failed: [],
  summary: { applied: 0, skipped: 0, failed: 0, unchanged: 0, interrupted: false },
};

function names(rooms: ReadonlyArray<{ name: string }>): string {
  return JSON.stringify(rooms.map((r) => r.name));
}

export function setApplyOutputs(ctx: RunContext, report: ApplyReport): void {
  ctx.reporter.setOutput('applied-rooms', names(report.applied));
  ctx.reporter.setOutput('skipped-rooms', names(report.skipped));
  ctx.reporter.setOutput('failed-rooms', names(report.failed));
}

/** The footer under an apply result: the applied commit, the run link, the tree. */
export function applyFooter(ctx: RunContext, sha: string): string {
  const url = runUrl(ctx.env);
  return footer({ sha, path: ctx.settings.path, ...(url ? { runUrl: url } : {}) });
}

/** The result comment body (the report, or only its summary line when the room list would not fit). */
export function resultBody(ctx: RunContext, report: ApplyReport, preamble: string, foot: string): string {
  const marker = applyCommentMarker(ctx.settings.path);
  const body = `${marker}\n${renderApplyReport(report, 'markdown')}\n${preamble}\n\n---\n${foot}\n`;
  if (body.length <= GITHUB_COMMENT_MAX_CHARS - 100) return body;
  return (
    `${marker}\n### whoot-rooms apply\n\n**${renderApplySummaryLine(report)}**\n\n${preamble}\n\n` +
    `The room list is too long for a comment: it is in the job summary.\n\n---\n${foot}\n`
  );
}

/** Post a new result comment on each pull request (the first one's URL is the `comment-url` output). */
export async function postResults(ctx: RunContext, pulls: readonly number[], body: string): Promise<void> {
  const session = ctx.github;
  if (!ctx.settings.comment || !session || pulls.length === 0) return;
  await ctx.reporter.group('Comment', async () => {
    for (const [i, number] of pulls.entries()) {
      const posted = await postComment(session.gh, ctx.env.repo, number, body);
      if (i === 0) ctx.reporter.setOutput('comment-url', posted.url);
      ctx.reporter.info(`Posted the apply result on #${number}: ${posted.url}`);
    }
  });
}

/**
 * An apply that wrote nothing on purpose (no merged pull request, no reviewed plan): summary, empty outputs, the
 * result comment on the pull request (when there is one) and a `failure` status, then the failure.
 */
export async function nothingApplied(
  ctx: RunContext,
  sha: string,
  failure: string,
  pull: number | null,
  description: string,
): Promise<RunResult> {
  const md =
    `### whoot-rooms apply\n\n**Nothing applied.** ${mdEscape(failure, 1000)}\n\n` + `---\n${applyFooter(ctx, sha)}\n`;
  ctx.reporter.addSummary(md);
  setApplyOutputs(ctx, EMPTY_REPORT);
  if (pull !== null) await postResults(ctx, [pull], `${applyCommentMarker(ctx.settings.path)}\n${md}`);
  const statusFailure = await recordApplyStatus(ctx, sha, 'failure', description);
  return { failure: statusFailure ? `${failure}; also: ${statusFailure}` : failure };
}

/** GitHub shows at most 10 annotations of a kind per step; the job summary has every room. */
const MAX_ROOM_ANNOTATIONS = 8;

/** One annotation per room not written, so the reason is on the run page, not only in the log. */
export function announceUnwritten(reporter: RunContext['reporter'], report: ApplyReport): void {
  const rooms = [
    ...report.skipped.map((r) => `room "${r.name}" was not written: ${r.message}`),
    ...report.failed.map((r) => `room "${r.name}" failed: ${r.error}`),
  ];
  for (const line of rooms.slice(0, MAX_ROOM_ANNOTATIONS)) reporter.warning(line);
  if (rooms.length > MAX_ROOM_ANNOTATIONS) {
    reporter.warning(`…and ${rooms.length - MAX_ROOM_ANNOTATIONS} more rooms not written: see the job summary`);
  }
}

/** The step's failure for a report with rooms not written, or undefined when everything due was written. */
export function incompleteFailure(report: ApplyReport, what = 'apply'): string | undefined {
  const s = report.summary;
  if (s.failed === 0 && s.skipped === 0) return undefined;
  const parts: string[] = [];
  if (s.failed > 0) parts.push(`${s.failed} room${s.failed === 1 ? '' : 's'} failed`);
  if (s.skipped > 0) parts.push(`${s.skipped} room${s.skipped === 1 ? '' : 's'} skipped (not written)`);
  return `${what} incomplete: ${parts.join(', ')}; see the job summary`;
}
