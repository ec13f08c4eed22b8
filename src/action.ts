// The GitHub Action entry (dist/index.js): secrets first, settings once, one run, one error boundary.
import * as core from '@actions/core';
import { actionLogger } from './action/log-sink.js';
import { githubSession, type RunContext } from './action/context.js';
import { readRunnerEnvironment } from './action/environment.js';
import { coreReporter } from './action/reporter.js';
import { runAction } from './action/runner.js';
import { readSettings } from './action/settings.js';

// Registered before anything else can print: the runner masks these values in every later log line.
for (const name of ['api-token', 'github-token']) {
  const value = core.getInput(name);
  if (value !== '') core.setSecret(value);
}

function lookupSetting(name: string, fallback: number): number {
  const raw = process.env[name];
  return raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : fallback;
}

async function main(): Promise<void> {
  const reporter = coreReporter();
  // Cancelling a run sends SIGINT then SIGTERM: stop starting new writes, let in-flight ones finish.
  const abort = new AbortController();
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      reporter.info(`${sig} received: no new writes will start; waiting for the ones in flight.`);
      abort.abort(new Error(`interrupted by ${sig}`));
    });
  }
  try {
    const settings = readSettings((name) => core.getInput(name));
    const env = readRunnerEnvironment(process.env, process.cwd());
    const ctx: RunContext = {
      settings,
      env,
      reporter,
      logger: actionLogger(reporter, core.isDebug()),
      signal: abort.signal,
      github: settings.githubToken ? githubSession(settings.githubToken, env, reporter) : undefined,
      // Tests shorten the wait; on GitHub the default rides out the moment after a merge.
      // About 30 s in all: GitHub lists a merge's pull request a few seconds after the merge.
      prLookup: { attempts: lookupSetting('WHOOT_ROOMS_PR_LOOKUP_ATTEMPTS', 11), delayMs: lookupSetting('WHOOT_ROOMS_PR_LOOKUP_DELAY_MS', 3000) },
    };
    const result = await runAction(ctx);
    if (result.failure) core.setFailed(result.failure);
  } catch (err) {
    // The one error boundary: expected failures are one clear line, never a stack (unless step debug is on).
    core.setFailed(err instanceof Error ? err.message : String(err));
    if (core.isDebug() && err instanceof Error && err.stack) core.debug(err.stack);
  } finally {
    await reporter.flush().catch((err: unknown) => core.warning(`could not write outputs or the job summary: ${String(err)}`));
  }
}

await main();
