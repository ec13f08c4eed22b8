import { writeFile } from 'node:fs/promises';
import { planTree, validateTree } from '../engine.js';
import type { Plan } from '../plan/types.js';
import { hasChanges } from '../plan/plan.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderSummaryLine } from '../render/summary.js';
import { renderText } from '../render/text.js';
import { mdCode, mdEscape } from '../render/escape.js';
import {
  connection,
  engineContext,
  planFilePath,
  repoFile,
  treeDir,
  type RunContext,
  type RunResult,
} from './context.js';
import type { PullRequestTarget } from './dispatch.js';
import { checkedOutCommit } from './checkout.js';
import { runUrl } from './environment.js';
import { renderInvalidTree, renderValidateOnly } from './markdown.js';
import { commentBudget, writeStickyPlanComment } from './pr-comment.js';
import { annotateSourceErrors, reportSourceErrors } from './source-errors.js';
import { sortErrors } from '../desired/format.js';
import { SUMMARY_MAX_BYTES } from './reporter.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function footerFor(ctx: RunContext, sha: string) {
  const url = runUrl(ctx.env);
  return { sha, path: ctx.settings.path, ...(url ? { runUrl: url } : {}) };
}

/** The full plan as Markdown within the job summary's byte cap (retries smaller when multi-byte text inflates it). */
export function summaryMarkdown(
  plan: Plan,
  opts: { path: string; headSha: string; runUrl?: string; title: string },
): string {
  let maxChars = SUMMARY_MAX_BYTES - 2_000;
  for (;;) {
    const md = renderMarkdown(plan, {
      maxChars,
      title: opts.title,
      footer: { headSha: opts.headSha, path: opts.path, ...(opts.runUrl ? { runUrl: opts.runUrl } : {}) },
      fullPlanHint: 'the plan file (the `plan-file` output)',
    });
    const bytes = Buffer.byteLength(md, 'utf8');
    if (bytes <= SUMMARY_MAX_BYTES - 2_000 || maxChars < 10_000) return md;
    maxChars = Math.floor(maxChars * ((SUMMARY_MAX_BYTES - 2_000) / bytes) * 0.95);
  }
}

/** Plan outputs, the plan file and the log, shared by plan, apply and drift. */
export async function publishPlan(ctx: RunContext, plan: Plan): Promise<void> {
  const file = planFilePath(ctx);
  await writeFile(file, renderJson(plan), 'utf8');
  const { reporter } = ctx;
  reporter.info(renderText(plan, { color: false }));
  reporter.setOutput('has-changes', hasChanges(plan));
  reporter.setOutput('rooms-changed', plan.summary.rooms_changed);
  reporter.setOutput('summary', renderSummaryLine(plan));
  reporter.setOutput('fingerprint', plan.fingerprint);
  reporter.setOutput('plan-file', file);
  // Rooms that could not be planned (unknown user, unknown room) point at their file and line too.
  annotateSourceErrors(ctx, sortErrors(plan.rooms.flatMap((r) => r.errors)));
  for (const room of plan.rooms) {
    if (room.blocked !== null) {
      reporter.warning(`room "${room.name}" is blocked by the mass-removal guard: ${room.blocked}`, {
        file: repoFile(ctx, room.file),
        title: 'whoot-rooms: mass-removal guard',
      });
    }
  }
}

/**
 * Which commit this plan is of: the checkout's HEAD (GITHUB_SHA when the workspace is not a git checkout), and a
 * notice when that is not the pull request's changes: on `pull_request_target` the checkout is the base, so its
 * plan must neither claim to be the pull request's nor record a review that apply would trust.
 */
function plannedTree(ctx: RunContext, pr: PullRequestTarget): { sha: string; notice: string | null } {
  const sha = checkedOutCommit(ctx.env.workspace) ?? ctx.env.sha;
  // On pull_request GITHUB_SHA is the test merge of the head into the base: it holds the pull request's changes.
  const ours = sha === pr.headSha || (ctx.env.eventName === 'pull_request' && sha === ctx.env.sha);
  if (ours) return { sha, notice: null };
  const base = ctx.env.eventName === 'pull_request_target' && sha === ctx.env.sha;
  return {
    sha,
    notice:
      `This plan is of ${base ? 'the base branch' : 'a different tree'} (commit ${sha.slice(0, 12)}), not of ` +
      `pull request #${pr.number} (head ${pr.headSha.slice(0, 12)})` +
      `${base ? ': on pull_request_target the checkout is the base' : ''}. It records no review, so merging ` +
      'applies nothing from it: plan the pull request on the pull_request event.',
  };
}

/** The step fails when any room errored (unknown user, unknown room): those rooms can never be applied. */
export function erroredFailure(plan: Plan): string | undefined {
  const n = plan.summary.errored;
  return n > 0 ? `${n} room${n === 1 ? '' : 's'} could not be planned (see the errors in the plan)` : undefined;
}

/**
 * plan: validate, read live state, plan; job summary with the full plan, the JSON plan file, outputs, and the
 * sticky comment on the pull request (with the machine block apply compares against). Without a whoot key it
 * validates only and says why.
 */
export async function runPlan(ctx: RunContext, pr: PullRequestTarget | null): Promise<RunResult> {
  const { reporter, settings } = ctx;
  const headSha = pr?.headSha ?? ctx.env.sha;
  // A fork's tree is untrusted: with the key, a plan would show live room members to anyone who opens a pull
  // request naming a room. So a fork gets the offline checks only, even when a workflow hands the key over.
  if (!settings.apiToken || pr?.fromFork) {
    const reason = pr?.fromFork
      ? settings.apiToken
        ? "This pull request comes from a fork: whoot-rooms never uses the whoot key on a fork's tree (the plan " +
          'would show live room members to its author). The tree was validated offline; the plan against live ' +
          'whoot will run after merge review.'
        : 'No `api-token`: this pull request comes from a fork, and GitHub gives forks no secrets. The tree was ' +
          'validated offline; the plan against live whoot will run after merge review.'
      : 'No `api-token` was given, so only the offline validation ran. Pass the whoot read-only key as ' +
        '`api-token` to see the live plan.';
    const validated = await runValidate(ctx, pr, reason);
    // A same-repository pull request always gets secrets: an empty key is a misspelt or missing secret, and a
    // validate-only green check would pass the change through review with no plan at all.
    if (pr && !pr.fromFork && !settings.apiToken) {
      return {
        failure:
          'The `api-token` input is empty on a pull request from this repository, so no plan could be made. ' +
          'Set it from the read-only key secret (`api-token: ${{ secrets.WHOOT_READ_KEY }}` in the example workflow) ' +
          'and check the secret name; only pull requests from forks get the validate-only pass.',
      };
    }
    return validated;
  }

  const loaded = await reporter.group('Load and validate the tree', () =>
    validateTree(treeDir(ctx), engineContext(ctx)),
  );
  if (!loaded.ok) return invalidTree(ctx, pr, loaded.errors, headSha);
  const counts = `${plural(loaded.desired.rooms.length, 'room')}, ${plural(loaded.desired.groups.length, 'group')}`;
  reporter.info(`The tree is valid: ${counts}.`);

  const outcome = await reporter.group('Read live state and plan', () =>
    // The tree validated just above is planned as it is: not loaded a second time.
    planTree(
      { dir: treeDir(ctx), desired: loaded.desired, maxRemovalPercent: settings.maxRemovalPercent },
      connection(ctx),
      engineContext(ctx),
    ),
  );
  if (outcome.kind === 'invalid') return invalidTree(ctx, pr, outcome.errors, headSha);
  const { plan } = outcome;
  await reporter.group('Plan', () => publishPlan(ctx, plan));

  const url = runUrl(ctx.env);
  reporter.addSummary(
    summaryMarkdown(plan, {
      path: settings.path,
      headSha,
      title: `whoot-rooms plan: ${settings.path}`,
      ...(url ? { runUrl: url } : {}),
    }),
  );

  if (pr) {
    // The override counts only when the reviewer saw it: the label on the pull request as this plan is made.
    const guardLiftedBy = pr.labels.includes(settings.allowRemovalsLabel) ? settings.allowRemovalsLabel : null;
    const planned = plannedTree(ctx, pr);
    if (planned.notice) reporter.warning(planned.notice);
    const markdown = renderMarkdown(plan, {
      maxChars: commentBudget(settings.path),
      title: 'whoot-rooms plan',
      footer: { headSha: planned.sha, path: settings.path, ...(url ? { runUrl: url } : {}) },
      // A plan of some other tree is shown, but it records no review: merging applies nothing from it.
      ...(planned.notice ? { notice: planned.notice } : { machine: { path: settings.path, headSha, guardLiftedBy } }),
      guardLiftedBy,
      fullPlanHint: 'the job summary of the workflow run',
    });
    const written = await reporter.group('Comment', () =>
      writeStickyPlanComment(ctx, pr, markdown, { readOnlyExpected: pr.fromFork }),
    );
    if (written.kind === 'written') reporter.setOutput('comment-url', written.url);
  }
  const failure = erroredFailure(plan);
  return failure ? { failure } : {};
}

async function invalidTree(
  ctx: RunContext,
  pr: PullRequestTarget | null,
  errors: Parameters<typeof reportSourceErrors>[1],
  headSha: string,
): Promise<RunResult> {
  const failure = reportSourceErrors(ctx, errors);
  ctx.reporter.setOutput('has-changes', false);
  ctx.reporter.setOutput('rooms-changed', 0);
  ctx.reporter.setOutput('summary', failure);
  if (pr) {
    const markdown = renderInvalidTree(errors, {
      title: 'whoot-rooms plan',
      repoFile: (f) => repoFile(ctx, f),
      footer: footerFor(ctx, headSha),
      maxChars: commentBudget(ctx.settings.path),
    });
    const written = await ctx.reporter.group('Comment', () =>
      writeStickyPlanComment(ctx, pr, markdown, { readOnlyExpected: pr.fromFork }),
    );
    if (written.kind === 'written') ctx.reporter.setOutput('comment-url', written.url);
  }
  return { failure };
}

/**
 * validate (also the fork path of plan): offline checks only. Invalid → annotations and a failed step.
 * With a `reason` (plan without a key), the summary and the sticky comment say the live plan was skipped, and
 * the step passes.
 */
export async function runValidate(ctx: RunContext, pr: PullRequestTarget | null, reason?: string): Promise<RunResult> {
  const { reporter, settings } = ctx;
  const headSha = pr?.headSha ?? ctx.env.sha;
  const loaded = await reporter.group('Load and validate the tree', () =>
    validateTree(treeDir(ctx), engineContext(ctx)),
  );
  if (!loaded.ok) {
    // Only the plan path (fork pull requests) owns the sticky comment; an explicit validate does not touch it.
    return invalidTree(ctx, reason ? pr : null, loaded.errors, headSha);
  }
  const rooms = loaded.desired.rooms.length;
  const groups = loaded.desired.groups.length;
  const line = `The tree ${settings.path} is valid: ${plural(rooms, 'room')}, ${plural(groups, 'group')}.`;
  reporter.info(line);
  reporter.setOutput('summary', reason ? `${line} Live plan skipped: no api-token.` : line);
  if (reason) {
    reporter.notice(`Live plan skipped: ${reason}`);
    const footer = footerFor(ctx, headSha);
    const markdown = renderValidateOnly({ title: 'whoot-rooms plan', reason, rooms, groups, footer });
    reporter.addSummary(markdown);
    if (pr) {
      const written = await reporter.group('Comment', () =>
        writeStickyPlanComment(ctx, pr, markdown, { readOnlyExpected: true }),
      );
      if (written.kind === 'written') reporter.setOutput('comment-url', written.url);
    }
  } else {
    reporter.addSummary(`### whoot-rooms validate: ${mdCode(settings.path)}\n\n**${mdEscape(line)}**\n`);
  }
  return {};
}
