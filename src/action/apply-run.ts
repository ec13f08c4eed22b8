import type { ReviewedPlan, ApplyReport } from '../apply/types.js';
import { executePlan, planTree } from '../engine.js';
import { applyCommentMarker, planCommentMarker } from '../github/markers.js';
import { findMergedPullForCommit, getPullRequest, type PullRequestInfo } from '../github/pulls.js';
import { findOwnComment, postComment } from '../github/sticky-comment.js';
import { renderApplyReport, renderApplySummaryLine } from '../render/apply-report.js';
import { parseMachineBlock, reviewedPlanFromBlock, type MachineBlock } from '../review/comment-block.js';
import { hasChanges } from '../plan/plan.js';
import { mdEscape } from '../render/escape.js';
import { connection, engineContext, treeDir, type RunContext, type RunResult } from './context.js';
import { runUrl } from './environment.js';
import { footer, renderApplyPreamble } from './markdown.js';
import { GITHUB_COMMENT_MAX_CHARS } from './pr-comment.js';
import { publishPlan, summaryMarkdown } from './plan-run.js';
import { reportSourceErrors } from './source-errors.js';

/** What the merged pull request tells apply: the reviewed plan (if any) and whether the override label is on. */
interface ReviewContext {
  pull: PullRequestInfo | null;
  block: MachineBlock | null;
  /** the override label, when it is on the merged pull request now (it lifts only what the review recorded) */
  labelNow: string | null;
}

async function readReview(ctx: RunContext, sha: string): Promise<ReviewContext> {
  const session = ctx.github;
  if (!session) {
    if (ctx.settings.requireReviewedPlan) {
      throw new Error('apply with require-reviewed-plan needs a github-token to read the reviewed plan from the merged pull request');
    }
    ctx.reporter.warning('No github-token: applying without looking for the merged pull request (require-reviewed-plan is off).');
    return { pull: null, block: null, labelNow: null };
  }
  const found = await findMergedPullForCommit(session.gh, ctx.env.repo, sha, {
    attempts: ctx.prLookup.attempts,
    delayMs: ctx.prLookup.delayMs,
    onRetry: (n) => ctx.reporter.info(`No merged pull request listed for ${sha.slice(0, 12)} yet (try ${n}); GitHub may still be indexing the merge, retrying.`),
  });
  if (!found) return { pull: null, block: null, labelNow: null };
  // Labels as they are now: a lifting the review recorded still needs the label on the merged pull request.
  const pull = await getPullRequest(session.gh, ctx.env.repo, found.number);
  const label = ctx.settings.allowRemovalsLabel;
  const labelNow = pull.labels.includes(label) ? label : null;
  const identity = await session.identity();
  const comment = await findOwnComment(session.gh, ctx.env.repo, pull.number, planCommentMarker(ctx.settings.path), identity);
  const block = comment ? parseMachineBlock(comment.body) : null;
  ctx.reporter.info(
    `Merged pull request: #${pull.number}; reviewed plan: ${block ? `found (fingerprint ${block.fingerprint})` : 'none'}; ` +
      `mass-removal override label: ${labelNow ? 'present' : 'absent'}; ` +
      `guard lifting reviewed for ${block ? block.lifted.length : 0} room(s).`,
  );
  return { pull, block, labelNow };
}

function names(rooms: ReadonlyArray<{ name: string }>): string {
  return JSON.stringify(rooms.map((r) => r.name));
}

function setApplyOutputs(ctx: RunContext, report: ApplyReport): void {
  ctx.reporter.setOutput('applied-rooms', names(report.applied));
  ctx.reporter.setOutput('skipped-rooms', names(report.skipped));
  ctx.reporter.setOutput('failed-rooms', names(report.failed));
}

/**
 * apply (push to the default branch): find the merged pull request, read its reviewed plan (the machine block of
 * our own sticky comment: data only), re-plan against live state, and write only the rooms whose fresh changes
 * equal the reviewed ones. A push with no merged pull request applies nothing (only with require-reviewed-plan off
 * does it apply everything, with a warning). The override label
 * lifts the mass-removal guard. The result goes to a new comment on the pull request, the summary and outputs;
 * anything skipped or failed fails the step.
 */
export async function runApply(ctx: RunContext, sha: string): Promise<RunResult> {
  const { reporter, settings } = ctx;
  if (!settings.apiToken) {
    throw new Error('apply needs the whoot key with write scope in the api-token input (it was empty)');
  }
  const review = await reporter.group('Find the reviewed plan', () => readReview(ctx, sha));
  if (review.pull === null && settings.requireReviewedPlan) {
    // Fail closed: without the merged pull request there is no review to prove, so nothing is written.
    const failure =
      `no merged pull request was found for commit ${sha.slice(0, 12)} (a direct push, or GitHub has not listed ` +
      `the merge yet), so there is no reviewed plan: nothing was applied. Plan the change on a pull request and ` +
      `merge it, or set require-reviewed-plan: false to apply an unreviewed push on purpose.`;
    const url = runUrl(ctx.env);
    reporter.addSummary(
      `### whoot-rooms apply\n\n**Nothing applied.** ${mdEscape(failure, 1000)}\n\n---\n` +
        `${footer({ sha, path: settings.path, ...(url ? { runUrl: url } : {}) })}\n`,
    );
    setApplyOutputs(ctx, { applied: [], skipped: [], failed: [], summary: { applied: 0, skipped: 0, failed: 0, unchanged: 0, interrupted: false } });
    return { failure };
  }
  if (review.pull === null) {
    reporter.warning(
      `No merged pull request was found for commit ${sha.slice(0, 12)} (a direct push?): applying the whole plan without a reviewed plan to compare against.`,
    );
  } else if (settings.requireReviewedPlan && review.block === null) {
    const failure =
      `merged pull request #${review.pull.number} carries no whoot-rooms plan for tree ${settings.path} ` +
      `(no plan comment by this token's identity with a readable machine block): nothing was applied. ` +
      `Plan on the pull request first, or set require-reviewed-plan: false.`;
    const url = runUrl(ctx.env);
    const md = `### whoot-rooms apply\n\n**Nothing applied.** ${mdEscape(failure, 1000)}\n\n---\n${footer({ sha, path: settings.path, ...(url ? { runUrl: url } : {}) })}\n`;
    reporter.addSummary(md);
    setApplyOutputs(ctx, { applied: [], skipped: [], failed: [], summary: { applied: 0, skipped: 0, failed: 0, unchanged: 0, interrupted: false } });
    const session = ctx.github;
    const pullNumber = review.pull.number;
    if (settings.comment && session) {
      const posted = await reporter.group('Comment', () => postComment(session.gh, ctx.env.repo, pullNumber, `${applyCommentMarker(settings.path)}\n${md}`));
      reporter.setOutput('comment-url', posted.url);
    }
    return { failure };
  }
  // The guard is lifted only where the reviewer saw it lifted (the label was on at plan time) and the label is
  // still on: never by a label added after the last plan, which triage permission suffices to add.
  const liftedReviewed = new Set(review.block?.lifted ?? []);
  const forceRooms = review.labelNow !== null ? liftedReviewed : new Set<string>();

  const outcome = await reporter.group('Read live state and plan', () =>
    planTree(
      { dir: treeDir(ctx), maxRemovalPercent: settings.maxRemovalPercent },
      connection(ctx),
      { ...engineContext(ctx), needWrite: true },
    ),
  );
  if (outcome.kind === 'invalid') return { failure: reportSourceErrors(ctx, outcome.errors) };
  const { plan } = outcome;
  await reporter.group('Plan', () => publishPlan(ctx, plan));

  let reviewed: ReviewedPlan | undefined;
  let reviewMode: 'per-room' | 'whole-plan' | 'none' = 'none';
  let headMismatch: string | null = null;
  if (review.pull && review.block && settings.requireReviewedPlan) {
    reviewed = reviewedPlanFromBlock(review.block, plan);
    reviewMode = reviewed.rooms === null ? 'whole-plan' : 'per-room';
    if (review.block.head_sha && review.block.head_sha !== review.pull.headSha) {
      headMismatch = `The reviewed plan was made for ${review.block.head_sha.slice(0, 12)}, but #${review.pull.number} was merged at ${review.pull.headSha.slice(0, 12)}: rooms were compared one by one, and any whose changes differ were skipped.`;
      reporter.warning(headMismatch);
    }
  }

  const report = await reporter.group('Apply', () =>
    executePlan(
      plan,
      connection(ctx),
      { forceRooms, users: outcome.live.users, ...(reviewed ? { reviewed } : {}) },
      engineContext(ctx),
    ),
  ).then((r) => explainBlocked(r, review, liftedReviewed, settings.allowRemovalsLabel));
  const liftedApplied = review.labelNow !== null && report.applied.some((r) => forceRooms.has(r.id));
  if (liftedApplied) reporter.warning(`The mass-removal guard was lifted by the "${review.labelNow}" label on #${review.pull?.number ?? '?'}, as reviewed.`);
  reporter.info(renderApplyReport(report, 'text'));
  setApplyOutputs(ctx, report);
  reporter.setOutput('has-changes', hasChanges(plan));
  reporter.setOutput('summary', renderApplySummaryLine(report));

  const url = runUrl(ctx.env);
  const preamble = renderApplyPreamble({
    pullNumber: review.pull?.number ?? null,
    reviewMode,
    forcedByLabel: liftedApplied ? review.labelNow : null,
    headMismatch,
  });
  const foot = footer({ sha, path: settings.path, ...(url ? { runUrl: url } : {}) });
  const resultMd = renderApplyReport(report, 'markdown');
  reporter.addSummary(`${resultMd}\n${preamble}\n\n${foot}\n`);
  reporter.addSummary(summaryMarkdown(plan, { path: settings.path, headSha: sha, title: `whoot-rooms plan applied: ${settings.path}`, ...(url ? { runUrl: url } : {}) }));

  if (review.pull && settings.comment && ctx.github) {
    const pullNumber = review.pull.number;
    const marker = applyCommentMarker(settings.path);
    let body = `${marker}\n${resultMd}\n${preamble}\n\n---\n${foot}\n`;
    if (body.length > GITHUB_COMMENT_MAX_CHARS - 100) {
      body = `${marker}\n### whoot-rooms apply\n\n**${renderApplySummaryLine(report)}**\n\n${preamble}\n\nThe room list is too long for a comment: it is in the job summary.\n\n---\n${foot}\n`;
    }
    const session = ctx.github;
    const posted = await reporter.group('Comment', () => postComment(session.gh, ctx.env.repo, pullNumber, body));
    reporter.setOutput('comment-url', posted.url);
    reporter.info(`Posted the apply result on #${pullNumber}: ${posted.url}`);
  }

  announceUnwritten(reporter, report);
  const s = report.summary;
  if (s.failed > 0 || s.skipped > 0) {
    const parts: string[] = [];
    if (s.failed > 0) parts.push(`${s.failed} room${s.failed === 1 ? '' : 's'} failed`);
    if (s.skipped > 0) parts.push(`${s.skipped} room${s.skipped === 1 ? '' : 's'} skipped (not written)`);
    return { failure: `apply incomplete: ${parts.join(', ')}; see the job summary` };
  }
  return {};
}

/** GitHub shows at most 10 annotations of a kind per step; the job summary has every room. */
const MAX_ROOM_ANNOTATIONS = 8;

/** One annotation per room not written, so the reason is on the run page, not only in the log. */
function announceUnwritten(reporter: RunContext['reporter'], report: ApplyReport): void {
  const rooms = [
    ...report.skipped.map((r) => `room "${r.name}" was not written: ${r.message}`),
    ...report.failed.map((r) => `room "${r.name}" failed: ${r.error}`),
  ];
  for (const line of rooms.slice(0, MAX_ROOM_ANNOTATIONS)) reporter.warning(line);
  if (rooms.length > MAX_ROOM_ANNOTATIONS) {
    reporter.warning(`…and ${rooms.length - MAX_ROOM_ANNOTATIONS} more rooms not written: see the job summary`);
  }
}

/** A blocked room's message says what to do in the Action: the label's timing decides, not `--force`. */
function explainBlocked(report: ApplyReport, review: ReviewContext, lifted: ReadonlySet<string>, label: string):
  ApplyReport {
  const pr = review.pull ? `#${review.pull.number}` : 'the pull request';
  const skipped = report.skipped.map((room) => {
    if (room.reason !== 'blocked') return room;
    const guard = room.message.replace(/ \(use --force to apply it\)$/, '');
    const why = lifted.has(room.id)
      ? `the "${label}" label was on ${pr} when it was planned but has been removed since, so the guard holds`
      : review.labelNow !== null
        ? `the "${label}" label was added to ${pr} after its last plan, so the lifting was never reviewed: ` +
          're-run the plan on the pull request (the comment then shows the guard lifted), then re-run this apply'
        : `to lift it, add the "${label}" label to the pull request before it is planned, so the reviewer sees it`;
    return { ...room, message: `${guard}; ${why}` };
  });
  return { ...report, skipped };
}
