import type { ApplyReport } from '../apply/types.js';
import { executePlan, readLive, requiredScopes, validateTree } from '../engine.js';
import { expiryTarget } from '../plan/expire.js';
import { matchRooms, plan as planRooms } from '../plan/index.js';
import { renderApplyReport, renderApplySummaryLine } from '../render/apply-report.js';
import { announceUnwritten, applyFooter, EMPTY_REPORT, incompleteFailure, setApplyOutputs } from './apply-result.js';
import { connection, engineContext, treeDir, type RunContext, type RunResult } from './context.js';
import { runUrl } from './environment.js';
import { publishPlan, summaryMarkdown } from './plan-run.js';
import { reportSourceErrors } from './source-errors.js';

/** expire never lifts the guard: a large removal is a pull request's decision. */
function explainBlocked(report: ApplyReport, label: string): ApplyReport {
  const skipped = report.skipped.map((room) => {
    if (room.reason !== 'blocked') return room;
    const guard = room.message.replace(/ \(use --force to apply it\)$/, '');
    return {
      ...room,
      message:
        `${guard}; expire never lifts the guard: remove the expired entries on a pull request labelled ` +
        `"${label}" (the reviewer then sees the guard lifted) and merge it`,
    };
  });
  return { ...report, skipped };
}

/**
 * expire (workflow_dispatch or schedule, default branch only): write only what expiry makes due, the removals and
 * transmit → listen downgrades caused solely by entries whose `expires` date has passed, through the same verified
 * executor as apply (each room's members read again before its PUT; a room changed meanwhile is skipped). Drift,
 * console additions and unapplied merges are left alone; the mass-removal guard holds.
 */
export async function runExpire(ctx: RunContext): Promise<RunResult> {
  const { reporter, settings } = ctx;
  if (!settings.apiToken) {
    throw new Error('expire needs the whoot key with write scope in the api-token input (it was empty)');
  }
  const ectx = engineContext(ctx);
  const loaded = await reporter.group('Load and validate the tree', () =>
    validateTree(treeDir(ctx), ectx, { policyRules: false }),
  );
  if (!loaded.ok) return { failure: reportSourceErrors(ctx, loaded.errors) };
  const { desired } = loaded;
  const planned = await reporter.group('Read live state and plan', async () => {
    const live = await readLive(
      connection(ctx),
      ectx,
      requiredScopes(true),
      (rooms) => matchRooms(desired, rooms).managedRoomIds,
    );
    const options = { maxRemovalPercent: settings.maxRemovalPercent };
    return { live, plan: planRooms(expiryTarget(desired, live), live, options) };
  });
  const { plan, live } = planned;
  await reporter.group('Plan', () => publishPlan(ctx, plan));
  const url = runUrl(ctx.env);
  const title = `whoot-rooms expire: ${settings.path}`;
  const planMd = summaryMarkdown(plan, {
    path: settings.path,
    headSha: ctx.env.sha,
    title,
    ...(url ? { runUrl: url } : {}),
  });
  if (plan.rooms.length === 0) {
    const line = `Nothing has expired that is still in whoot: nothing to write (today is ${desired.today}).`;
    reporter.info(line);
    setApplyOutputs(ctx, EMPTY_REPORT);
    reporter.setOutput('summary', line);
    reporter.addSummary(`### ${title}\n\n${line}\n\n---\n${applyFooter(ctx, ctx.env.sha)}\n`);
    return {};
  }
  const executed = await reporter.group('Apply', () => executePlan(plan, connection(ctx), { users: live.users }, ectx));
  const report = explainBlocked(executed, settings.allowRemovalsLabel);
  reporter.info(renderApplyReport(report, 'text'));
  setApplyOutputs(ctx, report);
  reporter.setOutput('summary', renderApplySummaryLine(report));
  const resultMd = renderApplyReport(report, 'markdown').replace(/^### whoot-rooms apply/, '### whoot-rooms expire');
  const note = 'Only access whose `expires` date has passed was written.';
  reporter.addSummary(`${resultMd}\n${note}\n\n${applyFooter(ctx, ctx.env.sha)}\n`);
  reporter.addSummary(planMd);
  announceUnwritten(reporter, report);
  const failure = incompleteFailure(report, 'expire');
  return failure ? { failure } : {};
}
