import { planTree } from '../engine.js';
import { resolveDrift, reportDrift } from '../github/drift-issue.js';
import { driftIssueMarker } from '../github/markers.js';
import { hasChanges } from '../plan/plan.js';
import { renderMarkdown } from '../render/markdown.js';
import { connection, engineContext, treeDir, type RunContext, type RunResult } from './context.js';
import { runUrl } from './environment.js';
import { renderDriftIntro, renderDriftResolved } from './markdown.js';
import { GITHUB_COMMENT_MAX_CHARS } from '../render/github-limits.js';
import { erroredFailure, publishPlan, summaryMarkdown } from './plan-run.js';
import { reportSourceErrors } from './source-errors.js';

/**
 * drift (schedule): plan the checked-out tree against live whoot. Drift → one issue titled
 * `whoot rooms drifted from git`, found again by its marker and updated in place; in sync → that issue is closed
 * with a comment. Drift itself does not fail the step (the issue is the signal); errors do.
 */
export async function runDrift(ctx: RunContext): Promise<RunResult> {
  const { reporter, settings } = ctx;
  if (!settings.apiToken) throw new Error('drift needs the whoot read-only key in the api-token input (it was empty)');
  const outcome = await reporter.group('Read live state and plan', () =>
    planTree({ dir: treeDir(ctx), maxRemovalPercent: settings.maxRemovalPercent }, connection(ctx), engineContext(ctx)),
  );
  if (outcome.kind === 'invalid') return { failure: reportSourceErrors(ctx, outcome.errors) };
  const { plan } = outcome;
  await reporter.group('Plan', () => publishPlan(ctx, plan));
  const url = runUrl(ctx.env);
  const meta = { path: settings.path, sha: ctx.env.sha, ...(url ? { runUrl: url } : {}) };
  reporter.addSummary(
    summaryMarkdown(plan, {
      path: settings.path,
      headSha: ctx.env.sha,
      title: `whoot-rooms drift check: ${settings.path}`,
      ...(url ? { runUrl: url } : {}),
    }),
  );

  const drifted = hasChanges(plan) || plan.summary.errored > 0;
  const session = ctx.github;
  if (!session) {
    if (drifted) {
      reporter.warning('whoot rooms drifted from git (no github-token, so no issue was opened; see the job summary).');
    }
    return erroredFailure(plan) ? { failure: erroredFailure(plan) } : {};
  }
  const identity = await session.identity();
  await reporter.group('Drift issue', async () => {
    if (drifted) {
      const marker = driftIssueMarker(settings.path);
      const intro = renderDriftIntro(meta);
      const budget = GITHUB_COMMENT_MAX_CHARS - marker.length - intro.length - 600;
      const planMd = renderMarkdown(plan, {
        maxChars: budget,
        title: 'Plan to bring whoot back to the tree',
        footer: { headSha: ctx.env.sha, path: settings.path, ...(url ? { runUrl: url } : {}) },
        fullPlanHint: 'the job summary of the latest drift check',
      });
      const body = `${marker}\n${intro}\n\n${planMd}`;
      const issue = await reportDrift(session.gh, ctx.env.repo, settings.path, body, identity);
      const what = issue.action === 'opened' ? 'opened' : 'updated';
      reporter.warning(`whoot rooms drifted from git: ${what} issue #${issue.number} ${issue.url}`);
      reporter.setOutput('comment-url', issue.url);
    } else {
      const closed = await resolveDrift(session.gh, ctx.env.repo, settings.path, renderDriftResolved(meta), identity);
      if (closed.action === 'closed' && 'number' in closed) {
        reporter.info(`Back in sync: closed drift issue #${closed.number}.`);
      } else reporter.info('In sync with git; no drift issue open.');
    }
  });
  const failure = erroredFailure(plan);
  return failure ? { failure } : {};
}
