import type { ApplyReport } from '../apply/types.js';
import { executePlan, planTree } from '../engine.js';
import { findOpenDriftIssue, resolveDrift } from '../github/drift-issue.js';
import { postComment } from '../github/sticky-comment.js';
import { hasChanges } from '../plan/plan.js';
import { renderApplyReport, renderApplySummaryLine } from '../render/apply-report.js';
import { announceUnwritten, applyFooter, incompleteFailure, setApplyOutputs } from './apply-result.js';
import { connection, engineContext, treeDir, type RunContext, type RunResult } from './context.js';
import { runUrl } from './environment.js';
import { GITHUB_COMMENT_MAX_CHARS } from '../render/github-limits.js';
import { publishPlan, summaryMarkdown } from './plan-run.js';
import { reportSourceErrors } from './source-errors.js';

/** The guard holds in a restore, and no label lifts it: say how a large removal does get applied. */
function explainBlocked(report: ApplyReport, label: string): ApplyReport {
  const skipped = report.skipped.map((room) => {
    if (room.reason !== 'blocked') return room;
    const guard = room.message.replace(/ \(use --force to apply it\)$/, '');
    const why =
      'restore never lifts the guard: to make this removal, change the room on a pull request labelled ' +
      `"${label}" (the reviewer then sees the guard lifted) and merge it`;
    return { ...room, message: `${guard}; ${why}` };
  });
  return { ...report, skipped };
}

/** The restore result as Markdown, within a comment's size. */
function resultMarkdown(ctx: RunContext, report: ApplyReport, matches: boolean): string {
  const head = matches
    ? 'whoot matches the default branch again.'
    : 'whoot does not match the default branch yet: the rooms below were not written.';
  const intro =
    `Restore of tree \`${ctx.settings.path}\`: the fresh plan of the default branch was applied as it ` +
    `is (what is on the default branch was reviewed when it was merged). ${head}`;
  const report_ = renderApplyReport(report, 'markdown').replace(/^### whoot-rooms apply/, '### whoot-rooms restore');
  const foot = applyFooter(ctx, ctx.env.sha);
  const body = `${report_}\n${intro}\n\n---\n${foot}\n`;
  if (body.length <= GITHUB_COMMENT_MAX_CHARS - 500) return body;
  return (
    `### whoot-rooms restore\n\n**${renderApplySummaryLine(report)}**\n\n${intro}\n\n` +
    `The room list is too long for a comment: it is in the job summary.\n\n---\n${foot}\n`
  );
}

/**
 * restore (workflow_dispatch or schedule, default branch only; dispatch.ts refuses anything else before any
 * request): apply the fresh plan of the checked-out default branch as it is, with no review record to compare (the
 * branch was reviewed when merged) and the mass-removal guard held (no label lifts it here). The result is posted
 * on the open drift issue, which is closed when whoot matches git again.
 */
export async function runRestore(ctx: RunContext): Promise<RunResult> {
  const { reporter, settings } = ctx;
  if (!settings.apiToken) {
    throw new Error('restore needs the whoot key with write scope in the api-token input (it was empty)');
  }
  const outcome = await reporter.group('Read live state and plan', () =>
    planTree({ dir: treeDir(ctx), maxRemovalPercent: settings.maxRemovalPercent }, connection(ctx), {
      ...engineContext(ctx),
      needWrite: true,
    }),
  );
  if (outcome.kind === 'invalid') return { failure: reportSourceErrors(ctx, outcome.errors) };
  const { plan } = outcome;
  await reporter.group('Plan', () => publishPlan(ctx, plan));
  const executed = await reporter.group('Apply', () =>
    executePlan(plan, connection(ctx), { users: outcome.live.users }, engineContext(ctx)),
  );
  const report = explainBlocked(executed, settings.allowRemovalsLabel);
  reporter.info(renderApplyReport(report, 'text'));
  setApplyOutputs(ctx, report);
  reporter.setOutput('has-changes', hasChanges(plan));
  reporter.setOutput('summary', renderApplySummaryLine(report));
  const failure = incompleteFailure(report, 'restore');
  const matches = failure === undefined;
  const md = resultMarkdown(ctx, report, matches);
  const url = runUrl(ctx.env);
  reporter.addSummary(md);
  reporter.addSummary(
    summaryMarkdown(plan, {
      path: settings.path,
      headSha: ctx.env.sha,
      title: `whoot-rooms plan restored: ${settings.path}`,
      ...(url ? { runUrl: url } : {}),
    }),
  );

  const session = ctx.github;
  if (session) {
    const identity = await session.identity();
    await reporter.group('Drift issue', async () => {
      const { gh } = session;
      const { repo } = ctx.env;
      if (matches) {
        const closed = await resolveDrift(gh, repo, settings.path, `${md}\nBack in sync: closing.\n`, identity);
        if (closed.action === 'closed' && 'url' in closed) {
          reporter.info(`Back in sync: posted the result on drift issue #${closed.number} and closed it.`);
          reporter.setOutput('comment-url', closed.url);
        } else {
          reporter.info('No drift issue open: the result is in the job summary.');
        }
        return;
      }
      const issue = await findOpenDriftIssue(gh, repo, settings.path, identity);
      if (!issue) return reporter.info('No drift issue open: the result is in the job summary.');
      const posted = await postComment(gh, repo, issue.number, md);
      reporter.info(`Posted the result on drift issue #${issue.number} (left open: whoot does not match yet).`);
      reporter.setOutput('comment-url', posted.url);
    });
  }
  announceUnwritten(reporter, report);
  return failure ? { failure } : {};
}
