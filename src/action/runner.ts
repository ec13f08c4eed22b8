import { runApply } from './apply-run.js';
import type { RunContext, RunResult } from './context.js';
import { resolveDispatch } from './dispatch.js';
import { runDrift } from './drift-run.js';
import { runExpire } from './expire-run.js';
import { runPlan, runValidate } from './plan-run.js';
import { runRestore } from './restore-run.js';
import { describeSettings } from './settings.js';

/** Resolve what this event means and run it. Throws for setup errors; returns a failure for a failed run. */
export async function runAction(ctx: RunContext): Promise<RunResult> {
  const dispatch = resolveDispatch(ctx.settings.command, ctx.env);
  ctx.reporter.info(`whoot-rooms: ${dispatch.command} (${dispatch.why}) on tree ${ctx.settings.path}`);
  for (const line of describeSettings(ctx.settings)) ctx.reporter.debug(line);
  switch (dispatch.command) {
    case 'plan':
      return runPlan(ctx, dispatch.pullRequest);
    case 'validate':
      return runValidate(ctx, dispatch.pullRequest);
    case 'apply':
      return runApply(ctx, dispatch.sha);
    case 'drift':
      return runDrift(ctx);
    case 'restore':
      return runRestore(ctx);
    case 'expire':
      return runExpire(ctx);
  }
}
