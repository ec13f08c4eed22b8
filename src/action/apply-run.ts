import type { ReviewedPlan, ApplyReport } from '../apply/types.js';
import { executePlan, planTree } from '../engine.js';
import { renderApplyReport, renderApplySummaryLine } from '../render/apply-report.js';
import { mdCode } from '../render/escape.js';
import { reviewedPlanFromBlock } from '../review/comment-block.js';
import { hasChanges } from '../plan/plan.js';
import type { Plan } from '../plan/types.js';
import {
  announceUnwritten,
  applyFooter,
  incompleteFailure,
  nothingApplied,
  postResults,
  resultBody,
  setApplyOutputs,
} from './apply-result.js';
import {
  combineReviews,
  explainUnmatched,
  renderCatchUpPreamble,
  statusDescription,
  type CatchUpScope,
  type ReviewSource,
} from './catch-up.js';
import { connection, engineContext, treeDir, type RunContext, type RunResult } from './context.js';
import { runUrl } from './environment.js';
import { renderApplyPreamble } from './markdown.js';
import { publishPlan, summaryMarkdown } from './plan-run.js';
import { catchUpScope, readOwnReview, recordApplyStatus } from './review-sources.js';
import { reportSourceErrors } from './source-errors.js';

/** What the merged pull requests tell apply: the pushed commit's own review, and every merge this apply covers. */
interface Reviews {
  own: ReviewSource | null;
  /** null without a github-token or with require-reviewed-plan off (only the own pull request counts then) */
  scope: CatchUpScope | null;
}

async function readReviews(ctx: RunContext, sha: string): Promise<Reviews> {
  const session = ctx.github;
  if (!session) {
    if (ctx.settings.requireReviewedPlan) {
      throw new Error(
        'apply with require-reviewed-plan needs a github-token to read the reviewed plan from the merged pull request',
      );
    }
    ctx.reporter.warning(
      'No github-token: applying without looking for the merged pull request (require-reviewed-plan is off).',
    );
    return { own: null, scope: null };
  }
  const own = await readOwnReview(ctx, session, sha);
  if (!own) return { own: null, scope: null };
  ctx.reporter.info(
    `Merged pull request: #${own.pull.number}; ` +
      `reviewed plan: ${own.block ? `found (fingerprint ${own.block.fingerprint})` : 'none'}; ` +
      `mass-removal override label: ${own.labelNow ? 'present' : 'absent'}; ` +
      `guard lifting reviewed for ${own.block ? own.block.lifted.length : 0} room(s).`,
  );
  if (!ctx.settings.requireReviewedPlan || own.block === null) return { own, scope: null };
  try {
    return { own, scope: await catchUpScope(ctx, session, sha, own) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new Error(
      `${message}. Nothing was applied: apply reads the commit statuses of the default branch to find the merges ` +
        'since the last applied commit, so the job needs `permissions: statuses: write` (and `contents: read`)',
      { cause: err },
    );
  }
}

/** How the fresh plan is checked against the review(s), and what the result comment says about it. */
interface ReviewDecision {
  reviewed?: ReviewedPlan;
  forceRooms: ReadonlySet<string>;
  /** the rooms whose lifting any considered review recorded (for the blocked-room messages) */
  liftedReviewed: ReadonlySet<string>;
  preamble: (report: ApplyReport) => string;
  /** rewrite the messages of rooms no review approved (catch-up only) */
  explain: (report: ApplyReport) => ApplyReport;
  headMismatch: string | null;
}

/** One pull request: its record as it is (per room, or the whole plan); several: any of their records per room. */
function decideReview(ctx: RunContext, reviews: Reviews, plan: Plan): ReviewDecision {
  const { own, scope } = reviews;
  const sources = scope?.sources ?? [];
  if (own && scope && sources.length > 1) {
    const combined = combineReviews(sources, plan);
    for (const s of sources) {
      if (s.block?.head_sha && s.block.head_sha !== s.pull.headSha) {
        ctx.reporter.warning(
          `The plan reviewed on #${s.pull.number} was made for ${s.block.head_sha.slice(0, 12)}, ` +
            `but it was merged at ${s.pull.headSha.slice(0, 12)}: rooms were compared one by one, ` +
            'and any whose changes differ were skipped.',
        );
      }
    }
    return {
      reviewed: combined.reviewed,
      forceRooms: combined.forceRooms,
      liftedReviewed: new Set(sources.flatMap((s) => s.block?.lifted ?? [])),
      preamble: (report) => {
        const text = renderCatchUpPreamble(scope, combined, report);
        const lifted = report.applied.some((r) => combined.forceRooms.has(r.id));
        return lifted
          ? `${text}\n\n> [!IMPORTANT]\n> The mass-removal guard was lifted by the ` +
              `${mdCode(ctx.settings.allowRemovalsLabel)} label, as the review recorded.`
          : text;
      },
      explain: (report) => explainUnmatched(report, combined, sources),
      headMismatch: null,
    };
  }
  // The guard is lifted only where the reviewer saw it lifted (the label was on at plan time) and the label is
  // still on: never by a label added after the last plan, which triage permission suffices to add.
  const liftedReviewed = new Set(own?.block?.lifted ?? []);
  const forceRooms = own?.labelNow ? liftedReviewed : new Set<string>();
  let reviewed: ReviewedPlan | undefined;
  let reviewMode: 'per-room' | 'whole-plan' | 'none' = 'none';
  let headMismatch: string | null = null;
  if (own?.block && ctx.settings.requireReviewedPlan) {
    reviewed = reviewedPlanFromBlock(own.block, plan);
    reviewMode = reviewed.rooms === null ? 'whole-plan' : 'per-room';
    if (own.block.head_sha && own.block.head_sha !== own.pull.headSha) {
      headMismatch =
        `The reviewed plan was made for ${own.block.head_sha.slice(0, 12)}, but #${own.pull.number} was merged at ` +
        `${own.pull.headSha.slice(0, 12)}: rooms were compared one by one, and any whose changes differ were skipped.`;
      ctx.reporter.warning(headMismatch);
    }
  }
  return {
    ...(reviewed ? { reviewed } : {}),
    forceRooms,
    liftedReviewed,
    preamble: (report) =>
      renderApplyPreamble({
        pullNumber: own?.pull.number ?? null,
        reviewMode,
        forcedByLabel: own?.labelNow && report.applied.some((r) => forceRooms.has(r.id)) ? own.labelNow : null,
        headMismatch,
      }),
    explain: (report) => report,
    headMismatch,
  };
}

/**
 * apply (push to the default branch): find the merged pull request and every merge since the last applied commit
 * (catch-up), read their reviewed plans (the machine block of our own sticky comment: data only), re-plan against
 * live state, and write only the rooms whose fresh changes equal a reviewed one. A push with no merged pull request
 * applies nothing (only with require-reviewed-plan off does it apply everything, with a warning). The override
 * label lifts the mass-removal guard where the review recorded it. The result goes to a new comment on each covered
 * pull request, a commit status, the summary and outputs; anything skipped or failed fails the step.
 */
export async function runApply(ctx: RunContext, sha: string): Promise<RunResult> {
  const { reporter, settings } = ctx;
  if (!settings.apiToken) {
    throw new Error('apply needs the whoot key with write scope in the api-token input (it was empty)');
  }
  const reviews = await reporter.group('Find the reviewed plan', () => readReviews(ctx, sha));
  const { own } = reviews;
  if (own === null && settings.requireReviewedPlan) {
    // Fail closed: without the merged pull request there is no review to prove, so nothing is written.
    const failure =
      `no merged pull request was found for commit ${sha.slice(0, 12)} (a direct push, or GitHub has not listed ` +
      `the merge yet), so there is no reviewed plan: nothing was applied. Plan the change on a pull request and ` +
      `merge it, or set require-reviewed-plan: false to apply an unreviewed push on purpose.`;
    return nothingApplied(ctx, sha, failure, null, 'Nothing applied: no merged pull request for this commit');
  }
  if (own === null) {
    reporter.warning(
      `No merged pull request was found for commit ${sha.slice(0, 12)} (a direct push?): ` +
        'applying the whole plan without a reviewed plan to compare against.',
    );
  } else if (settings.requireReviewedPlan && own.block === null) {
    const failure =
      `merged pull request #${own.pull.number} carries no whoot-rooms plan for tree ${settings.path} ` +
      `(no plan comment by this token's identity with a readable machine block): nothing was applied. ` +
      `Plan on the pull request first, or set require-reviewed-plan: false.`;
    const description = `Nothing applied: #${own.pull.number} has no reviewed plan`;
    return nothingApplied(ctx, sha, failure, own.pull.number, description);
  }

  try {
    return await applyReviewed(ctx, sha, reviews);
  } catch (err) {
    // An apply that stopped half-way (whoot unreachable, a missing scope) is recorded too: never a stale success.
    const message = err instanceof Error ? err.message : String(err);
    await recordApplyStatus(ctx, sha, 'failure', `Apply failed: ${message}`);
    throw err;
  }
}

/** Plan, compare with the review(s), write, and report: the part of apply that runs once a review is in hand. */
async function applyReviewed(ctx: RunContext, sha: string, reviews: Reviews): Promise<RunResult> {
  const { reporter, settings } = ctx;
  const { own } = reviews;
  const outcome = await reporter.group('Read live state and plan', () =>
    planTree({ dir: treeDir(ctx), maxRemovalPercent: settings.maxRemovalPercent }, connection(ctx), {
      ...engineContext(ctx),
      needWrite: true,
    }),
  );
  if (outcome.kind === 'invalid') {
    const failure = reportSourceErrors(ctx, outcome.errors);
    const statusFailure = await recordApplyStatus(ctx, sha, 'failure', 'Nothing applied: the tree is invalid');
    return { failure: statusFailure ? `${failure}; also: ${statusFailure}` : failure };
  }
  const { plan } = outcome;
  await reporter.group('Plan', () => publishPlan(ctx, plan));
  const decision = decideReview(ctx, reviews, plan);

  const executed = await reporter.group('Apply', () =>
    executePlan(
      plan,
      connection(ctx),
      {
        forceRooms: decision.forceRooms,
        users: outcome.live.users,
        ...(decision.reviewed ? { reviewed: decision.reviewed } : {}),
      },
      engineContext(ctx),
    ),
  );
  const report = explainBlocked(decision.explain(executed), own, decision.liftedReviewed, settings.allowRemovalsLabel);
  const lifted = report.applied.filter((r) => decision.forceRooms.has(r.id));
  if (lifted.length > 0) {
    reporter.warning(
      `The mass-removal guard was lifted by the "${settings.allowRemovalsLabel}" label for ` +
        `${lifted.map((r) => `"${r.name}"`).join(', ')}, as reviewed.`,
    );
  }
  reporter.info(renderApplyReport(report, 'text'));
  setApplyOutputs(ctx, report);
  reporter.setOutput('has-changes', hasChanges(plan));
  reporter.setOutput('summary', renderApplySummaryLine(report));

  const url = runUrl(ctx.env);
  const preamble = decision.preamble(report);
  const foot = applyFooter(ctx, sha);
  reporter.addSummary(`${renderApplyReport(report, 'markdown')}\n${preamble}\n\n${foot}\n`);
  reporter.addSummary(
    summaryMarkdown(plan, {
      path: settings.path,
      headSha: sha,
      title: `whoot-rooms plan applied: ${settings.path}`,
      ...(url ? { runUrl: url } : {}),
    }),
  );

  const pulls = (reviews.scope?.sources ?? (own ? [own] : [])).map((s) => s.pull.number);
  await postResults(ctx, pulls, resultBody(ctx, report, preamble, foot));

  announceUnwritten(reporter, report);
  const failure = incompleteFailure(report);
  const statusFailure = await recordApplyStatus(
    ctx,
    sha,
    failure ? 'failure' : 'success',
    statusDescription(renderApplySummaryLine(report), pulls),
  );
  if (failure || statusFailure) return { failure: [failure, statusFailure].filter(Boolean).join('; also: ') };
  return {};
}

/** A blocked room's message says what to do in the Action: the label's timing decides, not `--force`. */
function explainBlocked(
  report: ApplyReport,
  own: ReviewSource | null,
  lifted: ReadonlySet<string>,
  label: string,
): ApplyReport {
  const pr = own ? `#${own.pull.number}` : 'the pull request';
  const skipped = report.skipped.map((room) => {
    if (room.reason !== 'blocked') return room;
    const guard = room.message.replace(/ \(use --force to apply it\)$/, '');
    const why = lifted.has(room.id)
      ? `the "${label}" label was on ${pr} when it was planned but has been removed since, so the guard holds`
      : own?.labelNow
        ? `the "${label}" label was added to ${pr} after its last plan, so the lifting was never reviewed: ` +
          're-run the plan on the pull request (the comment then shows the guard lifted), then re-run this apply'
        : `to lift it, add the "${label}" label to the pull request before it is planned, so the reviewer sees it`;
    return { ...room, message: `${guard}; ${why}` };
  });
  return { ...report, skipped };
}
